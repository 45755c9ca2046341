/**
 * One zip part through the streaming XML scanner (xml-scanner.ts): inflated
 * chunks are decoded and fed as they come, so a sheet is never held as one
 * string and the handlers can stop the read at the first limit crossed.
 * Element names arrive without their namespace prefix (`x:c` → `c`), as some
 * writers prefix them. A DOCTYPE is refused outright by the scanner: OPC forbids
 * it (ECMA-376 Part 2, "XML Usage", M1.18: to be treated as an error), and it is
 * how entity bombs and external entities (XXE) arrive.
 */
import { MAX_XML_DEPTH } from "../../core";
import type { ReadLimits } from "../limits";
import { corrupt } from "../read-stop";
import type { ZipEntryInfo } from "../zip-directory";
import { streamEntry, type InflateBudget } from "../zip-entry";
import { isXmlSyntaxError, XmlScanner, type XmlEncoding, type XmlEvents } from "./xml-scanner";

/** Elements open at once: the bound every XML reader applies (src/core/file-limits.ts). */
export { MAX_XML_DEPTH };

/** What of TextDecoder is used here (the CLI's type configuration has no DOM library to name the class by). */
interface Decoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

/**
 * The part's encoding from its first bytes: UTF-16 starts with a byte order mark (XML 1.0 §4.3.3),
 * anything else is read as UTF-8. OPC allows exactly these two (ECMA-376 Part 2, "XML Usage",
 * M1.17: XML content shall be encoded using either UTF-8 or UTF-16), and Excel opens both.
 */
function decoderFor(head: Uint8Array): { decoder: Decoder; encoding: XmlEncoding } {
  if (head[0] === 0xff && head[1] === 0xfe) return { decoder: new TextDecoder("utf-16le", { fatal: true }), encoding: "utf-16" };
  if (head[0] === 0xfe && head[1] === 0xff) return { decoder: new TextDecoder("utf-16be", { fatal: true }), encoding: "utf-16" };
  // Fatal: bytes that are not UTF-8 are damage (Excel and libxml2 refuse them too), not text to guess at.
  return { decoder: new TextDecoder("utf-8", { fatal: true }), encoding: "utf-8" };
}

/**
 * A part's bytes in, its text out. The decoder waits for the part's first two bytes, whose byte
 * order mark decides it; bytes it cannot decode are damage, reported with the part's name.
 */
class PartText {
  private decoder: Decoder | undefined;
  private head: Uint8Array | undefined;
  encoding: XmlEncoding = "utf-8";

  constructor(private readonly partName: string) {}

  /** The text of `chunk`, or undefined while the first two bytes have not come. */
  write(chunk: Uint8Array): string | undefined {
    if (this.decoder !== undefined) return this.decode(chunk);
    const joined = this.head === undefined ? chunk : concat(this.head, chunk);
    if (joined.length < 2) {
      this.head = joined.slice();
      return undefined;
    }
    return this.begin(joined);
  }

  /** The rest of the text, once every byte has been written (a part of one byte included). */
  end(): string {
    const first = this.decoder === undefined ? this.begin(this.head ?? new Uint8Array(0)) : "";
    return first + this.decode();
  }

  private begin(first: Uint8Array): string {
    ({ decoder: this.decoder, encoding: this.encoding } = decoderFor(first));
    return this.decode(first);
  }

  private decode(chunk?: Uint8Array): string {
    const decoder = this.decoder as Decoder;
    try {
      return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
    } catch {
      throw corrupt("notEncoding", { part: this.partName, encoding: this.encoding === "utf-8" ? "UTF-8" : "UTF-16" });
    }
  }
}

/** Returns the inflated size of the part. Throws ReadStop. */
export function parseXmlPart(b: Uint8Array, entry: ZipEntryInfo, limits: ReadLimits, budget: InflateBudget, h: XmlEvents): number {
  const text = new PartText(entry.name);
  let scanner: XmlScanner | undefined;
  // The scanner is made with the first text: it checks the declared encoding against the decoded one.
  const scan = (piece: string): XmlScanner => {
    scanner ??= new XmlScanner(h, MAX_XML_DEPTH, text.encoding);
    if (piece !== "") scanner.write(piece);
    return scanner;
  };
  try {
    const bytes = streamEntry(b, entry, limits, budget, (chunk) => {
      const piece = text.write(chunk);
      if (piece !== undefined) scan(piece);
    });
    if (bytes === 0) throw corrupt("emptyPart", { name: entry.name });
    scan(text.end()).close();
    return bytes;
  } catch (e) {
    if (isXmlSyntaxError(e)) throw corrupt(e.reason, { ...e.data, part: entry.name });
    throw e;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

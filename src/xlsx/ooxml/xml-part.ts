/**
 * One zip part through the streaming XML scanner (xml-scanner.ts): inflated
 * chunks are decoded and fed as they come, so a sheet is never held as one
 * string and the handlers can stop the read at the first limit crossed.
 * Element names arrive without their namespace prefix (`x:c` → `c`), as some
 * writers prefix them. A DOCTYPE is refused outright by the scanner: no Office
 * part has one, and it is how entity bombs and external entities (XXE) arrive.
 */
import type { ReadLimits } from "../limits";
import { corrupt } from "../read-stop";
import type { ZipEntryInfo } from "../zip-directory";
import { streamEntry, type InflateBudget } from "../zip-entry";
import { isXmlSyntaxError, XmlScanner, type XmlEvents } from "./xml-scanner";

/**
 * Elements open at once. Office parts nest a dozen levels; rich text of
 * nested unknown elements (a hostile fixture, 2,005 levels) still reads and
 * flattens. A million nested elements in one cell cost 400 MiB of parser
 * state before this bound (issue #17): past it, nesting is damage, stopped
 * where it passes the bound.
 */
export const MAX_XML_DEPTH = 10_000;

/** Returns the inflated size of the part. Throws ReadStop. */
export function parseXmlPart(b: Uint8Array, entry: ZipEntryInfo, limits: ReadLimits, budget: InflateBudget, h: XmlEvents): number {
  const scanner = new XmlScanner(h, MAX_XML_DEPTH);
  // Fatal: bytes that are not UTF-8 are damage (Excel and libxml2 refuse them too), not text to guess at.
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const decode = (chunk?: Uint8Array): string => {
    try {
      return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
    } catch {
      throw corrupt(`${entry.name}: bytes that are not UTF-8`);
    }
  };
  try {
    const bytes = streamEntry(b, entry, limits, budget, (chunk) => scanner.write(decode(chunk)));
    const tail = decode();
    if (tail !== "") scanner.write(tail);
    if (bytes === 0) throw corrupt(`${entry.name} is empty (0 bytes)`);
    scanner.close();
    return bytes;
  } catch (e) {
    if (isXmlSyntaxError(e)) throw corrupt(`${entry.name}: ${e.message}`);
    throw e;
  }
}

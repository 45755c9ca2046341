/**
 * One zip part through a streaming XML parser (saxes): inflated chunks are
 * decoded and fed as they come, so a sheet is never held as one string and
 * the handlers can stop the read at the first limit crossed. Names arrive
 * without their namespace prefix (`x:c` → `c`), as some writers prefix them.
 * A DOCTYPE is refused outright: no Office part has one, and it is how entity
 * bombs and external entities (XXE) arrive; saxes would not expand them anyway.
 */
import { SaxesParser } from "saxes";
import type { ReadLimits } from "../limits";
import { corrupt } from "../read-stop";
import type { ZipEntryInfo } from "../zip-directory";
import { streamEntry, type InflateBudget } from "../zip-entry";

export interface XmlHandlers {
  open(name: string, attrs: Readonly<Record<string, string>>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

/**
 * Elements open at once. Office parts nest a dozen levels; rich text of
 * nested unknown elements (a hostile fixture, 2,005 levels) still reads and
 * flattens. A million nested elements in one cell cost 400 MiB of parser
 * state before this bound (issue #17): past it, nesting is damage, stopped
 * where it passes the bound.
 */
export const MAX_XML_DEPTH = 10_000;

function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/** Returns the inflated size of the part. Throws ReadStop. */
export function parseXmlPart(b: Uint8Array, entry: ZipEntryInfo, limits: ReadLimits, budget: InflateBudget, h: XmlHandlers): number {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  parser.on("error", (e) => {
    throw corrupt(`${entry.name}: ${e.message}`);
  });
  parser.on("doctype", () => {
    throw corrupt(`${entry.name}: DOCTYPE is not allowed in a workbook part`);
  });
  let depth = 0;
  parser.on("opentag", (tag) => {
    // saxes reports a closetag for self-closing elements too, so every open is matched by a close.
    if (++depth > MAX_XML_DEPTH) throw corrupt(`${entry.name}: elements nested deeper than ${MAX_XML_DEPTH} levels`);
    h.open(localName(tag.name), tag.attributes, tag.isSelfClosing);
  });
  parser.on("closetag", (tag) => {
    depth--;
    h.close(localName(tag.name));
  });
  parser.on("text", (t) => h.text(t));
  parser.on("cdata", (t) => h.text(t));
  const decoder = new TextDecoder("utf-8");
  const bytes = streamEntry(b, entry, limits, budget, (chunk) => {
    parser.write(decoder.decode(chunk, { stream: true }));
  });
  const tail = decoder.decode();
  if (tail !== "") parser.write(tail);
  if (bytes === 0) throw corrupt(`${entry.name} is empty (0 bytes)`);
  parser.close();
  return bytes;
}

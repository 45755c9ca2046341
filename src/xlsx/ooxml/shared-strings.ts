/**
 * sharedStrings.xml as an array of plain strings: rich-text runs joined,
 * phonetic guides (`<rPh>`) left out as Excel shows them. Strings over the
 * cell cap are cut here, once, and remembered so that each cell using one can
 * be reported. Each `<t>` is ST_Xstring: its `_xHHHH_` escapes are decoded
 * when it closes (an escape never spans two runs).
 */
import type { ReadLimits } from "../limits";
import { capCellText, MAX_CELL_TEXT } from "../text-bounds";
import type { ZipEntryInfo } from "../zip-directory";
import type { InflateBudget } from "../zip-entry";
import { parseXmlPart } from "./xml-part";
import { decodeXstring, XSTRING_EXPANSION } from "./xstring";

export interface SharedStrings {
  readonly strings: readonly string[];
  /** Original lengths of the strings that were cut, by index. */
  readonly cut: ReadonlyMap<number, number>;
}

export function readSharedStrings(b: Uint8Array, entry: ZipEntryInfo, limits: ReadLimits, budget: InflateBudget): SharedStrings {
  const strings: string[] = [];
  const cut = new Map<number, number>();
  let parts: string[] = [];
  let length = 0;
  let stored = 0;
  let inSi = false;
  let inT = false;
  /** The raw text of the open `<t>`, kept up to what can fill the cap once decoded. */
  let raw: string[] = [];
  let rawKept = 0;
  let rawLength = 0;
  let phonetic = 0;
  parseXmlPart(b, entry, limits, budget, {
    open(name, _attrs, selfClosing) {
      if (name === "si") {
        inSi = true;
        parts = [];
        length = 0;
        stored = 0;
        if (selfClosing) {
          strings.push("");
          inSi = false;
        }
      } else if (name === "rPh") {
        if (!selfClosing) phonetic++;
      } else if (name === "t" && inSi && phonetic === 0 && !selfClosing) {
        inT = true;
        raw = [];
        rawKept = 0;
        rawLength = 0;
      }
    },
    close(name) {
      if (name === "t" && inT) {
        inT = false;
        endRun();
      }
      else if (name === "rPh") phonetic = Math.max(0, phonetic - 1);
      else if (name === "si" && inSi) {
        const text = parts.join("");
        if (length > MAX_CELL_TEXT) cut.set(strings.length, length);
        strings.push(capCellText(text));
        inSi = false;
      }
    },
    text(t) {
      if (!inT) return;
      rawLength += t.length;
      // Keep only what the cap can use once decoded: the rest is counted, not stored.
      const room = (MAX_CELL_TEXT + 1) * XSTRING_EXPANSION - rawKept;
      if (room <= 0) return;
      const kept = t.length > room ? t.slice(0, room) : t;
      raw.push(kept);
      rawKept += kept.length;
    },
  });

  function endRun(): void {
    const text = decodeXstring(raw.join(""));
    raw = [];
    // A run kept whole is counted as decoded; one cut while read, by its raw length (past the cap either way).
    length += rawKept === rawLength ? text.length : rawLength;
    const room = MAX_CELL_TEXT + 1 - stored;
    if (room <= 0) return;
    const kept = text.length > room ? text.slice(0, room) : text;
    parts.push(kept);
    stored += kept.length;
  }
  return { strings, cut };
}

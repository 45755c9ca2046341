/**
 * A defined name's reference as a sheet and a rectangle. The names themselves
 * are read from workbook.xml by the streaming parser (ooxml/workbook-part.ts).
 */
import { parseRange } from "../core";
import type { CellRange } from "../core";

/** `'Sheet 1'!$A$1:$B$2` → sheet and range; undefined for formulas, several areas or other workbooks. */
export function splitReference(ref: string): { sheet: string; range: CellRange } | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^'!,()[\]]+))!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)$/.exec(ref.trim());
  if (!m || !m[3]) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? "");
  const range = parseRange(m[3]);
  return range ? { sheet, range } : undefined;
}

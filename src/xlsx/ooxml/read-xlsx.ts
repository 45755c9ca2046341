/**
 * An .xlsx/.xlsm workbook in one pass: the central directory (already read by
 * the sniffer) gives every part's declared size, checked against the limits
 * for free; then only the parts the engine needs are inflated — workbook,
 * its relationships, shared strings, styles, the sheets — each streamed
 * through the XML parser into its result, with CRCs checked.
 */

import type { CellRange, Grid } from "../../core";
import { splitReference } from "../defined-names";
import type { ReadLimits } from "../limits";
import { checkDeclaredSizes } from "../declared-sizes";
import { corrupt, ReadStop } from "../read-stop";
import { MAX_WORKBOOK_TEXT, TextBudget } from "../text-bounds";
import type { ZipEntryInfo } from "../zip-directory";
import type { InflateBudget } from "../zip-entry";
import { PartCache } from "./part-cache";
import { readSharedStrings, type SharedStrings } from "./shared-strings";
import { readSheetPart, type WorkbookCounts } from "./sheet-part";
import { readStyles, StyleTable } from "./styles-part";
import { partName, readRelationships, readWorkbookPart, type Relationship, type WorkbookInfo } from "./workbook-part";

export interface XlsxRead {
  readonly grids: Grid[];
  readonly cut: ReadonlyArray<{ sheet: string; cell: string; length: number }>;
}

// Reports from one template share these parts byte for byte: each is read once per run.
const WORKBOOKS = new PartCache<WorkbookInfo>();
const RELATIONSHIPS = new PartCache<ReadonlyMap<string, Relationship>>();
const STYLES = new PartCache<StyleTable>();

const REL_STYLES = "/styles";
const REL_STRINGS = "/sharedStrings";

function attachNames(grids: Grid[], info: WorkbookInfo): Grid[] {
  const sheetNames = grids.map((g) => g.name);
  const bySheet = new Map<string, Record<string, CellRange>>();
  for (const n of info.names) {
    // Built-in names (print areas, filters) are not the engine's.
    if (n.name === "" || n.name.startsWith("_xlnm.")) continue;
    const target = splitReference(n.formula);
    if (!target || !sheetNames.includes(target.sheet)) continue;
    const mine = bySheet.get(target.sheet) ?? {};
    mine[n.name] = target.range;
    bySheet.set(target.sheet, mine);
  }
  if (bySheet.size === 0) return grids;
  return grids.map((g) => {
    const names = bySheet.get(g.name);
    return names ? { ...g, definedNames: names } : g;
  });
}

function relTarget(rels: ReadonlyMap<string, Relationship>, suffix: string): string | undefined {
  for (const r of rels.values()) if (r.type.endsWith(suffix)) return partName(r.target);
  return undefined;
}

/** Throws ReadStop for every refusal. */
export function readXlsx(data: Uint8Array, entries: readonly ZipEntryInfo[], limits: ReadLimits, textLimit = MAX_WORKBOOK_TEXT): XlsxRead {
  const declared = checkDeclaredSizes(entries, limits);
  if (declared) throw declared;
  if (entries.some((e) => e.encrypted)) throw new ReadStop("FILE_ENCRYPTED", {});
  const byName = new Map<string, ZipEntryInfo>();
  for (const e of entries) byName.set(e.name.replace(/^\//, ""), e);
  const budget: InflateBudget = { total: 0 };
  const part = (name: string): ZipEntryInfo | undefined => byName.get(name) ?? [...byName.entries()].find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];

  const wbEntry = part("xl/workbook.xml");
  if (!wbEntry) throw corrupt("partMissing", { name: "xl/workbook.xml" });
  const info = WORKBOOKS.get(data, wbEntry, limits, budget, () => readWorkbookPart(data, wbEntry, limits, budget));
  const relsEntry = part("xl/_rels/workbook.xml.rels");
  if (!relsEntry) throw corrupt("partMissing", { name: "xl/_rels/workbook.xml.rels" });
  const rels = RELATIONSHIPS.get(data, relsEntry, limits, budget, () => readRelationships(data, relsEntry, limits, budget));

  const stringsEntry = part(relTarget(rels, REL_STRINGS) ?? "xl/sharedStrings.xml");
  const strings: SharedStrings = stringsEntry ? readSharedStrings(data, stringsEntry, limits, budget) : { strings: [], cut: new Map() };
  const stylesEntry = part(relTarget(rels, REL_STYLES) ?? "xl/styles.xml");
  const styles = stylesEntry ? STYLES.get(data, stylesEntry, limits, budget, () => readStyles(data, stylesEntry, limits, budget)) : StyleTable.empty();

  const totals: WorkbookCounts = { cells: 0, mergedCells: 0, rowSpan: 0, text: new TextBudget(textLimit), cut: [] };
  const grids: Grid[] = [];
  for (const sheet of info.sheets) {
    const rel = rels.get(sheet.relId);
    // Chartsheets and dialog sheets have no cells; a sheet whose part is missing is damage.
    if (rel && !rel.type.endsWith("/worksheet")) continue;
    const entry = rel ? part(partName(rel.target)) : undefined;
    if (!entry) throw corrupt("sheetPartMissing", { name: sheet.name.slice(0, 40) });
    grids.push(readSheetPart(data, entry, { name: sheet.name, hidden: sheet.hidden, date1904: info.date1904, strings, styles }, limits, budget, totals));
  }
  return { grids: attachNames(grids, info), cut: totals.cut };
}


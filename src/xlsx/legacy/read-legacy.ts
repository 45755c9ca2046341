/**
 * .xls (BIFF8 and older), .ods and .xlsb through SheetJS (`@e965/xlsx`, the
 * npm publication of SheetJS 0.20.3; see docs/DEPENDENCIES.md), loaded only
 * for these files. Its sheets become Grids as the one-pass reader's do: the
 * same values, displayed texts, formats, merges, visibility, names, and the
 * same limits (rows stop SheetJS itself; cells, merges, spans and text are
 * counted on its result). Fonts of .xls text cells come from the BIFF
 * records (biff-fonts.ts), so `.VnTime` tables are recognised as TCVN3.
 */
import * as XLSX from "@e965/xlsx";
import type { Cell, CellRange, CellValue, Grid } from "../../core";
import { toA1 } from "../../core";
import { splitReference } from "../defined-names";
import type { ReadLimits } from "../limits";
import { formatDateValue, formatGeneral, formatNumber } from "../number-format";
import { isDateFormat } from "../ooxml/builtin-formats";
import { corrupt, fmtCount, limitStop, ReadStop } from "../read-stop";
import { capCellText, MAX_CELL_TEXT, MAX_WORKBOOK_TEXT, TextBudget } from "../text-bounds";
import { biffCellFonts, type BiffFonts } from "./biff-fonts";
import { withQuietConsole } from "./quiet-console";

export type LegacyFormat = "xls" | "ods" | "xlsb";

export interface LegacyRead {
  readonly grids: Grid[];
  readonly cut: ReadonlyArray<{ sheet: string; cell: string; length: number }>;
}

interface SheetCell {
  readonly t: string;
  readonly v?: unknown;
  readonly w?: string;
  readonly z?: string | number;
  readonly f?: string;
}

const EMPTY_ROW: ReadonlyArray<Cell | undefined> = Object.freeze([]);

function excelToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

function fontsOfXls(data: Uint8Array): BiffFonts {
  try {
    const cfb = (XLSX.CFB as { read(d: Uint8Array, o: { type: "array" }): unknown; find(c: unknown, p: string): { content?: ArrayLike<number> } | null }).read(data, { type: "array" });
    const entry = XLSX.CFB.find(cfb, "Workbook") ?? XLSX.CFB.find(cfb, "Book");
    const content = entry?.content;
    return content ? biffCellFonts(content instanceof Uint8Array ? content : Uint8Array.from(content)) : new Map();
  } catch {
    // Fonts only help legacy detection; the cells are read either way.
    return new Map();
  }
}

const UNSUPPORTED = { xls: "FILE_UNSUPPORTED_XLS", ods: "FILE_UNSUPPORTED_ODS", xlsb: "FILE_UNSUPPORTED_XLSB" } as const;

function parse(data: Uint8Array, format: LegacyFormat, limits: ReadLimits): XLSX.WorkBook {
  try {
    return withQuietConsole(() => XLSX.read(data, { type: "array", dense: true, cellNF: true, cellFormula: true, cellDates: false, sheetRows: limits.maxRowsPerSheet + 1 }));
  } catch (e) {
    const m = e instanceof Error ? e.message : String(e);
    if (/password|encrypt/i.test(m)) throw new ReadStop("FILE_ENCRYPTED", {});
    // Variants SheetJS does not read either (BIFF2–4 charts, Works, …) keep their "save as .xlsx" advice.
    if (/unsupported/i.test(m)) throw new ReadStop(UNSUPPORTED[format], {});
    throw corrupt("legacyUnreadable", { text: m });
  }
}

export function readLegacyWorkbook(data: Uint8Array, format: LegacyFormat, limits: ReadLimits, textLimit = MAX_WORKBOOK_TEXT): LegacyRead {
  const wb = parse(data, format, limits);
  const fonts = format === "xls" ? withQuietConsole(() => fontsOfXls(data)) : new Map<string, Map<string, string>>();
  const date1904 = Boolean((wb.Workbook?.WBProps as { date1904?: unknown } | undefined)?.date1904);
  const text = new TextBudget(textLimit);
  const cut: Array<{ sheet: string; cell: string; length: number }> = [];
  const totals = { cells: 0, merged: 0, span: 0 };
  const grids: Grid[] = [];
  wb.SheetNames.forEach((name, index) => {
    const ws = wb.Sheets[name];
    if (!ws) return;
    const data2 = (ws as { "!data"?: Array<Array<SheetCell | undefined> | undefined> })["!data"] ?? [];
    if (data2.length > limits.maxRowsPerSheet) throw limitStop("rows", `${fmtCount(data2.length)}+`, fmtCount(limits.maxRowsPerSheet), name);
    if (data2.length > limits.maxRowSpanPerSheet) throw limitStop("rowSpan", fmtCount(data2.length), fmtCount(limits.maxRowSpanPerSheet), name);
    totals.span += data2.length;
    if (totals.span > limits.maxTotalRowSpan) throw limitStop("totalRowSpan", `${fmtCount(totals.span)}+`, fmtCount(limits.maxTotalRowSpan));
    const merges: CellRange[] = (ws["!merges"] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
    for (const m of merges) totals.merged += (m.bottom - m.top + 1) * (m.right - m.left + 1);
    if (totals.merged > limits.maxMergedCells) throw limitStop("mergedCells", `${fmtCount(totals.merged)}+`, fmtCount(limits.maxMergedCells), name);
    const sheetFonts = fonts.get(name);
    const collected: Array<{ row: number; cells: Array<Cell | undefined> }> = [];
    let minCol = Number.POSITIVE_INFINITY;
    let slots = 0;
    data2.forEach((row, r) => {
      if (!row) return;
      slots += row.length;
      if (slots > limits.maxGridSlots) throw limitStop("area", `${fmtCount(slots)}+`, fmtCount(limits.maxGridSlots), name);
      if (row.length > limits.maxColumns) throw limitStop("columns", row.length, limits.maxColumns, name);
      const line: Array<Cell | undefined> = [];
      row.forEach((c, col) => {
        if (!c) return;
        totals.cells++;
        if (totals.cells > limits.maxCells) throw limitStop("cells", `${fmtCount(totals.cells)}+`, fmtCount(limits.maxCells));
        const numFmt = typeof c.z === "string" && c.z !== "" && !/^general$/i.test(c.z) ? c.z : undefined;
        let value: CellValue = null;
        switch (c.t) {
          case "s":
          case "str": {
            const s = typeof c.v === "string" ? c.v : String(c.v ?? "");
            const capped = capCellText(s);
            if (s.length > MAX_CELL_TEXT) cut.push({ sheet: name, cell: toA1(r, col), length: s.length });
            text.spend(capped.length, () => `${name}!${toA1(r, col)}`);
            value = capped;
            break;
          }
          case "n":
            if (typeof c.v === "number" && Number.isFinite(c.v)) value = isDateFormat(numFmt) ? excelToDate(c.v, date1904) : c.v;
            break;
          case "b":
            value = Boolean(c.v);
            break;
          case "e":
            value = { error: (c.w ?? "#N/A").slice(0, 32) };
            break;
          case "d":
            value = c.v instanceof Date ? c.v : new Date(String(c.v));
            if (Number.isNaN(value.getTime())) value = null;
            break;
          default:
        }
        const formula = typeof c.f === "string" && c.f !== "" ? c.f : undefined;
        if (value === null && formula === undefined) return;
        const out: { -readonly [K in keyof Cell]: Cell[K] } = { value };
        if (typeof value === "number") out.text = formatNumber(value, numFmt) ?? formatGeneral(value);
        else if (value instanceof Date) out.text = formatDateValue(value, numFmt);
        else if (typeof value === "boolean") out.text = value ? "TRUE" : "FALSE";
        if (numFmt !== undefined) out.numFmt = numFmt;
        const font = sheetFonts?.get(`${r},${col}`);
        if (font !== undefined) out.font = font;
        if (formula !== undefined) out.formula = formula;
        line[col] = out;
        if (col < minCol) minCol = col;
      });
      if (line.length > 0) collected.push({ row: r, cells: line });
    });
    const hiddenFlag = wb.Workbook?.Sheets?.[index]?.Hidden ?? 0;
    const hidden = hiddenFlag !== 0 ? { hidden: true } : {};
    const first = collected[0];
    if (!first) {
      grids.push({ name, rows: [], origin: { row: 0, col: 0 }, merges, ...hidden });
      return;
    }
    const rows: Array<ReadonlyArray<Cell | undefined>> = [];
    for (const x of collected) rows[x.row - first.row] = minCol === 0 ? x.cells : x.cells.slice(minCol);
    for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = EMPTY_ROW;
    grids.push({ name, rows, origin: { row: first.row, col: minCol }, merges, ...hidden });
  });
  return { grids: attachNames(grids, wb), cut };
}

function attachNames(grids: Grid[], wb: XLSX.WorkBook): Grid[] {
  const names = wb.Workbook?.Names ?? [];
  const bySheet = new Map<string, Record<string, CellRange>>();
  for (const n of names) {
    if (!n.Name || n.Name.startsWith("_xlnm.") || typeof n.Ref !== "string") continue;
    const target = splitReference(n.Ref);
    if (!target || !grids.some((g) => g.name === target.sheet)) continue;
    const mine = bySheet.get(target.sheet) ?? {};
    mine[n.Name] = target.range;
    bySheet.set(target.sheet, mine);
  }
  if (bySheet.size === 0) return grids;
  return grids.map((g) => {
    const m = bySheet.get(g.name);
    return m ? { ...g, definedNames: m } : g;
  });
}

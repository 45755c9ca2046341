/**
 * An ExcelJS worksheet as the engine's Grid: values with formulas' cached
 * results, the displayed text for numbers and dates, the font (legacy
 * encodings hide in `.VnTime`), merges and visibility.
 */
import type ExcelJS from "exceljs";
import type { Cell, CellRange, CellValue, Grid } from "../../../src/core";
import { formatDateValue, formatGeneral, formatNumber } from "../../../src/xlsx/number-format";

// ExcelJS's ValueType enum, inlined: the type-only import keeps this module free of the library at runtime.
const T = { Null: 0, Merge: 1, Number: 2, String: 3, Date: 4, Hyperlink: 5, Formula: 6, SharedString: 7, RichText: 8, Boolean: 9, Error: 10 } as const;

interface RichTextValue {
  readonly richText: ReadonlyArray<{ readonly text?: unknown }>;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !(v instanceof Date);
}

function flattenRichText(v: unknown): string {
  if (typeof v === "string") return v;
  if (isObject(v) && Array.isArray((v as unknown as RichTextValue).richText)) {
    return (v as unknown as RichTextValue).richText.map((r) => (typeof r.text === "string" ? r.text : "")).join("");
  }
  if (v === null || v === undefined) return "";
  return String(v);
}

/** A formula's cached result, or a plain value, as a grid value. */
function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (isObject(v)) {
    if (typeof v["error"] === "string") return { error: v["error"] };
    if ("richText" in v) return flattenRichText(v);
    if ("text" in v) return flattenRichText(v["text"]);
  }
  return String(v);
}

function textOf(value: CellValue, numFmt: string | undefined): string | undefined {
  if (typeof value === "number") return formatNumber(value, numFmt) ?? formatGeneral(value);
  if (value instanceof Date) return formatDateValue(value, numFmt);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return undefined;
}

export function convertCell(c: ExcelJS.Cell): Cell | undefined {
  const type = c.type as number;
  if (type === T.Null || type === T.Merge) return undefined;
  let value: CellValue;
  let formula: string | undefined;
  switch (type) {
    case T.Formula: {
      const f = c.formula;
      formula = typeof f === "string" && f !== "" ? f : undefined;
      value = plainValue(c.result);
      break;
    }
    case T.RichText:
      value = flattenRichText(c.value);
      break;
    case T.Hyperlink: {
      const v = c.value as unknown;
      value = isObject(v) ? flattenRichText(v["text"]) : plainValue(v);
      break;
    }
    default:
      value = plainValue(c.value);
  }
  if (value === null && formula === undefined) return undefined;
  const numFmt = typeof c.numFmt === "string" && c.numFmt !== "" ? c.numFmt : undefined;
  const fontName = c.font?.name;
  const out: { -readonly [K in keyof Cell]: Cell[K] } = { value };
  const text = textOf(value, numFmt);
  if (text !== undefined) out.text = text;
  if (numFmt !== undefined) out.numFmt = numFmt;
  if (typeof fontName === "string" && fontName !== "") out.font = fontName;
  if (formula !== undefined) out.formula = formula;
  return out;
}

interface MergeLike {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  const raw = (ws as unknown as { _merges?: Record<string, MergeLike> })._merges ?? {};
  return Object.values(raw)
    .filter((m) => Number.isInteger(m.top) && Number.isInteger(m.left))
    .map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
}

const EMPTY_ROW: ReadonlyArray<Cell | undefined> = Object.freeze([]);

export interface SheetCounts {
  cells: number;
}

/** The used range as a Grid; `counts` accumulates cells across sheets for the workbook-wide limit. */
export function worksheetToGrid(ws: ExcelJS.Worksheet, counts: SheetCounts): Grid {
  const collected: Array<{ row: number; cells: Array<{ col: number; cell: Cell }> }> = [];
  let minCol = Number.POSITIVE_INFINITY;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Array<{ col: number; cell: Cell }> = [];
    row.eachCell({ includeEmpty: false }, (c, colNumber) => {
      const cell = convertCell(c);
      if (cell) {
        cells.push({ col: colNumber - 1, cell });
        if (colNumber - 1 < minCol) minCol = colNumber - 1;
      }
    });
    if (cells.length > 0) collected.push({ row: rowNumber - 1, cells });
    counts.cells += cells.length;
  });
  const merges = mergesOf(ws);
  const hidden = ws.state === "hidden" || ws.state === "veryHidden";
  const first = collected[0];
  if (!first) return { name: ws.name, rows: [], origin: { row: 0, col: 0 }, merges, ...(hidden ? { hidden } : {}) };
  const originRow = first.row;
  const rows: Array<ReadonlyArray<Cell | undefined>> = [];
  for (const r of collected) {
    const line: Array<Cell | undefined> = [];
    for (const { col, cell } of r.cells) line[col - minCol] = cell;
    // Holes from sparse assignment read as undefined, which the Grid contract treats as empty.
    rows[r.row - originRow] = line;
  }
  // Gaps share one frozen empty row: a pointer per gap row, not an array (preflight bounds the span).
  for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = EMPTY_ROW;
  return { name: ws.name, rows, origin: { row: originRow, col: minCol }, merges, ...(hidden ? { hidden } : {}) };
}

/**
 * Office.js hands back parallel 2-D arrays (values, text, numberFormat,
 * formulas); the engine wants Cells. Pure, so it is tested without Excel.
 */
import type { Cell, CellValue } from "../core";

const EXCEL_ERRORS = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export function isDateFormat(numFmt: string): boolean {
  const f = numFmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "").toLowerCase();
  if (f === "general" || f === "@") return false;
  return /[dmy]/.test(f);
}

export interface RawCell {
  readonly value: unknown;
  readonly text: string | undefined;
  readonly numberFormat: string | undefined;
  readonly formula: unknown;
  readonly font: string | undefined;
}

/** One cell from the arrays Office.js returns; undefined for a cell that is truly empty. */
export function toCell(raw: RawCell): Cell | undefined {
  const { value: v, numberFormat } = raw;
  let value: CellValue;
  if (v === "" || v === null || v === undefined) value = null;
  else if (typeof v === "number") {
    value = numberFormat !== undefined && isDateFormat(numberFormat) && Number.isFinite(v) ? new Date(EXCEL_EPOCH_MS + Math.round(v * DAY_MS)) : v;
  } else if (typeof v === "boolean") value = v;
  // Office.js returns error values as their text; a cell formatted as text holds the literal.
  else if (typeof v === "string" && EXCEL_ERRORS.test(v) && numberFormat !== "@") value = { error: v };
  else value = String(v);
  // A text constant such as "=gọi điện…" comes back identical in values and formulas; only a real formula differs.
  const formula = typeof raw.formula === "string" && raw.formula.startsWith("=") && raw.formula !== v ? raw.formula.slice(1) : undefined;
  if (value === null && formula === undefined) return undefined;
  const cell: { -readonly [K in keyof Cell]: Cell[K] } = { value };
  const plain = typeof v === "string" ? v : String(v);
  if (raw.text !== undefined && raw.text !== plain) cell.text = raw.text;
  if (numberFormat !== undefined && numberFormat !== "General") cell.numFmt = numberFormat;
  if (raw.font !== undefined && raw.font !== "") cell.font = raw.font;
  if (formula !== undefined) cell.formula = formula;
  return cell;
}

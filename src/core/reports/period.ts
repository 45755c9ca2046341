/**
 * Reading the month of a report row as staff write it: `5` (the year comes from
 * a Năm column or the plan year), `5/2025`, `05/2025`, `2025-05`, `T5/2025`,
 * `Tháng 5`, `tháng 5 năm 2025`, `31/05/2025`, or a date cell.
 */
import { displayText, isCellError, type Cell } from "../grid";
import { foldKey } from "../text/normalize";

export type PeriodParse =
  | { readonly status: "blank" }
  /** `year` is null when the cell names only the month. */
  | { readonly status: "ok"; readonly year: number | null; readonly month: number }
  | { readonly status: "invalid"; readonly displayed: string };

const MONTH_ONLY = /^(?:thang|t)?\s*(\d{1,2})$/;
const MONTH_YEAR = /^(?:thang|t)?\s*(\d{1,2})\s*(?:[/.-]|nam)\s*(\d{4})$/;
const YEAR_MONTH = /^(\d{4})\s*[-/.]\s*(\d{1,2})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ].*)?$/;

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

function isMonth(m: number): boolean {
  return Number.isInteger(m) && m >= 1 && m <= 12;
}

function isYear(y: number): boolean {
  return Number.isInteger(y) && y >= 1900 && y <= 2200;
}

function okPeriod(year: number | null, month: number, displayed: string): PeriodParse {
  if (!isMonth(month) || (year !== null && !isYear(year))) return { status: "invalid", displayed };
  return { status: "ok", year, month };
}

/**
 * Readers give a date cell as the sheet's wall clock read as UTC: the UTC month
 * is the month Excel shows, whatever the time (31/05 18:00 is still May).
 */
function fromDate(d: Date, displayed: string): PeriodParse {
  if (Number.isNaN(d.getTime())) return { status: "invalid", displayed };
  return okPeriod(d.getUTCFullYear(), d.getUTCMonth() + 1, displayed);
}

function looksLikeDateFormat(numFmt: string | undefined): boolean {
  if (numFmt === undefined) return false;
  const f = numFmt.replace(/"[^"]*"|\[[^\]]*\]/g, "").toLowerCase();
  return /y/.test(f) && /m/.test(f);
}

export function parsePeriodText(text: string): PeriodParse {
  const displayed = text.trim();
  const key = foldKey(text).replace(/\s+/g, " ").trim();
  if (key === "") return { status: "blank" };
  let m = MONTH_ONLY.exec(key);
  if (m) return okPeriod(null, Number(m[1]), displayed);
  m = MONTH_YEAR.exec(key);
  if (m) return okPeriod(Number(m[2]), Number(m[1]), displayed);
  m = YEAR_MONTH.exec(key);
  if (m) return okPeriod(Number(m[1]), Number(m[2]), displayed);
  m = ISO_DATE.exec(key);
  if (m) return Number(m[3]) >= 1 && Number(m[3]) <= 31 ? okPeriod(Number(m[1]), Number(m[2]), displayed) : { status: "invalid", displayed };
  m = DAY_MONTH_YEAR.exec(key);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= 31 ? okPeriod(Number(m[3]), Number(m[2]), displayed) : { status: "invalid", displayed };
  return { status: "invalid", displayed };
}

export function parsePeriodCell(cell: Cell): PeriodParse {
  const v = cell.value;
  const displayed = displayText(cell).trim();
  if (v === null) return { status: "blank" };
  if (v instanceof Date) return fromDate(v, displayed);
  if (typeof v === "number") {
    if (looksLikeDateFormat(cell.numFmt) && v > 31) return fromDate(new Date(EXCEL_EPOCH_MS + Math.floor(v) * DAY_MS), displayed);
    return isMonth(v) ? { status: "ok", year: null, month: v } : { status: "invalid", displayed };
  }
  if (typeof v === "string") return parsePeriodText(v);
  if (isCellError(v)) return { status: "invalid", displayed };
  return { status: "invalid", displayed };
}

/** A year cell (Năm column, template year box): a whole number in a plausible range, or null. */
export function parseYearCell(cell: Cell): number | null {
  const v = cell.value;
  if (typeof v === "number") return isYear(v) ? v : null;
  if (typeof v === "string") {
    const m = /^(?:nam\s*)?(\d{4})$/.exec(foldKey(v));
    return m && isYear(Number(m[1])) ? Number(m[1]) : null;
  }
  if (v instanceof Date) return v.getUTCFullYear();
  return null;
}

/** `2025-05`, the period key of results and JSON. */
export function periodKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** `T05-2025`, as in sheet names. */
export function periodLabel(year: number, month: number): string {
  return `T${String(month).padStart(2, "0")}-${year}`;
}

/** Parses the CLI's `--month YYYY-MM` (also `5/2025`, `T5/2025`); null when not a full period. */
export function parsePeriodArgument(text: string): { year: number; month: number } | null {
  const p = parsePeriodText(text);
  return p.status === "ok" && p.year !== null ? { year: p.year, month: p.month } : null;
}

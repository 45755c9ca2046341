/**
 * Calendar dates of the register (birth, admission, recognition) as plain
 * year-month-day values: no time zone can move them, and no clock is read.
 */
import { displayText, isCellError, type Cell } from "../grid";
import { foldKey } from "../text/normalize";

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export type DateParse =
  | { readonly status: "blank" }
  | { readonly status: "ok"; readonly date: CalendarDate }
  | { readonly status: "invalid"; readonly displayed: string };

const DAY_MS = 86400000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of the Gregorian calendar; 0 for a month that is none. */
export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** A date only when the day exists in that month: 31/04 and 29/02/2025 are not dates. */
function makeDate(year: number, month: number, day: number): CalendarDate | null {
  // Stryker disable next-line ConditionalExpression,MethodExpression,ArrayDeclaration: callers pass regex digits or Date getters of a valid Date (NaN stops in fromJsDate), always integers
  if (![year, month, day].every(Number.isInteger)) return null;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Days since 1970-01-01: differences and comparisons without Date objects. */
export function dayNumber(d: CalendarDate): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / DAY_MS);
}

/** The Excel (1900 system) serial of a date, for writing real dates into sheets. */
export function excelSerial(d: CalendarDate): number {
  return Math.round((Date.UTC(d.year, d.month - 1, d.day) - EXCEL_EPOCH_MS) / DAY_MS);
}

/** `05/06/2025`: the Vietnamese order, day first. */
export function formatDate(d: CalendarDate): string {
  return `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}/${d.year}`;
}

/** `2025-06-05`, for JSON. */
export function isoDate(d: CalendarDate): string {
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

/** `2025-06-05` → a date; null for anything else (the CLI's `--as-of`). */
export function parseIsoDate(text: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? makeDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/**
 * Whole years completed on `on`: a person born on 6 June is 18 on 6 June, not
 * the day before. Someone born on 29 February becomes a year older on 1 March
 * in common years, since 28 February comes before their birthday.
 */
export function ageOn(birth: CalendarDate, on: CalendarDate): number {
  const before = on.month < birth.month || (on.month === birth.month && on.day < birth.day);
  return on.year - birth.year - (before ? 1 : 0);
}

/**
 * Every reader (ours, ExcelJS, Office.js via the serial) gives a date cell as
 * the sheet's wall clock read as UTC, so the UTC day is the day Excel shows,
 * whatever the time: 10/01/2025 18:00 is still the 10th. Rounding to the
 * nearest day instead moved every afternoon admission to the next day.
 */
function fromJsDate(d: Date): CalendarDate | null {
  if (Number.isNaN(d.getTime())) return null;
  return makeDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function fromSerial(serial: number): CalendarDate | null {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a serial below 1 is a day of 1899, which makeDate refuses; Infinity gives an invalid Date, refused by fromJsDate
  if (!Number.isFinite(serial) || serial < 1) return null;
  return fromJsDate(new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS));
}

// Day first, always: 05/6/2025, 5-6-2025, 05.06.2025, 5 / 6 / 2025, with an optional time after.
const DAY_MONTH_YEAR = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?z?)?$/;
const WORDS = /^(?:ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})$/;

/** Text typed as a date, in Vietnamese (day-first) order; month-first text is never guessed. */
function parseDateText(text: string): DateParse {
  const displayed = text.trim();
  const key = foldKey(text).replace(/\s+/g, " ").trim();
  if (key === "") return { status: "blank" };
  let m = DAY_MONTH_YEAR.exec(key);
  let date: CalendarDate | null = null;
  if (m) date = makeDate(Number(m[4]), Number(m[3]), Number(m[1]));
  else if ((m = ISO.exec(key))) date = makeDate(Number(m[1]), Number(m[2]), Number(m[3]));
  else if ((m = WORDS.exec(key))) date = makeDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return date ? { status: "ok", date } : { status: "invalid", displayed };
}

/**
 * A date cell as the readers give it: a Date (ExcelJS, a date-formatted cell),
 * an Excel serial number (Office.js, a General-formatted cell), or text. A bare
 * four-digit number such as 1990 is a year of birth, not a date: invalid.
 */
export function parseDateCell(cell: Cell): DateParse {
  const v = cell.value;
  if (v === null) return { status: "blank" };
  const displayed = displayText(cell).trim();
  if (v instanceof Date) {
    const d = fromJsDate(v);
    return d ? { status: "ok", date: d } : { status: "invalid", displayed };
  }
  if (typeof v === "number") {
    if (v >= MIN_YEAR && v <= MAX_YEAR && Number.isInteger(v) && !/[dy]/i.test(cell.numFmt ?? "")) return { status: "invalid", displayed };
    const d = fromSerial(v);
    return d ? { status: "ok", date: d } : { status: "invalid", displayed };
  }
  if (typeof v === "string") return parseDateText(v);
  if (isCellError(v)) return { status: "invalid", displayed };
  return { status: "invalid", displayed };
}

/**
 * The end of the 12-month probation (Điều lệ Đảng, Điều 5 khoản 1: "thời kỳ dự
 * bị mười hai tháng, tính từ ngày chi bộ tổ chức lễ kết nạp"): the same day of
 * the same month one year later, the day the twelve months are complete.
 * Someone admitted on 29 February ends on 28 February of the common year that
 * follows — a period in months ends on the last day of the final month when
 * that month has no corresponding day (Bộ luật Dân sự 2015, Điều 148), so the
 * probation never runs into March. Within 30 working days after this date the
 * chi bộ must consider recognition (Quy định thi hành Điều lệ Đảng, mục 4).
 */
export function probationEnd(admitted: CalendarDate): CalendarDate {
  const year = admitted.year + 1;
  return { year, month: admitted.month, day: Math.min(admitted.day, daysInMonth(year, admitted.month)) };
}

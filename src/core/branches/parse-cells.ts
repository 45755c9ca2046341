/**
 * The figures of one chi bộ row: whole numbers (typed or as text), a year of
 * admission, and Có/Không. Anything else is refused, never guessed.
 */
import { displayText, isCellError, type Cell } from "../grid";
import { foldKey } from "../text/normalize";

export const FIRST_ADMISSION_YEAR = 1930;
/** Far beyond the members of any chi bộ: a typo or a pasted number. */
const MAX_MEMBERS = 100000;

export type WholeParse = { readonly status: "blank" } | { readonly status: "ok"; readonly value: number } | { readonly status: "invalid"; readonly shown: string };

/** Dashes are how paper forms say "none". */
const DASHES = /^[-\u2013\u2014.]$/;

export function parseWhole(cell: Cell): WholeParse {
  const v = cell.value;
  if (v === null) return { status: "blank" };
  if (typeof v === "number") {
    return Number.isInteger(v) && v >= 0 && v <= MAX_MEMBERS ? { status: "ok", value: v } : { status: "invalid", shown: String(v) };
  }
  if (typeof v === "string") {
    const t = v.replace(/[\s\u00A0]+/g, "");
    if (t === "" || DASHES.test(t)) return { status: "blank" };
    // `1.250` is how Vietnamese write a thousand and more.
    if (/^\d{1,3}(\.\d{3})+$/.test(t) || /^\d{1,6}$/.test(t)) {
      const n = Number(t.replace(/\./g, ""));
      if (n <= MAX_MEMBERS) return { status: "ok", value: n };
    }
    return { status: "invalid", shown: v.trim() };
  }
  if (isCellError(v)) return { status: "invalid", shown: v.error };
  return { status: "invalid", shown: displayText(cell) };
}

/** A year from 1930 (the Party's founding) to the report year; a date gives its year. */
export function parseAdmissionYear(cell: Cell, reportYear: number): WholeParse {
  const v = cell.value;
  if (v instanceof Date) {
    const y = v.getUTCFullYear();
    if (Number.isNaN(y)) return { status: "invalid", shown: displayText(cell) };
    return y >= FIRST_ADMISSION_YEAR && y <= reportYear ? { status: "ok", value: y } : { status: "invalid", shown: String(y) };
  }
  const n = parseWhole(cell);
  if (n.status !== "ok") return n;
  return n.value >= FIRST_ADMISSION_YEAR && n.value <= reportYear ? n : { status: "invalid", shown: displayText(cell).trim() || String(n.value) };
}

const YES = /^(co|c|x|yes|y|con|con nguon|co nguon|true|v)$/;
const NO = /^(khong|k|ko|no|n|het|het nguon|khong con|khong con nguon|false)$/;

/** "Còn nguồn": Có/Không, x, a count of candidates; null when blank or not understood. */
export function parseHasSources(cell: Cell): boolean | null {
  const v = cell.value;
  if (v === null) return null;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v > 0 : null;
  const t = foldKey(displayText(cell))
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  if (t === "") return null;
  if (YES.test(t)) return true;
  if (NO.test(t)) return false;
  const count = /^(\d+)\b/.exec(t);
  if (count) return Number(count[1]) > 0;
  return null;
}

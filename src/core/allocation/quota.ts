/**
 * Reading one quota cell as staff really type it: `3`, `03` (a number shown
 * with format `00`, or text), and the student form `03 (01 HS)` with its many
 * spellings. Parsing never throws; what cannot be read is an "invalid" result.
 */
import { displayText, isCellError, type Cell } from "../grid";
import { foldKey } from "../text/normalize";

export type QuotaInvalidReason = "notANumber" | "negative" | "fraction" | "errorValue" | "tooLarge" | "uncalculated";

export type QuotaCellParse =
  | { readonly status: "blank"; readonly displayed: string }
  | {
      readonly status: "ok";
      readonly quota: number;
      /** 0 when the cell has no student part. */
      readonly studentQuota: number;
      /** What the user sees: a number 9 with format `00` shows as `09`. */
      readonly displayed: string;
      /** The cell holds text, so Excel's SUM skips it (even `03 (01 HS)`). */
      readonly isText: boolean;
      /** The cell holds a plain number typed as text (`"03"`): Excel flags it and SUM skips it. */
      readonly storedAsText: boolean;
    }
  | { readonly status: "invalid"; readonly reason: QuotaInvalidReason; readonly displayed: string };

/** Far beyond any real yearly quota of a grassroots organisation: a typo or a pasted number. */
export const MAX_QUOTA = 100000;

const PLAIN = /^\+?(\d+)$/;
const DECIMAL = /^\+?(\d+)[.,](\d+)$/;
const NEGATIVE = /^[-\u2212\u2013]\s*\d+([.,]\d+)?$/;
const STUDENT_PATTERNS: readonly RegExp[] = [
  // 03 (01 HS) · 3(1 HS) · 03 (01 hs) · 3 (trong đó 1 HS) · 03 (01 học sinh) · 3 (trong đó có: 1 HS)
  /^(\d+)\s*[([]\s*(?:trong do\s*(?:co\s*)?:?\s*)?(\d+)\s*(?:hs|h\/s|hoc sinh)\s*[)\]]$/,
  // 03 (HS: 01) · 03 (học sinh 01)
  /^(\d+)\s*[([]\s*(?:trong do\s*(?:co\s*)?:?\s*)?(?:hs|h\/s|hoc sinh)\s*:?\s*(\d+)\s*[)\]]$/,
];

function ok(quota: number, studentQuota: number, displayed: string, isText: boolean, storedAsText: boolean): QuotaCellParse {
  if (quota > MAX_QUOTA || studentQuota > MAX_QUOTA) return { status: "invalid", reason: "tooLarge", displayed };
  return { status: "ok", quota, studentQuota, displayed, isText, storedAsText };
}

/**
 * What to quote for a number that is not a quota: the format `00` shows 2.5 as
 * `03`, and "`03` is not a whole number" would make no sense to the user.
 */
function storedNumber(value: number, displayed: string): string {
  const shown = Number(displayed.replace(",", "."));
  return displayed !== "" && shown === value ? displayed : String(value);
}

function parseNumber(value: number, displayed: string): QuotaCellParse {
  if (!Number.isFinite(value)) return { status: "invalid", reason: "notANumber", displayed };
  if (value < 0) return { status: "invalid", reason: "negative", displayed: storedNumber(value, displayed) };
  if (!Number.isInteger(value)) return { status: "invalid", reason: "fraction", displayed: storedNumber(value, displayed) };
  return ok(value, 0, displayed, false, false);
}

/** Parses quota text (already the cell's text); `isText` results assume the cell holds text. */
export function parseQuotaText(raw: string): QuotaCellParse {
  const displayed = raw.trim();
  // Keys fold diacritics so "học sinh" and "hoc sinh" read alike; a trailing full stop is a typing habit.
  const key = foldKey(raw).replace(/[.;]$/, "").trim();
  if (key === "") return { status: "blank", displayed };
  const plain = PLAIN.exec(key);
  if (plain?.[1] !== undefined) return ok(Number(plain[1]), 0, displayed, true, true);
  const decimal = DECIMAL.exec(key);
  if (decimal?.[1] !== undefined && decimal[2] !== undefined) {
    // "9,0" is a whole number typed with a decimal part; "1.000" is a Vietnamese thousands
    // group (one thousand), so three zeros are never read as "1".
    if (/^0{1,2}$/.test(decimal[2])) return ok(Number(decimal[1]), 0, displayed, true, true);
    return { status: "invalid", reason: "fraction", displayed };
  }
  if (NEGATIVE.test(key)) return { status: "invalid", reason: "negative", displayed };
  for (const pattern of STUDENT_PATTERNS) {
    const m = pattern.exec(key);
    if (m?.[1] !== undefined && m[2] !== undefined) return ok(Number(m[1]), Number(m[2]), displayed, true, false);
  }
  return { status: "invalid", reason: "notANumber", displayed };
}

export function parseQuotaCell(cell: Cell): QuotaCellParse {
  const v = cell.value;
  const displayed = displayText(cell).trim();
  // Written by a program (openpyxl, a script) and never opened in Excel: the formula has no result yet.
  if (v === null && cell.formula !== undefined) return { status: "invalid", reason: "uncalculated", displayed: `=${cell.formula}` };
  if (v === null) return { status: "blank", displayed };
  if (typeof v === "number") return parseNumber(v, displayed);
  if (typeof v === "string") {
    const parsed = parseQuotaText(v);
    // Keep what Excel shows when the host knows it; otherwise the text itself.
    return parsed.status === "ok" || parsed.status === "invalid" ? { ...parsed, displayed: displayed || parsed.displayed } : parsed;
  }
  if (isCellError(v)) return { status: "invalid", reason: "errorValue", displayed };
  // Booleans and dates (Excel turns `3/1` into a date) are not quotas.
  return { status: "invalid", reason: "notANumber", displayed };
}

/**
 * Reading a count of people from a report cell: whole numbers ≥ 0, typed as
 * numbers or as text (`05`). Words, negatives and fractions are invalid, never guessed.
 */
import { displayText, type Cell } from "../grid";

export type CountParse =
  | { readonly status: "blank" }
  | { readonly status: "ok"; readonly value: number }
  | { readonly status: "invalid"; readonly displayed: string };

/** Far beyond any monthly admission count of a grassroots organisation: a typo or a pasted number. */
export const MAX_COUNT = 100000;

/** Dashes are how paper forms say "none": a blank, not a number. */
const DASHES = /^[-\u2013\u2014.]$/;

export function parseCount(cell: Cell): CountParse {
  const v = cell.value;
  if (v === null) return { status: "blank" };
  if (typeof v === "number") {
    // The stored value, not the formatted text: a 1.5 under format `0` shows "2", which would hide why it is refused.
    return Number.isInteger(v) && v >= 0 && v <= MAX_COUNT ? { status: "ok", value: v } : { status: "invalid", displayed: String(v) };
  }
  // Shown only in what is refused; a number never shows it (so it is not built for every count).
  const displayed = displayText(cell).trim();
  if (typeof v === "string") {
    const t = v.replace(/[\s\u00A0]+/g, "");
    if (t === "" || DASHES.test(t)) return { status: "blank" };
    if (/^\+?0*\d{1,6}$/.test(t)) {
      const n = Number(t.replace("+", ""));
      return n <= MAX_COUNT ? { status: "ok", value: n } : { status: "invalid", displayed };
    }
    return { status: "invalid", displayed };
  }
  return { status: "invalid", displayed };
}

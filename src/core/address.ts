import { InvalidArgumentError } from "./errors";
import type { CellRange } from "./grid";

/** Letters of the first columns, filled as met: every finding and every read row names its cells (issue #16). */
const KNOWN_LETTERS = 702;
const lettersOf: string[] = [];

/** Zero-based column index to letters: 0 → A, 26 → AA. */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0 || col > 16383) throw new InvalidArgumentError(`column out of range: ${col}`);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: only the cache's bound; every column gets the same letters either way
  if (col < KNOWN_LETTERS) return (lettersOf[col] ??= lettersUncached(col));
  return lettersUncached(col);
}

function lettersUncached(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Zero-based coordinates to an A1 address: (4, 2) → C5. */
export function toA1(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 0 || row > 1048575) throw new InvalidArgumentError(`row out of range: ${row}`);
  return `${columnLetters(col)}${row + 1}`;
}

export function rangeToA1(range: CellRange): string {
  const a = toA1(range.top, range.left);
  const b = toA1(range.bottom, range.right);
  return a === b ? a : `${a}:${b}`;
}

const A1 = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** Parses `C5` or `$C$5`; returns undefined for anything else. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const m = A1.exec(address.trim());
  if (!m || !m[1] || !m[2]) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]) - 1;
  if (col < 1 || col > 16384 || row < 0 || row > 1048575) return undefined;
  return { row, col: col - 1 };
}

/** Parses `A1:C5` (or a single cell) into a range; undefined when malformed. */
export function parseRange(ref: string): CellRange | undefined {
  const [a = "", b] = ref.split(":");
  const start = parseA1(a);
  const end = b === undefined ? start : parseA1(b);
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/**
 * A shared formula's text as seen from another cell of its range: relative
 * references move by the offset, absolute ones stay (as Excel and ExcelJS
 * show it). This is formula text, not XML: a pattern over it is the parser.
 */
import { columnLetters } from "../../core";

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** `dRow`/`dCol`: where the cell sits relative to the formula's master cell. */
export function slideFormula(formula: string, dRow: number, dCol: number): string {
  return formula.replace(CANDIDATE, (whole: string, sheet: string | undefined, _s: unknown, addr: string, paren: string | undefined) => {
    if (paren) return whole;
    const m = REF.exec(addr);
    if (!m) return whole;
    const colText = (m[2] ?? "").toUpperCase();
    // Beyond XFD it is a name, not a reference.
    if (colText.length > 3 || (colText.length === 3 && colText > "XFD")) return whole;
    let col = columnNumber(colText);
    let row = parseInt(m[4] ?? "0", 10);
    if (!m[1]) col += dCol;
    if (!m[3]) row += dRow;
    if (col < 1 || col > 16_384 || row < 1) return whole;
    return `${sheet ?? ""}${m[1] ?? ""}${columnLetters(col - 1)}${m[3] ?? ""}${row}`;
  });
}

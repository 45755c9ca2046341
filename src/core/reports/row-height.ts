/**
 * Row heights for wrapped text. Excel and LibreOffice do not grow a row whose
 * height was never measured (a file written by a program), and never grow a row
 * for a merged wrapped cell, so long messages overlap the next row in print
 * unless the height is written out.
 */

/** Points per line of 12 pt Times New Roman, with the leading both programs add. */
const LINE_POINTS_12 = 15.5;
/**
 * Characters of 12 pt Times New Roman per unit of column width: a width unit is one
 * "0" of the 11 pt default font; Vietnamese text averages a little wider, so this
 * errs towards one line too many rather than a clipped one.
 */
const CHARS_PER_WIDTH_UNIT = 1.05;

function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * CHARS_PER_WIDTH_UNIT) - 1);
  return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

/** Height in points for the tallest of the given cells (text and the width it wraps in). */
export function wrappedRowHeight(cells: ReadonlyArray<{ readonly text: string; readonly width: number }>, fontSize = 12): number {
  const lines = Math.max(1, ...cells.map((c) => wrappedLines(c.text, c.width)));
  return Math.ceil(lines * LINE_POINTS_12 * (fontSize / 12) + 3);
}

/**
 * A Word table as the engine's Grid: the table alone, at A1, so that row 5 of
 * a finding is row 5 of the table ("Bảng 1, dòng 5") in every host; the body
 * paragraphs before and after it ride along as the grid's textAround, where the
 * engine reads the plan's title, target and year (readPlanFacts).
 * Spans (w:gridSpan) and vertical merges (w:vMerge) become merged ranges with
 * the text in their first cell, as a spreadsheet keeps them.
 */
import { decodeLegacy, detectEncoding, type Cell, type CellRange, type Grid } from "../core";
import { DocxReadError, type DocxCell, type DocxContent, type DocxLine, type DocxTable } from "./docx-xml";
import { LINES_AROUND, type DocxLimits } from "./docx-limits";

/**
 * Word has no numbers, only text: a cell holding only digits (`09`, `1.250`)
 * is read as the number it shows, kept as written, so the Excel-only advice
 * about numbers stored as text never fires on a Word table.
 */
/** An empty Word cell is still a cell a person counts along its row (cell-naming.ts), unlike the grid columns a row skips. */
const EMPTY_WORD_CELL: Cell = Object.freeze({ value: null });

function cellOf(cell: DocxCell): Cell {
  const { text, font } = cell;
  if (text === "") return EMPTY_WORD_CELL;
  if (/^\d{1,15}$/.test(text)) return { value: Number(text), text };
  if (/^\d{1,3}(?:\.\d{3}){1,4}$/.test(text)) return { value: Number(text.replace(/\./g, "")), text };
  // The font goes with the text: the engine decodes a `.VnTime` table as it does a sheet.
  return font === undefined ? { value: text } : { value: text, font };
}

/**
 * Paragraphs typed in TCVN3 (.VnTime) or VNI fonts, decoded to Unicode here:
 * the engine decodes a grid's cells, not the text around it, and the plan's
 * target is in that text. The font decides; without one, the words do.
 */
function decodedLine({ text, font }: DocxLine): string {
  const encoding = detectEncoding([font === undefined ? { text } : { text, font }]);
  if (encoding === null) return text;
  const capitals = encoding === "tcvn3" && font !== undefined && /^\.vn\S*h$/i.test(font.trim());
  return decodeLegacy(text, encoding, { capitals }).normalize("NFC");
}

/** Lines decoded once each, and only those that lie near a table. */
function lineReader(lines: readonly DocxLine[]): (from: number, to: number) => string[] {
  const done = new Map<number, string>();
  return (from, to) => {
    const out: string[] = [];
    for (let i = Math.max(0, from); i < Math.min(to, lines.length); i++) {
      let text = done.get(i);
      if (text === undefined) {
        text = decodedLine(lines[i] as DocxLine);
        done.set(i, text);
      }
      out.push(text);
    }
    return out;
  };
}

interface Budget {
  slots: number;
  merged: number;
}

function tableGrid(table: DocxTable, lines: (from: number, to: number) => string[], limits: DocxLimits, budget: Budget): Grid {
  const name = `Bảng ${table.index}`;
  const rows: Array<Array<Cell | undefined>> = [];
  const merges: CellRange[] = [];
  /** Open vertical merges by their first column. */
  const open = new Map<number, { top: number; left: number; right: number; bottom: number }>();
  const close = (col: number): void => {
    const m = open.get(col);
    if (m === undefined) return;
    open.delete(col);
    if (m.bottom > m.top || m.right > m.left) merges.push(m);
  };
  table.rows.forEach((row, r) => {
    const out: Array<Cell | undefined> = [];
    let col = row.gridBefore;
    const started = new Set<number>();
    for (const cell of row.cells) {
      started.add(col);
      const right = col + cell.span - 1;
      if (right >= limits.maxColumns) throw new DocxReadError("limit", "columns", { name: "columns", actual: right + 1, max: limits.maxColumns, where: name });
      const above = open.get(col);
      if (cell.vMerge === "continue" && above !== undefined) {
        above.bottom = r;
      } else {
        close(col);
        out[col] = cellOf(cell);
        if (cell.vMerge === "restart") open.set(col, { top: r, left: col, right, bottom: r });
        else if (right > col) merges.push({ top: r, left: col, bottom: r, right });
      }
      col = right + 1;
    }
    // A column this row does not reach ends the merges running down it.
    for (const c of [...open.keys()]) if (!started.has(c)) close(c);
    budget.slots += Math.max(col, 1);
    if (budget.slots > limits.maxGridSlots) throw new DocxReadError("limit", "area", { name: "area", actual: `> ${limits.maxGridSlots}`, max: limits.maxGridSlots, where: name });
    rows.push(out);
  });
  for (const c of [...open.keys()]) close(c);
  for (const m of merges) {
    budget.merged += (m.bottom - m.top + 1) * (m.right - m.left + 1);
    if (budget.merged > limits.maxMergedCells) throw new DocxReadError("limit", "mergedCells", { name: "mergedCells", actual: `> ${limits.maxMergedCells}`, max: limits.maxMergedCells });
  }
  const before = lines(table.linesBefore - LINES_AROUND, table.linesBefore);
  const after = lines(table.linesAfter, table.linesAfter + LINES_AROUND);
  // Word shows no column letters or row numbers: messages name a cell by its row and column.
  return { name, rows, origin: { row: 0, col: 0 }, merges, textAround: { before, after }, cellNaming: "tableRowColumn" };
}

/** One grid per table, in document order ("Bảng 1", "Bảng 2", …). */
export function docxGrids(content: DocxContent, limits: DocxLimits): Grid[] {
  const budget: Budget = { slots: 0, merged: 0 };
  const lines = lineReader(content.lines);
  return content.tables.map((t) => tableGrid(t, lines, limits, budget));
}

/**
 * What the plan itself says, read from the sheet around the table: the target
 * ("phấn đấu kết nạp từ 1.905 đảng viên trở lên") and the year ("NĂM 2026").
 * One reader for every host, so the CLI, the pane and the browser edition
 * agree on the target and can say where they found it ("đọc ở ô A3").
 *
 * Plans state other goals in the same words ("chi bộ … có từ 10 đảng viên trở
 * lên" is about a chi bộ's size): only a sentence about admitting (kết nạp,
 * phát triển đảng viên) or a line of the table's own title block gives the
 * target, and the table's own total row never does.
 */
import { toA1 } from "../address";
import { colSpan, displayText, rowSpan, cellAt, type Grid } from "../grid";
import { decodeGridColumns } from "../text/decode-grid";
import { foldKey } from "../text/normalize";
import { findAllocationTable, type AllocationTable } from "./table";

export interface PlanTarget {
  /** "từ N trở lên": the least total that meets the plan. */
  readonly value: number;
  /** A1 address of the cell holding the sentence; null when it is a line of the grid's textAround (a document's paragraph). */
  readonly cell: string | null;
  /** The sentence as written (decoded). */
  readonly text: string;
  /** The table's title block (the lines just above its header), the text above it, or the notes below. */
  readonly place: "title" | "above" | "below";
}

export interface PlanYear {
  readonly value: number;
  /** Null when read from the grid's textAround. */
  readonly cell: string | null;
}

export interface PlanFacts {
  readonly target: PlanTarget | null;
  readonly year: PlanYear | null;
}

/** Title block: this many rows above the header. Above that lies the plan's body. */
const TITLE_BLOCK_ROWS = 6;
/** Without a recognisable header, the sheet's first rows are its title. */
const TITLE_ROWS_WITHOUT_HEADER = 15;
/** Past this many rows of text around the table a sheet is data, not a plan: stop reading. */
const MAX_TEXT_ROWS = 400;
const MIN_YEAR = 1945;
const MAX_YEAR = 2200;

/** `1.905` (thousands dot) or `88`. */
const NUM = String.raw`(\d{1,3}(?:\.\d{3})+(?!\d)|\d{1,6})`;
const FORMS: readonly RegExp[] = [
  // từ 88 (đảng viên mới) trở lên
  new RegExp(String.raw`\btu ${NUM} (?:[a-z]+ ){0,4}?tro len\b`),
  // ít nhất 88, tối thiểu 88, trên 88 (đảng viên)
  new RegExp(String.raw`\b(?:it nhat|toi thieu|tren) ${NUM}(?: (?:dang vien|dv|quan chung)\b|$| ?[,.;)])`),
  // phát triển 1.905 đảng viên mới, kết nạp (được, thêm) 23 đảng viên (mới)
  new RegExp(String.raw`\b(?:phat trien|ket nap)(?: (?:duoc|them|moi|dat|tu|khoang))* ${NUM} (?:dang vien|dv|quan chung)\b`),
];
const ADMITTING = /\b(ket nap|phat trien (?:[a-z]+ ){0,3}?dang vien|phat trien dang)\b/;
/** "chi bộ … có từ 10 đảng viên": a size, not an admission goal. */
const SIZE_GOAL = /\bco tu \d/;

function numberOf(text: string): number {
  return Number(text.replace(/\./g, ""));
}

function targetIn(folded: string, inTitleBlock: boolean): number | null {
  const admitting = ADMITTING.test(folded);
  if (!admitting && !(inTitleBlock && !SIZE_GOAL.test(folded))) return null;
  for (const form of FORMS) {
    const m = form.exec(folded);
    if (m?.[1] !== undefined) return numberOf(m[1]);
  }
  return null;
}

function yearIn(folded: string): number | null {
  const m = /\bnam (\d{4})\b/.exec(folded);
  if (!m) return null;
  const y = Number(m[1]);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
}

/** A cell's text split into sentences; thousands dots (`1.905`) do not end one. */
function sentences(text: string): string[] {
  return text
    .split(/[;\n]|\.(?=\s|$)/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

interface TextCell {
  readonly row: number;
  readonly cell: string | null;
  readonly text: string;
}

/**
 * A document's paragraphs around its table (grid.textAround) as lines just
 * above the grid's first row and just below its last, so the title block and
 * the body are told apart as on a sheet. They have no cell.
 */
function linesAround(grid: Grid, first: number, last: number): { before: TextCell[]; after: TextCell[] } {
  const around = grid.textAround;
  if (around === undefined) return { before: [], after: [] };
  const line = (row: number, text: string): TextCell => ({ row, cell: null, text: text.trim() });
  return {
    before: around.before.map((t, i) => line(first - around.before.length + i, t)).filter((c) => c.text !== ""),
    after: around.after.map((t, i) => line(last + 1 + i, t)).filter((c) => c.text !== ""),
  };
}

function textCells(grid: Grid, rows: readonly number[], cols: { readonly first: number; readonly last: number }): TextCell[] {
  const out: TextCell[] = [];
  for (const row of rows) {
    for (let col = cols.first; col <= cols.last; col++) {
      const c = cellAt(grid, row, col);
      if (typeof c.value !== "string") continue;
      const text = displayText(c).trim();
      if (text !== "") out.push({ row, cell: toA1(row, col), text });
    }
  }
  return out;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let r = from; r <= to; r++) out.push(r);
  return out;
}

function findTarget(cells: readonly TextCell[], titleFrom: number, header: number): PlanTarget | null {
  for (const c of cells) {
    const inTitle = c.row >= titleFrom && c.row < header;
    for (const sentence of sentences(c.text)) {
      const value = targetIn(foldKey(sentence).replace(/\s+/g, " "), inTitle);
      if (value !== null) return { value, cell: c.cell, text: sentence, place: inTitle ? "title" : c.row < header ? "above" : "below" };
    }
  }
  return null;
}

/** The heading names the plan's year; the date line ("ngày … tháng 12 năm 2025") may be the year before. */
function findYear(cells: readonly TextCell[]): PlanYear | null {
  const withYear = cells.map((c) => ({ c, folded: foldKey(c.text), year: yearIn(foldKey(c.text)) })).filter((x) => x.year !== null);
  const heading = withYear.find((x) => /\b(phan bo|chi tieu|ke hoach|phat trien dang|ket nap)\b/.test(x.folded));
  const undated = withYear.find((x) => !/\bngay\b/.test(x.folded));
  const pick = heading ?? undated ?? withYear[0];
  return pick && pick.year !== null ? { value: pick.year, cell: pick.c.cell } : null;
}

/**
 * The plan's target and year as the sheet states them. `table` is the table
 * already found on this (decoded) grid; without it the grid is decoded and searched here.
 */
export function readPlanFacts(grid: Grid, table?: AllocationTable | null): PlanFacts {
  let g = grid;
  let t = table;
  if (t === undefined) {
    const span = colSpan(grid);
    g = decodeGridColumns(grid, range(span.first, span.last)).grid;
    t = findAllocationTable(g);
  }
  const span = rowSpan(g);
  const header = t ? t.headerRow : Math.min(span.last + 1, span.first + TITLE_ROWS_WITHOUT_HEADER);
  const tableEnd = t ? Math.max(t.lastDataRow, t.totalRow ?? t.lastDataRow) : header - 1;
  const above = range(Math.max(span.first, header - MAX_TEXT_ROWS), header - 1);
  const below = range(tableEnd + 1, Math.min(span.last, tableEnd + MAX_TEXT_ROWS));
  const titleFrom = t ? header - TITLE_BLOCK_ROWS : span.first;
  // Computed once: colSpan walks every row of the sheet.
  const cols = colSpan(g);
  const around = linesAround(g, span.first, span.last);
  const aboveCells = [...around.before.filter((c) => c.row >= header - MAX_TEXT_ROWS), ...textCells(g, above, cols)];
  const belowCells = [...textCells(g, below, cols), ...around.after.filter((c) => c.row <= tableEnd + MAX_TEXT_ROWS)];
  // The title block first (nearest the table), then the body above it top to bottom, then the notes.
  const title = aboveCells.filter((c) => c.row >= titleFrom);
  const body = aboveCells.filter((c) => c.row < titleFrom);
  const target = findTarget(title, titleFrom, header) ?? findTarget(body, titleFrom, header) ?? findTarget(belowCells, titleFrom, header);
  const year = findYear(title) ?? findYear(body);
  return { target, year };
}

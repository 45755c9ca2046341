/**
 * How a message names a cell so that a person can find it where they will fix it. A sheet shows
 * column letters and row numbers, so "ô C8" is enough. A table in a Word document (a .docx plan,
 * issue #11) shows neither: the same cell is "ô tại dòng 8, cột 3", counted the way a person
 * counts there.
 */
import { parseA1 } from "./address";
import type { Grid } from "./grid";

/** "a1": a sheet's cell, named by its address. "tableRowColumn": a document table's cell, named by its row and column. */
export type CellNaming = "a1" | "tableRowColumn";

/** A cell as each language's messages name it, and what the grids holding the cells are. */
export interface CellNames {
  readonly vi: (cell: string) => string;
  readonly en: (cell: string) => string;
  /** A workbook's sheets ("trang tính") or a document's tables ("bảng"). */
  readonly grids: "sheets" | "tables";
}

/** `ô C8` / `cell C8`. */
export const A1_NAMES: CellNames = { vi: (cell) => `ô ${cell}`, en: (cell) => `cell ${cell}`, grids: "sheets" };

/**
 * The column a person counts to reach a cell of a Word table's row: the cells that start left of
 * it, plus one. A cell spanning two grid columns (w:gridSpan) is one cell; the part of a
 * vertically merged cell that continues into the row (w:vMerge) is one too, though the grid holds
 * nothing there; the grid columns a row skips (w:gridBefore) are none.
 */
export function tableColumn(grid: Grid, row: number, col: number): number {
  const cells = grid.rows[row - grid.origin.row] ?? [];
  let counted = 1;
  for (let c = grid.origin.col; c < col; c++) {
    if (cells[c - grid.origin.col] !== undefined || grid.merges.some((m) => m.left === c && m.top < row && m.bottom >= row)) counted++;
  }
  return counted;
}

/** How the messages about `grid` name its cells (its `cellNaming`; "a1" when it has none). */
export function cellNames(grid: Grid): CellNames {
  if (grid.cellNaming !== "tableRowColumn") return A1_NAMES;
  return tableCellNames(grid);
}

/** How the messages about a file's grids name them: as a document's tables when every grid is one (a .docx), else as sheets. */
export function fileCellNames(grids: readonly Grid[]): CellNames {
  const first = grids[0];
  return first !== undefined && grids.every((g) => g.cellNaming === "tableRowColumn") ? cellNames(first) : A1_NAMES;
}

function tableCellNames(grid: Grid): CellNames {
  const place = (cell: string): { row: number; col: number } | undefined => {
    const at = parseA1(cell);
    return at === undefined ? undefined : { row: at.row + 1, col: tableColumn(grid, at.row, at.col) };
  };
  return {
    vi: (cell) => {
      const at = place(cell);
      return at === undefined ? A1_NAMES.vi(cell) : `ô tại dòng ${at.row}, cột ${at.col}`;
    },
    en: (cell) => {
      const at = place(cell);
      return at === undefined ? A1_NAMES.en(cell) : `the cell at row ${at.row}, column ${at.col}`;
    },
    grids: "tables",
  };
}

/**
 * How a message names a cell so that a person can find it where they will fix it. A sheet shows
 * column letters and row numbers, so "ô C8" is enough. A table in a Word document (a .docx plan,
 * issue #11) shows neither: the same cell is "ô tại dòng 8, cột 3", the way a person counts it there.
 */
import { parseA1 } from "./address";

/** "a1": a sheet's cell, named by its address. "tableRowColumn": a document table's cell, named by its row and column. */
export type CellNaming = "a1" | "tableRowColumn";

/** A cell as a Vietnamese message names it: `ô C8`, or `ô tại dòng 8, cột 3` in a document's table. */
export function cellVi(cell: string, naming: CellNaming): string {
  const at = naming === "a1" ? undefined : parseA1(cell);
  return at === undefined ? `ô ${cell}` : `ô tại dòng ${at.row + 1}, cột ${at.col + 1}`;
}

/** A cell as an English message names it: `cell C8`, or `the cell at row 8, column 3` in a document's table. */
export function cellEn(cell: string, naming: CellNaming): string {
  const at = naming === "a1" ? undefined : parseA1(cell);
  return at === undefined ? `cell ${cell}` : `the cell at row ${at.row + 1}, column ${at.col + 1}`;
}

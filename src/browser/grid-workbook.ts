/**
 * An opened file's sheets as a workbook to download again (the allocation with
 * the numbers-as-text fix applied): values and number formats, merges kept.
 * Formulas are written as their values: the user's original file keeps them.
 */
import { displayText, type Cell, type Grid, type SheetSpec, type SpecCell, type WorkbookSpec } from "../core";

function specCell(cell: Cell | undefined): SpecCell | null {
  if (!cell) return null;
  const v = cell.value;
  if (v === null) return null;
  const value = typeof v === "object" ? displayText(cell) : v;
  return cell.numFmt === undefined ? { value } : { value, style: { numFmt: cell.numFmt } };
}

function gridToSheetSpec(grid: Grid): SheetSpec {
  // Specs start at A1: pad the grid's origin with empty rows and columns.
  const rows: Array<Array<SpecCell | null>> = [];
  for (let r = 0; r < grid.origin.row; r++) rows.push([]);
  for (const row of grid.rows) rows.push([...Array<null>(grid.origin.col).fill(null), ...row.map(specCell)]);
  return { name: grid.name, rows, merges: grid.merges, role: "sample" };
}

export function gridsToWorkbook(grids: readonly Grid[], fileName: string): WorkbookSpec {
  return { sheets: grids.map(gridToSheetSpec), fileName };
}

/** Lists typed in .VnTime or VNI are unrecognisable until decoded; Unicode text is left alone. */
import { colSpan, type Grid } from "../grid";
import { decodeGridColumns } from "../text/decode-grid";

export function decodeBranchGrid(grid: Grid): Grid {
  const span = colSpan(grid);
  const cols: number[] = [];
  for (let c = span.first; c <= span.last; c++) cols.push(c);
  if (cols.length === 0) return grid;
  const decoded = decodeGridColumns(grid, cols).grid;
  // PTDV_BRANCHES must survive decoding whatever the decoder copies.
  return grid.definedNames && !decoded.definedNames ? { ...decoded, definedNames: grid.definedNames } : decoded;
}

/** Reading the figures of one report row, whatever the sheet's layout. */
import { toA1 } from "../address";
import { cellAt, displayText, isBlank, type Grid } from "../grid";
import { parseCount } from "./count";
import { FIGURE_KEYS, zeroFigures, type FigureKey } from "./figures";
import type { InvalidFigure } from "./submission";

export interface RowFigures {
  readonly figures: Record<FigureKey, number>;
  readonly invalid: InvalidFigure[];
  /** No figure cell holds anything. */
  readonly empty: boolean;
  readonly cells: Partial<Record<FigureKey, string>>;
}

/** `colOf` gives the sheet column of each figure present in the layout. */
export function readRowFigures(grid: Grid, row: number, colOf: (key: FigureKey) => number | undefined): RowFigures {
  const figures = zeroFigures();
  const invalid: InvalidFigure[] = [];
  const cells: Partial<Record<FigureKey, string>> = {};
  let empty = true;
  let admittedBlank = true;
  for (const key of FIGURE_KEYS) {
    const col = colOf(key);
    if (col === undefined) continue;
    const cell = cellAt(grid, row, col);
    const address = toA1(row, col);
    cells[key] = address;
    if (!isBlank(cell)) empty = false;
    const parsed = parseCount(cell);
    if (parsed.status === "ok") {
      figures[key] = parsed.value;
      if (key === "admitted") admittedBlank = false;
    } else if (parsed.status === "invalid") {
      invalid.push({ key, displayed: parsed.displayed, cell: address });
      if (key === "admitted") admittedBlank = false;
    }
  }
  // A breakdown without the admitted count cannot be checked or counted.
  if (!empty && admittedBlank) {
    const col = colOf("admitted");
    if (col !== undefined) invalid.unshift({ key: "admitted", displayed: displayText(cellAt(grid, row, col)).trim(), cell: toA1(row, col), blank: true });
  }
  return { figures, invalid, empty, cells };
}

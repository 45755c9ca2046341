/** A produced sheet spec seen as a Grid, so previews and re-reads treat it like any sheet. */
import type { Cell, Grid } from "../core";
import type { SheetSpec } from "../core";
import { formatNumber } from "../xlsx/number-format";

export function specToGrid(spec: SheetSpec): Grid {
  const rows = spec.rows.map((r) =>
    r.map((c): Cell | undefined => {
      if (c === null) return undefined;
      const cell: { value: Cell["value"]; formula?: string; numFmt?: string; text?: string } = { value: c.value };
      if (c.formula !== undefined) cell.formula = c.formula;
      if (c.style?.numFmt !== undefined) {
        cell.numFmt = c.style.numFmt;
        // Show what Excel will show once downloaded: STT 01, not 1.
        const shown = typeof c.value === "number" ? formatNumber(c.value, c.style.numFmt) : undefined;
        if (shown !== undefined) cell.text = shown;
      }
      return cell;
    }),
  );
  const grid: { -readonly [K in keyof Grid]: Grid[K] } = { name: spec.name, rows, origin: { row: 0, col: 0 }, merges: spec.merges ?? [] };
  if (spec.definedNames !== undefined) grid.definedNames = spec.definedNames;
  return grid;
}

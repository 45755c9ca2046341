/**
 * How much of a sheet any host agrees to read: beyond these limits the pane
 * says why a sheet was skipped instead of hanging (see the README's limits).
 * Hosts and the pane apply the same rule, so it lives beside the port.
 */
import type { SheetInfo } from "./port";

export const MAX_READ_ROWS = 100_000;
export const MAX_READ_CELLS = 2_000_000;

export function isTooLargeToRead(sheet: SheetInfo): boolean {
  const rows = sheet.usedRows ?? 0;
  const cols = sheet.usedColumns ?? 0;
  return rows > MAX_READ_ROWS || rows * cols > MAX_READ_CELLS;
}


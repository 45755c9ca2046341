import { FILE_LIMITS, MAX_GRID_ROWS, type FileLimits } from "../core";

/**
 * The workbook reader's bounds: the file bounds every reader applies (src/core/file-limits.ts, the
 * Word reader's too), and the row bounds of a sheet.
 */
export interface ReadLimits extends FileLimits {
  /** Rows written on one sheet. */
  readonly maxRowsPerSheet: number;
  /**
   * Highest row used on a sheet (its span, not its count): the grid keeps one row per sheet row
   * between the first and the last, so A1 plus A1048576 costs a million rows though two hold data.
   */
  readonly maxRowSpanPerSheet: number;
  /** Row spans of all sheets together, so that 150 sheets of 200,000-row spans cannot add up. */
  readonly maxTotalRowSpan: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = Object.freeze({
  ...FILE_LIMITS,
  maxRowsPerSheet: MAX_GRID_ROWS,
  maxRowSpanPerSheet: MAX_GRID_ROWS,
  maxTotalRowSpan: 2_000_000,
});

export function withDefaults(limits: Partial<ReadLimits> | undefined): ReadLimits {
  return { ...DEFAULT_READ_LIMITS, ...(limits ?? {}) };
}

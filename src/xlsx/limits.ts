/**
 * Safety limits for reading a file someone sent us. Real allocation tables and
 * monthly reports are a few kilobytes and at most a few thousand rows; the
 * limits sit two to three orders of magnitude above that so that no genuine
 * file is refused, while a hostile or broken one is refused before it can
 * exhaust memory (ExcelJS expands each part of the zip to one string and keeps
 * every cell as an object, roughly 0.5 KB per cell).
 */
export interface ReadLimits {
  /** Bytes of the file itself. A workbook of party quotas above 50 MB is not a table, it is an accident. */
  readonly maxFileBytes: number;
  /** Parts inside the zip; a workbook has tens. */
  readonly maxZipEntries: number;
  /** Uncompressed bytes of one zip part: ExcelJS holds a part as one string (V8 caps strings near 512 MB). */
  readonly maxEntryBytes: number;
  /** Uncompressed bytes of all parts together. */
  readonly maxTotalBytes: number;
  /**
   * Uncompressed ÷ compressed for a part larger than `ratioAppliesAbove`. Sheet XML
   * compresses 5–30×, very repetitive sheets up to ~100×; deflate's ceiling is ~1030×,
   * which is what zip bombs use.
   */
  readonly maxRatio: number;
  readonly ratioAppliesAbove: number;
  /** Cells written in the sheet XML (including styled empty cells), all sheets together. */
  readonly maxCells: number;
  /** Rows written on one sheet. */
  readonly maxRowsPerSheet: number;
  /** Columns spanned by one sheet's grid (Excel's own maximum). */
  readonly maxColumns: number;
  /**
   * Row × width slots of one sheet (each row as wide as its last cell): ExcelJS and
   * the grid allocate them even when empty, so 200,000 rows with a stray cell in
   * column XFD would need billions.
   */
  readonly maxGridSlots: number;
  /**
   * Cells covered by merged ranges, all sheets together. ExcelJS creates a cell
   * object for every cell of a merge, so one `<mergeCell ref="A1:T950000"/>` in a
   * 2 KB file would build 19 million objects. Real tables merge a few hundred
   * cells (titles, headers); 200,000 is ample and costs ExcelJS ~100 MB at most.
   */
  readonly maxMergedCells: number;
  /**
   * Highest row used on a sheet (its span, not its count): the grid keeps one
   * row per sheet row between the first and the last, so A1 plus A1048576 costs
   * a million rows even though only two hold data.
   */
  readonly maxRowSpanPerSheet: number;
  /** Row spans of all sheets together, so that 150 sheets of 200,000-row spans cannot add up. */
  readonly maxTotalRowSpan: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_READ_LIMITS: ReadLimits = Object.freeze({
  maxFileBytes: 50 * MiB,
  maxZipEntries: 10_000,
  maxEntryBytes: 128 * MiB,
  maxTotalBytes: 256 * MiB,
  maxRatio: 200,
  ratioAppliesAbove: 8 * MiB,
  maxCells: 2_000_000,
  maxRowsPerSheet: 200_000,
  maxColumns: 16_384,
  maxGridSlots: 20_000_000,
  maxMergedCells: 200_000,
  maxRowSpanPerSheet: 200_000,
  maxTotalRowSpan: 2_000_000,
});

export function withDefaults(limits: Partial<ReadLimits> | undefined): ReadLimits {
  return { ...DEFAULT_READ_LIMITS, ...(limits ?? {}) };
}

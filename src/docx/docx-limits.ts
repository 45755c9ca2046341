/**
 * Safety limits for reading a Word document someone sent us: the same figures
 * as the .xlsx reader's (src/xlsx/limits.ts), so a plan is refused for the same
 * reasons whichever program saved it, with the same FILE_* codes. Kept here
 * because this adapter reaches only the engine's facade, not another adapter.
 */
export interface DocxLimits {
  readonly maxFileBytes: number;
  readonly maxZipEntries: number;
  /** Uncompressed bytes of one part (word/document.xml is held as one string). */
  readonly maxEntryBytes: number;
  readonly maxTotalBytes: number;
  /** Uncompressed ÷ compressed for a part larger than `ratioAppliesAbove` (zip bombs). */
  readonly maxRatio: number;
  readonly ratioAppliesAbove: number;
  /** Table cells of the whole document. */
  readonly maxCells: number;
  readonly maxRowsPerTable: number;
  /** Grid columns one row may span (gridSpan values add up). */
  readonly maxColumns: number;
  readonly maxGridSlots: number;
  readonly maxMergedCells: number;
  /** Excel's own cap on the characters of a cell; a plan's cell is a name or a number. */
  readonly maxCellText: number;
  /** Every table becomes a grid carrying the paragraphs around it: a plan has a handful. */
  readonly maxTables: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_DOCX_LIMITS: DocxLimits = Object.freeze({
  maxFileBytes: 50 * MiB,
  maxZipEntries: 10_000,
  maxEntryBytes: 128 * MiB,
  maxTotalBytes: 256 * MiB,
  maxRatio: 200,
  ratioAppliesAbove: 8 * MiB,
  maxCells: 2_000_000,
  maxRowsPerTable: 200_000,
  maxColumns: 16_384,
  maxGridSlots: 20_000_000,
  maxMergedCells: 200_000,
  maxCellText: 32_767,
  maxTables: 1_000,
});

/** Paragraphs kept on each side of a table: the engine reads no further (plan-target.ts). */
export const LINES_AROUND = 400;

export function docxLimits(limits?: Partial<DocxLimits>): DocxLimits {
  return { ...DEFAULT_DOCX_LIMITS, ...(limits ?? {}) };
}

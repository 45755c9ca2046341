/**
 * The bounds every reader of a file someone sent us applies. The workbook reader (src/xlsx/limits.ts)
 * and the Word reader (src/docx/docx-limits.ts) both take these figures, so a plan is refused for the
 * same reasons, with the same FILE_* codes, whichever program saved it; each adds what only its format
 * has. Real allocation tables and monthly reports are a few kilobytes and at most a few thousand rows:
 * the bounds sit two to three orders of magnitude above that, so that no genuine file is refused, while
 * a hostile or broken one is refused before it can exhaust memory or time.
 */
export interface FileLimits {
  /** Bytes of the file itself. A workbook of party quotas above 50 MB is not a table, it is an accident. */
  readonly maxFileBytes: number;
  /** Parts inside the zip; a workbook or a Word document has tens. */
  readonly maxZipEntries: number;
  /**
   * Uncompressed bytes of one part. Parts up to a few megabytes are inflated whole, larger ones in
   * chunks, but a reader still holds what it parses: the Word reader word/document.xml as one string,
   * SheetJS a legacy workbook whole (V8 caps a string near 512 MB).
   */
  readonly maxEntryBytes: number;
  /** Uncompressed bytes of all parts read, together. */
  readonly maxTotalBytes: number;
  /**
   * Uncompressed ÷ compressed for a part larger than `ratioAppliesAbove`. Sheet XML compresses 5–30×,
   * very repetitive sheets up to ~100×; deflate's ceiling is ~1030×, which is what zip bombs use.
   */
  readonly maxRatio: number;
  readonly ratioAppliesAbove: number;
  /** Cells written in the file (styled empty ones included), all sheets or tables together. */
  readonly maxCells: number;
  /** Columns one grid spans (Excel's own maximum). */
  readonly maxColumns: number;
  /**
   * Row × width slots of one grid (each row as wide as its last cell): the grid keeps a slot for
   * every one, empty or not, so 200,000 rows with a stray cell in column XFD would need billions.
   */
  readonly maxGridSlots: number;
  /**
   * Cells covered by merged ranges, all together. A merge stretches its grid to its far corner, and
   * what draws a grid walks each merge's area (the browser edition's preview marks every covered
   * cell), so one `<mergeCell ref="A1:T950000"/>` in a 2 KB file would stand for 19 million cells;
   * real tables merge a few hundred (titles, headers).
   */
  readonly maxMergedCells: number;
}

const MiB = 1024 * 1024;

export const FILE_LIMITS: FileLimits = Object.freeze({
  maxFileBytes: 50 * MiB,
  maxZipEntries: 10_000,
  maxEntryBytes: 128 * MiB,
  maxTotalBytes: 256 * MiB,
  maxRatio: 200,
  ratioAppliesAbove: 8 * MiB,
  maxCells: 2_000_000,
  maxColumns: 16_384,
  maxGridSlots: 20_000_000,
  maxMergedCells: 200_000,
});

/** Rows of one grid: a sheet's written rows and its span, a Word table's rows. */
export const MAX_GRID_ROWS = 200_000;

/** Excel's own limit on the characters of one cell: longer text is cut where it is read, and when written. */
export const MAX_CELL_TEXT = 32_767;

/**
 * Elements open at once in one XML part, for every reader of XML (a workbook's parts, a Word
 * document). Office parts nest a dozen levels, Word a few dozen; rich text of nested unknown
 * elements (a hostile fixture, 2,005 levels) still reads. A million nested elements in one cell
 * cost 400 MiB of parser state before this bound (issue #17); 20,000 nested content controls in a
 * 42 KB .docx are damage too. Past it, a part is refused as FILE_CORRUPT.
 */
export const MAX_XML_DEPTH = 10_000;

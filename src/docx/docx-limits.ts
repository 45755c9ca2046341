import { FILE_LIMITS, MAX_CELL_TEXT, MAX_GRID_ROWS, MAX_XML_DEPTH, type FileLimits } from "../core";

/**
 * The Word reader's bounds: the file bounds every reader applies (src/core/file-limits.ts, the
 * workbook reader's too), so a plan is refused for the same reasons with the same FILE_* codes
 * whichever program saved it, and the bounds of a document's tables.
 */
export interface DocxLimits extends FileLimits {
  readonly maxRowsPerTable: number;
  /** Excel's own cap on the characters of a cell; a plan's cell is a name or a number. */
  readonly maxCellText: number;
  /** Every table becomes a grid carrying the paragraphs around it: a plan has a handful. */
  readonly maxTables: number;
  /** Elements open at once in word/document.xml: the bound of every XML reader (MAX_XML_DEPTH). */
  readonly maxXmlDepth: number;
}

export const DEFAULT_DOCX_LIMITS: DocxLimits = Object.freeze({
  ...FILE_LIMITS,
  maxRowsPerTable: MAX_GRID_ROWS,
  maxCellText: MAX_CELL_TEXT,
  maxTables: 1_000,
  maxXmlDepth: MAX_XML_DEPTH,
});

/** Paragraphs kept on each side of a table: the engine reads no further (plan-target.ts). */
export const LINES_AROUND = 400;

export function docxLimits(limits?: Partial<DocxLimits>): DocxLimits {
  return { ...DEFAULT_DOCX_LIMITS, ...(limits ?? {}) };
}

/**
 * Bounds on text while reading (issue #17 item 1): a 9 KB workbook can hold
 * one 3.5-million-character shared string referenced by thousands of cells,
 * which expands to gigabytes of text downstream. Each cell is cut at Excel's
 * own limit and the expanded text of the whole workbook is counted as cells
 * are read, so the read stops before the work grows.
 */
import { MAX_CELL_TEXT } from "./xml-text";
import { fmtCount, limitStop } from "./read-stop";

export { MAX_CELL_TEXT };

/** Characters of text in all cells of one workbook, shared strings counted once per reference. */
export const MAX_WORKBOOK_TEXT = 64 * 1024 * 1024;

/** Cut to the cell cap, never leaving half of a surrogate pair. */
export function capCellText(text: string, max: number = MAX_CELL_TEXT): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

export class TextBudget {
  used = 0;
  constructor(private readonly max: number) {}

  /** Throws ReadStop once the workbook's text passes the limit; `where` names the cell that crossed it (computed only then). */
  spend(chars: number, where: () => string): void {
    this.used += chars;
    if (this.used > this.max) throw limitStop("text", `${fmtCount(this.used)}+`, fmtCount(this.max), where());
  }
}

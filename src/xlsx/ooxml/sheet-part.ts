/**
 * One worksheet part, streamed straight into the engine's Grid. The limits
 * are counted as the XML goes by (rows, cells written — styled empty ones
 * too —, the row span, row × width slots, merged cells, expanded text), so a
 * hostile sheet is refused at the first bound crossed, before its grid exists.
 */
import { parseRange, toA1 } from "../../core";
import type { Cell, CellRange, CellValue, Grid } from "../../core";
import type { ReadLimits } from "../limits";
import { formatDateValue, formatGeneral, formatNumber } from "../number-format";
import { fmtCount, limitStop } from "../read-stop";
import { capCellText, MAX_CELL_TEXT, type TextBudget } from "../text-bounds";
import type { ZipEntryInfo } from "../zip-directory";
import type { InflateBudget } from "../zip-entry";
import type { SharedStrings } from "./shared-strings";
import { slideFormula } from "./shared-formula";
import type { StyleTable } from "./styles-part";
import { parseXmlPart } from "./xml-part";
import { decodeXstring, XSTRING_EXPANSION } from "./xstring";

/** Workbook-wide sums of the sheets read so far, and what the caller must report. */
export interface WorkbookCounts {
  cells: number;
  mergedCells: number;
  rowSpan: number;
  readonly text: TextBudget;
  /** Cells whose text was cut at the cap: sheet, A1 address, original length. */
  readonly cut: Array<{ sheet: string; cell: string; length: number }>;
}

export interface SheetContext {
  readonly name: string;
  readonly hidden: boolean;
  readonly date1904: boolean;
  readonly strings: SharedStrings;
  readonly styles: StyleTable;
}

/** Excel's limit on a formula's text; longer is not a formula Excel wrote. */
const MAX_FORMULA = 8192;
const EMPTY_ROW: ReadonlyArray<Cell | undefined> = Object.freeze([]);

function excelToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

/**
 * Displayed text of numbers, remembered per format: tables repeat the same few
 * values (STT 1…n, quotas 1…9) under one format, and formatting parses the code.
 */
class NumberTexts {
  private readonly byFormat = new Map<string, Map<number, string>>();
  private size = 0;

  get(value: number, numFmt: string | undefined): string {
    const key = numFmt ?? "";
    let m = this.byFormat.get(key);
    const hit = m?.get(value);
    if (hit !== undefined) return hit;
    const text = formatNumber(value, numFmt) ?? formatGeneral(value);
    if (this.size < 100_000) {
      if (!m) {
        m = new Map();
        this.byFormat.set(key, m);
      }
      m.set(value, text);
      this.size++;
    }
    return text;
  }
}

/**
 * Makes V8 flatten a cell's text now (reading a character does), while the pieces it was
 * concatenated from are young: the XML scanner builds text spelled with character references from
 * pieces, "Chi b" + "ộ" + " th" + "ô"…, and a grid of such trees, a dozen objects per name, is what the garbage
 * collector would copy as the grid survives; flattened, it copies one string (issue #16: the
 * 10,000-row check 579 → 565 ms of CPU, medians of 11). The result is kept only so the read
 * cannot be optimised away.
 */
let lastFlattened = 0;
function flatten(text: string): void {
  lastFlattened = text.charCodeAt(text.length - 1) | lastFlattened;
}

function textOf(value: CellValue, numFmt: string | undefined, numbers: NumberTexts): string | undefined {
  if (typeof value === "number") return numbers.get(value, numFmt);
  if (value instanceof Date) return formatDateValue(value, numFmt);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return undefined;
}

/** `XFD12` → 1-based column and row (0 when absent). */
function splitRef(ref: string): { col: number; row: number } {
  let col = 0;
  let i = 0;
  if (ref.charCodeAt(0) === 36) i++;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i) & 0xdf;
    if (ch < 65 || ch > 90) break;
    col = col * 26 + (ch - 64);
  }
  if (ref.charCodeAt(i) === 36) i++;
  let row = 0;
  for (; i < ref.length && row < 1e9; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    row = row * 10 + d;
  }
  return { col, row };
}

const DECIMAL = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/**
 * A cell's number. A decimal past the largest double (openpyxl writes 1.7976931348623157e308 as
 * `1.797693134862316e+308`, which rounds up past it) parses as Infinity: it is kept as the largest
 * double of its sign, a number far too large for any check, rather than dropped as an empty cell.
 */
function numberOf(v: string): number {
  const n = parseFloat(v);
  if (Number.isFinite(n) || Number.isNaN(n) || !DECIMAL.test(v)) return n;
  return n > 0 ? Number.MAX_VALUE : -Number.MAX_VALUE;
}

export function readSheetPart(b: Uint8Array, entry: ZipEntryInfo, ctx: SheetContext, limits: ReadLimits, budget: InflateBudget, totals: WorkbookCounts): Grid {
  const where = entry.name;
  const collected: Array<{ row: number; cells: Array<Cell | undefined> }> = [];
  let minCol = Number.POSITIVE_INFINITY;
  let maxWidth = 0;
  const merges: CellRange[] = [];
  const masters = new Map<string, { formula: string; row: number; col: number }>();
  const numbers = new NumberTexts();

  let rows = 0;
  let cells = 0;
  let slots = 0;
  let mergedCells = 0;
  let maxRow = 0;
  let currentRow = 0;
  let rowWidth = 0;
  let line: Array<Cell | undefined> | undefined;
  let lineRow = 0;

  // The cell being read.
  let cRow = 0;
  let cCol = 0;
  let cType = "";
  let cStyle = 0;
  let vText: string | undefined;
  let fText: string | undefined;
  let fShared: { si: string; master: boolean } | undefined;
  let inlineText: string | undefined;
  let inlineLength = 0;
  /** The raw text of the open inline `<t>` (ST_Xstring), decoded when it closes. */
  let inlineRaw = "";
  let inlineRawLength = 0;
  let collect: "v" | "f" | "t" | "" = "";
  let inCell = false;
  let inInline = false;
  let phonetic = 0;

  const check = (): void => {
    if (rows > limits.maxRowsPerSheet) throw limitStop("rows", `${fmtCount(rows)}+`, fmtCount(limits.maxRowsPerSheet), where);
    if (maxRow > limits.maxRowSpanPerSheet) throw limitStop("rowSpan", fmtCount(maxRow), fmtCount(limits.maxRowSpanPerSheet), where);
    if (slots + rowWidth > limits.maxGridSlots) throw limitStop("area", `${fmtCount(slots + rowWidth)}+`, fmtCount(limits.maxGridSlots), where);
    if (totals.cells + cells > limits.maxCells) throw limitStop("cells", `${fmtCount(totals.cells + cells)}+`, fmtCount(limits.maxCells));
    if (totals.mergedCells + mergedCells > limits.maxMergedCells) {
      throw limitStop("mergedCells", `${fmtCount(totals.mergedCells + mergedCells)}+`, fmtCount(limits.maxMergedCells), where);
    }
    if (totals.rowSpan + maxRow > limits.maxTotalRowSpan) throw limitStop("totalRowSpan", `${fmtCount(totals.rowSpan + maxRow)}+`, fmtCount(limits.maxTotalRowSpan));
  };

  const address = (): string => (cRow <= 1_048_576 && cCol <= 16_384 ? toA1(cRow - 1, cCol - 1) : `R${cRow}C${cCol}`);
  const cellName = (): string => `${ctx.name}!${address()}`;
  const stringValue = (text: string, originalLength: number): string => {
    if (originalLength > MAX_CELL_TEXT) totals.cut.push({ sheet: ctx.name, cell: address(), length: originalLength });
    totals.text.spend(text.length, cellName);
    flatten(text);
    return text;
  };

  const finishCell = (): void => {
    const style = ctx.styles.get(cStyle);
    let value: CellValue = null;
    const v = vText;
    switch (cType) {
      case "s": {
        const idx = v === undefined ? -1 : parseInt(v, 10);
        const s = ctx.strings.strings[idx];
        if (s !== undefined) value = stringValue(s, ctx.strings.cut.get(idx) ?? s.length);
        break;
      }
      case "str":
        if (v !== undefined) {
          const text = decodeXstring(v);
          value = stringValue(capCellText(text), text.length);
        }
        break;
      case "inlineStr":
        if (inlineText !== undefined) value = stringValue(inlineText, inlineLength);
        else if (v !== undefined) {
          const text = decodeXstring(v);
          value = stringValue(capCellText(text), text.length);
        }
        break;
      case "b":
        if (v !== undefined) value = v.trim() === "1" || v.trim() === "true";
        break;
      case "e":
        if (v !== undefined) value = { error: v.slice(0, 32) };
        break;
      case "d":
        if (v !== undefined) {
          // ECMA-376 Part 1, §18.18.11 (ST_CellType "d"): an ISO 8601 date-time without an offset is the sheet's
          // wall clock. JavaScript reads that form as the machine's local time; every date here is UTC, as serials are.
          const iso = v.trim();
          const d = new Date(/T[^Zz+-]*$/.test(iso) ? `${iso}Z` : iso);
          value = Number.isNaN(d.getTime()) ? null : d;
        }
        break;
      default:
        if (v !== undefined) {
          const n = numberOf(v);
          if (Number.isFinite(n)) value = style.isDate ? excelToDate(n, ctx.date1904) : n;
        }
    }
    let formula: string | undefined;
    if (fShared && fText === undefined) {
      const m = masters.get(fShared.si);
      if (m) formula = slideFormula(m.formula, cRow - m.row, cCol - m.col);
    } else if (fText !== undefined && fText !== "") {
      formula = fText;
      if (fShared?.master) masters.set(fShared.si, { formula: fText, row: cRow, col: cCol });
    }
    if (value === null && formula === undefined) return;
    if (value instanceof Date && Number.isNaN(value.getTime())) value = null;
    const out: { -readonly [K in keyof Cell]: Cell[K] } = { value };
    const text = textOf(value, style.numFmt, numbers);
    if (text !== undefined) out.text = text;
    if (style.numFmt !== undefined) out.numFmt = style.numFmt;
    if (style.font !== undefined) out.font = style.font;
    if (formula !== undefined) out.formula = formula;
    if (line === undefined || lineRow !== cRow) {
      line = [];
      lineRow = cRow;
      collected.push({ row: cRow, cells: line });
    }
    const col = cCol - 1;
    line[col] = out;
    if (col < minCol) minCol = col;
    if (col + 1 > maxWidth) maxWidth = col + 1;
  };

  const endInlineRun = (): void => {
    const whole = inlineRaw.length === inlineRawLength;
    const text = decodeXstring(inlineRaw);
    inlineRaw = "";
    // A run kept whole is counted as decoded; one cut while read, by its raw length (past the cap either way).
    inlineLength += whole ? text.length : inlineRawLength;
    if ((inlineText ?? "").length < MAX_CELL_TEXT) inlineText = capCellText((inlineText ?? "") + text);
  };

  parseXmlPart(b, entry, limits, budget, {
    open(name, attrs, selfClosing) {
      switch (name) {
        case "row": {
          rows++;
          slots += rowWidth;
          rowWidth = 0;
          const r = attrs["r"] === undefined ? 0 : parseInt(attrs["r"], 10);
          currentRow = Number.isFinite(r) && r > 0 ? r : currentRow + 1;
          check();
          break;
        }
        case "c": {
          cells++;
          const ref = attrs["r"];
          const at = ref === undefined ? { col: 0, row: 0 } : splitRef(ref);
          cCol = at.col > 0 ? at.col : rowWidth + 1;
          cRow = at.row > 0 ? at.row : Math.max(1, currentRow);
          if (cCol > rowWidth) rowWidth = cCol;
          if (cRow > maxRow) maxRow = cRow;
          check();
          if (cCol > 16_384) throw limitStop("columns", fmtCount(cCol), fmtCount(limits.maxColumns), where);
          cType = attrs["t"] ?? "";
          const s = attrs["s"] === undefined ? 0 : parseInt(attrs["s"], 10);
          cStyle = Number.isFinite(s) ? s : 0;
          vText = undefined;
          fText = undefined;
          fShared = undefined;
          inlineText = undefined;
          inlineLength = 0;
          inCell = !selfClosing;
          if (selfClosing) finishCell();
          break;
        }
        case "v":
          if (inCell && !inInline) {
            vText = "";
            collect = selfClosing ? "" : "v";
          }
          break;
        case "f":
          if (inCell) {
            if (attrs["t"] === "shared" && attrs["si"] !== undefined) fShared = { si: attrs["si"], master: attrs["ref"] !== undefined };
            if (!selfClosing) {
              fText = "";
              collect = "f";
            }
          }
          break;
        case "is":
          if (inCell) {
            inInline = true;
            inlineText = "";
          }
          break;
        case "rPh":
          if (!selfClosing) phonetic++;
          break;
        case "t":
          if (inInline && phonetic === 0 && !selfClosing) {
            collect = "t";
            inlineRaw = "";
            inlineRawLength = 0;
          }
          break;
        case "mergeCell": {
          const range = attrs["ref"] ? parseRange(attrs["ref"]) : undefined;
          if (range) {
            const area = (range.bottom - range.top + 1) * (range.right - range.left + 1);
            slots += area;
            mergedCells += area;
            if (range.bottom + 1 > maxRow) maxRow = range.bottom + 1;
            check();
            merges.push(range);
          }
          break;
        }
        default:
      }
    },
    close(name) {
      switch (name) {
        case "c":
          if (inCell) {
            inCell = false;
            inInline = false;
            finishCell();
          }
          break;
        case "t":
          if (collect === "t") endInlineRun();
          collect = "";
          break;
        case "v":
        case "f":
          collect = "";
          break;
        case "is":
          inInline = false;
          break;
        case "rPh":
          phonetic = Math.max(0, phonetic - 1);
          break;
        default:
      }
    },
    text(t) {
      switch (collect) {
        case "v":
          // A number or an index; a long `<v>` only matters for t="str", cut there.
          if ((vText ?? "").length <= MAX_CELL_TEXT) vText = (vText ?? "") + t;
          break;
        case "f":
          if ((fText ?? "").length < MAX_FORMULA) fText = ((fText ?? "") + t).slice(0, MAX_FORMULA);
          break;
        case "t":
          inlineRawLength += t.length;
          if (inlineRaw.length <= (MAX_CELL_TEXT + 1) * XSTRING_EXPANSION) inlineRaw += t;
          break;
        default:
      }
    },
  });
  slots += rowWidth;
  if (slots > limits.maxGridSlots) throw limitStop("area", `${fmtCount(slots)}+`, fmtCount(limits.maxGridSlots), where);
  if (Number.isFinite(minCol) && maxWidth - minCol > limits.maxColumns) throw limitStop("columns", maxWidth - minCol, limits.maxColumns, ctx.name);
  totals.cells += cells;
  totals.mergedCells += mergedCells;
  totals.rowSpan += maxRow;
  return toGrid(ctx, collected, minCol, merges);
}

function toGrid(ctx: SheetContext, collected: Array<{ row: number; cells: Array<Cell | undefined> }>, minCol: number, merges: CellRange[]): Grid {
  const hidden = ctx.hidden ? { hidden: true } : {};
  const first = collected[0];
  if (!first) return { name: ctx.name, rows: [], origin: { row: 0, col: 0 }, merges, ...hidden };
  // Rows out of order in the XML (Excel never writes them so, other tools may): sort by row number.
  let ordered = true;
  for (let i = 1; i < collected.length; i++) if ((collected[i] as { row: number }).row <= (collected[i - 1] as { row: number }).row) ordered = false;
  const list = ordered ? collected : mergeSameRows(collected);
  const originRow = (list[0] as { row: number }).row;
  const rows: Array<ReadonlyArray<Cell | undefined>> = [];
  for (const r of list) rows[r.row - originRow] = minCol === 0 ? r.cells : r.cells.slice(minCol);
  // Gaps share one frozen empty row: a pointer per gap row, not an array (the row span is bounded).
  for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = EMPTY_ROW;
  return { name: ctx.name, rows, origin: { row: originRow - 1, col: minCol }, merges, ...hidden };
}

function mergeSameRows(collected: Array<{ row: number; cells: Array<Cell | undefined> }>): Array<{ row: number; cells: Array<Cell | undefined> }> {
  const byRow = new Map<number, Array<Cell | undefined>>();
  for (const r of collected) {
    const line = byRow.get(r.row);
    if (!line) byRow.set(r.row, r.cells);
    else r.cells.forEach((c, i) => (line[i] = c));
  }
  return [...byRow.entries()].sort((a, b) => a[0] - b[0]).map(([row, cells]) => ({ row, cells }));
}

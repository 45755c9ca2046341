/**
 * Locating the allocation table inside a sheet that also holds letterheads,
 * merged titles, notes and signatures, as the plans staff receive do.
 */
import { cellAt, colSpan, displayText, isBlank, rowSpan, type Grid } from "../grid";
import {
  findHeaderRow,
  headerKey,
  headerKeyInitial,
  MEMBERS_HEADERS,
  ORGANIZATION_HEADERS,
  QUOTA_HEADERS,
  STT_HEADERS,
  type ColumnSpec,
} from "./header-match";
import { plainHeaderKeyWhile } from "../text/plain";

export interface AllocationTable {
  /** Zero-based sheet coordinates throughout. */
  readonly headerRow: number;
  readonly sttCol: number | null;
  readonly nameCol: number;
  readonly quotaCol: number;
  /** "Số đảng viên", when the table has it. */
  readonly membersCol: number | null;
  /** Rows holding organisations, in sheet order. */
  readonly dataRows: readonly number[];
  /** First and last row of the data area (header + 1 and the last organisation row; equal to headerRow when empty). */
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  /** The sheet's own total row ("Tổng cộng"), when it has one. */
  readonly totalRow: number | null;
}

type AllocationColumn = "stt" | "members" | "name" | "quota";

/** Members before quota: "Số lượng đảng viên" is a chi bộ's size, never its quota. */
export const ALLOCATION_COLUMNS: readonly ColumnSpec<AllocationColumn>[] = [
  { key: "stt", synonyms: STT_HEADERS },
  { key: "members", synonyms: MEMBERS_HEADERS },
  { key: "name", synonyms: ORGANIZATION_HEADERS, required: true },
  { key: "quota", synonyms: QUOTA_HEADERS, required: true },
];

/**
 * How far down the header may sit: a whole plan pasted above the table is
 * still well within it, and a 100 000-row data sheet is not scanned cell by cell.
 */
const HEADER_SEARCH_ROWS = 1000;
/** Blank rows in a row that end the table once it has data. */
const BLANK_RUN_ENDS_TABLE = 2;
/** Blank rows tolerated between the header and the first organisation. */
const BLANK_RUN_BEFORE_DATA = 5;

const NOTE_START = /^(luu y|chu y|ghi chu|chu thich|noi nhan)\b/;
/** The keys of a total row's label. */
const TOTAL_LABELS: ReadonlySet<string> = new Set([
  "tong cong",
  "cong",
  "tong",
  "tong so",
  "tong chi tieu",
  "cong chi tieu",
  "total",
  "toan dang bo",
  ...["tinh", "huyen", "thi xa", "thanh pho", "quan", "xa", "phuong", "thi tran", "dac khu"].map((unit) => `toan ${unit}`),
]);
/** Every beginning of a total label's key: a key that leaves them is no total label, whatever follows. */
const TOTAL_LABEL_STARTS: ReadonlySet<string> = new Set([...TOTAL_LABELS].flatMap((label) => Array.from({ length: label.length }, (_, i) => label.slice(0, i + 1))));
const isTotalLabelStart = (prefix: string): boolean => TOTAL_LABEL_STARTS.has(prefix);
/** Rows looked at past a blank gap for the sheet's own total. */
const TOTAL_LOOKAHEAD = 4;
const ROMAN = /^(i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)$/;
/** `(1)`, `(2)`, `A`, `B`: the column-numbering row some templates put under the header. */
const COLUMN_NUMBER = /^\(?(\d{1,2}|[a-e])\)?$/i;

/** True for "Tổng cộng", "Cộng:", "TỔNG (15 TCCSĐ)". */
export function isTotalLabel(text: string): boolean {
  const label = text.includes("(") ? text.replace(/\(.*\)/g, " ") : text;
  // Every total label's key starts with t or c: most cells (names, numbers) are ruled out without folding.
  const initial = headerKeyInitial(label);
  if (initial !== "t" && initial !== "c") return false;
  // Plain text is keyed only as long as it may still be a label ("Chi bộ…" stops at "ch").
  const plain = plainHeaderKeyWhile(label, isTotalLabelStart);
  const key = plain === undefined ? headerKey(label) : plain;
  return key !== null && TOTAL_LABELS.has(key);
}

/** The first letters of NOTE_START's words and of the ROMAN numerals. */
const NOTE_INITIALS = "lcgn";
const ROMAN_INITIALS = "ivx";

export function isNoteStart(text: string): boolean {
  // Every note's key starts with l, c, g or n: the STT numbers that lead most rows are ruled out
  // without keying (and caching) each of them (issue #16).
  const initial = headerKeyInitial(text);
  if (initial === "" || !NOTE_INITIALS.includes(initial)) return false;
  return NOTE_START.test(headerKey(text));
}

/** A section heading's number ("I", "IV"), by its key; ruled out by the key's first letter first, as isNoteStart. */
function isRomanNumber(text: string): boolean {
  const initial = headerKeyInitial(text);
  if (initial === "" || !ROMAN_INITIALS.includes(initial)) return false;
  return ROMAN.test(headerKey(text));
}

function textAt(grid: Grid, row: number, col: number | null): string {
  return col === null ? "" : displayText(cellAt(grid, row, col)).trim();
}

function blankAt(grid: Grid, row: number, col: number | null): boolean {
  return col === null || isBlank(cellAt(grid, row, col));
}

/** True when some cell of the row, left to right, is a total label. */
function hasTotalLabel(grid: Grid, row: number, cols: { first: number; last: number }): boolean {
  for (let col = cols.first; col <= cols.last; col++) {
    const cell = cellAt(grid, row, col);
    if (typeof cell.value === "string" && isTotalLabel(cell.value)) return true;
  }
  return false;
}

/** A total row a few blank rows below the last organisation, before any note. */
function totalAfterGap(grid: Grid, from: number, last: number, cols: { first: number; last: number }): number | null {
  for (let row = from; row <= Math.min(last, from + TOTAL_LOOKAHEAD); row++) {
    if (hasTotalLabel(grid, row, cols)) return row;
    const lead = firstText(grid, row, cols);
    if (lead !== "") return null;
  }
  return null;
}

/** The row's first non-blank text, left to right across the whole grid: notes and totals often start left of the name column. */
function firstText(grid: Grid, row: number, cols: { first: number; last: number }): string {
  for (let col = cols.first; col <= cols.last; col++) {
    const t = displayText(cellAt(grid, row, col)).trim();
    if (t !== "") return t;
  }
  return "";
}

/** The allocation table of a sheet, or null when no row looks like its header. */
export function findAllocationTable(grid: Grid): AllocationTable | null {
  const top = rowSpan(grid).first;
  const header = findHeaderRow(grid, ALLOCATION_COLUMNS, { lastRow: top + HEADER_SEARCH_ROWS - 1 });
  if (!header) return null;
  const nameCol = header.columns.name;
  const quotaCol = header.columns.quota;
  if (nameCol === undefined || quotaCol === undefined) return null;
  const sttCol = header.columns.stt ?? null;

  const dataRows: number[] = [];
  let totalRow: number | null = null;
  let blankRun = 0;
  const last = rowSpan(grid).last;
  // Computed once: colSpan walks every row, and this loop visits every row.
  const cols = colSpan(grid);
  for (let row = header.row + 1; row <= last; row++) {
    const keyBlank = blankAt(grid, row, sttCol) && blankAt(grid, row, nameCol) && blankAt(grid, row, quotaCol);
    const lead = firstText(grid, row, cols);
    if (keyBlank && lead === "") {
      blankRun++;
      if (blankRun >= (dataRows.length > 0 ? BLANK_RUN_ENDS_TABLE : BLANK_RUN_BEFORE_DATA)) {
        if (dataRows.length > 0) totalRow = totalAfterGap(grid, row + 1, last, cols);
        break;
      }
      continue;
    }
    if (isNoteStart(lead)) break;
    const sttText = textAt(grid, row, sttCol);
    const nameText = textAt(grid, row, nameCol);
    if (isTotalLabel(lead) || hasTotalLabel(grid, row, cols)) {
      // Under a two-row header ("Chỉ tiêu" over "Tổng số | Trong đó HS") the label heads a column, not a total.
      if (dataRows.length === 0) continue;
      totalRow = row;
      break;
    }
    if (keyBlank) {
      // Something only in an extra column ("Ghi chú"): not an organisation, not a gap either.
      continue;
    }
    if (blankAt(grid, row, nameCol) && blankAt(grid, row, quotaCol)) {
      // A numbered but unused template line: no organisation, and it ends the data like a blank row.
      blankRun++;
      if (dataRows.length > 0 && blankRun >= BLANK_RUN_ENDS_TABLE) break;
      continue;
    }
    if (dataRows.length === 0 && COLUMN_NUMBER.test(nameText) && COLUMN_NUMBER.test(textAt(grid, row, quotaCol))) continue;
    // Section headings ("I. Khối xã") group organisations; their numbers would double-count.
    if (sttCol !== null && isRomanNumber(sttText) && sttText === sttText.toUpperCase()) continue;
    // Text after a gap with neither number nor quota is a signature or remark, not a forgotten organisation.
    if (blankRun > 0 && dataRows.length > 0 && blankAt(grid, row, sttCol) && blankAt(grid, row, quotaCol)) break;
    blankRun = 0;
    dataRows.push(row);
  }

  const firstData = dataRows[0];
  const lastData = dataRows[dataRows.length - 1];
  return {
    headerRow: header.row,
    sttCol,
    nameCol,
    quotaCol,
    membersCol: header.columns.members ?? null,
    dataRows,
    firstDataRow: firstData ?? header.row + 1,
    lastDataRow: lastData ?? header.row,
    totalRow,
  };
}

/**
 * "Nhật ký báo cáo": the table staff type from phone calls and paper, one row
 * per organisation-month, headers recognised by meaning.
 */
import { findHeaderRow, headerKey, mapHeaderRow, type HeaderRowMatch } from "../allocation/header-match";
import { toA1 } from "../address";
import { cellAt, colSpan, displayText, isBlank, rowSpan, type Grid } from "../grid";
import { cleanText } from "../text/normalize";
import { parseCount } from "./count";
import type { FigureKey } from "./figures";
import { parsePeriodCell, parseYearCell } from "./period";
import { readRowFigures } from "./read-row";
import { LOG_COLUMN_SPECS, type LogColumnKey } from "./report-columns";
import type { ReadReportSheet, SubmissionRow } from "./submission";

/** Where the header search stops: report logs start near the top. */
const HEADER_SEARCH_ROWS = 30;

const TOTAL_ROW = /^(tong cong|cong|tong|tong so|cong toan huyen|toan huyen)$/;

/** A total row whose label sits outside the organisation column (e.g. "Tổng cộng" merged over STT). */
function isTotalRow(grid: Grid, r: number): boolean {
  const cols = colSpan(grid);
  for (let c = cols.first; c <= cols.last; c++) {
    const text = displayText(cellAt(grid, r, c));
    if (text !== "" && TOTAL_ROW.test(headerKey(text))) return true;
  }
  return false;
}

export interface LogHeader extends HeaderRowMatch<LogColumnKey> {
  /** First sheet row of data: below a second header row ("Trong đó": HS, Nữ…) when there is one. */
  readonly dataRow: number;
}

export function findLogHeader(grid: Grid): LogHeader | null {
  const first = rowSpan(grid).first;
  const header = findHeaderRow(grid, LOG_COLUMN_SPECS, { lastRow: first + HEADER_SEARCH_ROWS });
  if (!header) return null;
  // Two-line headers put the breakdowns under a merged "Trong đó" cell, one row down.
  const below = mapHeaderRow(grid, header.row + 1, LOG_COLUMN_SPECS);
  const used = new Set(Object.values(header.columns));
  const columns: { [K in LogColumnKey]?: number } = { ...header.columns };
  let added = false;
  for (const [key, col] of Object.entries(below) as Array<[LogColumnKey, number | undefined]>) {
    if (col === undefined || columns[key] !== undefined || used.has(col)) continue;
    columns[key] = col;
    added = true;
  }
  return { row: header.row, columns, dataRow: header.row + (added ? 2 : 1) };
}

export interface ReadContext {
  readonly file?: string;
  /** The year of rows that name only the month. */
  readonly planYear: number;
}

/** `grid` must already be decoded from legacy encodings (see detect-sources). */
export function readLogTable(grid: Grid, ctx: ReadContext): ReadReportSheet | null {
  const header = findLogHeader(grid);
  if (!header) return null;
  const orgCol = header.columns.organization;
  if (orgCol === undefined) return null;
  const col = (k: LogColumnKey): number | undefined => header.columns[k];
  const rows: SubmissionRow[] = [];
  const last = rowSpan(grid).last;
  for (let r = header.dataRow; r <= last; r++) {
    const nameCell = cellAt(grid, r, orgCol);
    const name = cleanText(displayText(nameCell));
    if (TOTAL_ROW.test(headerKey(name))) break;
    const monthCol = col("month");
    const periodCell = monthCol === undefined ? { value: null } : cellAt(grid, r, monthCol);
    const figures = readRowFigures(grid, r, (k: FigureKey) => header.columns[k]);
    // Notes under the table and placeholder rows carry no month and no count.
    if (isBlank(periodCell) && figures.empty) continue;
    // A row with a month but no name and no figures is a placeholder; one with figures is kept, nameless,
    // so that consolidation says it cannot be attributed instead of losing it (issue #17).
    if (name === "" && figures.empty) continue;
    if (name === "" && isTotalRow(grid, r)) break;
    const yearCol = col("year");
    const parsed = parsePeriodCell(periodCell);
    let period: SubmissionRow["period"] = null;
    if (parsed.status === "ok") {
      const year = parsed.year ?? (yearCol === undefined ? null : parseYearCell(cellAt(grid, r, yearCol))) ?? ctx.planYear;
      period = { year, month: parsed.month };
    }
    const invalid = [...figures.invalid];
    const admittedCol = col("admitted");
    if (figures.empty && admittedCol !== undefined) invalid.push({ key: "admitted", displayed: "", cell: toA1(r, admittedCol) });
    const cumulativeCol = col("cumulative");
    let cumulative: number | null = null;
    if (cumulativeCol !== undefined) {
      const c = parseCount(cellAt(grid, r, cumulativeCol));
      if (c.status === "ok") cumulative = c.value;
    }
    const noteCol = col("note");
    const location = { ...(ctx.file === undefined ? {} : { file: ctx.file }), sheet: grid.name, cell: toA1(r, orgCol) };
    rows.push({
      name,
      period,
      periodText: displayText(periodCell).trim(),
      figures: figures.figures,
      invalid,
      cumulative,
      note: noteCol === undefined ? "" : cleanText(displayText(cellAt(grid, r, noteCol))),
      location,
      cells: {
        ...figures.cells,
        name: toA1(r, orgCol),
        ...(monthCol === undefined ? {} : { period: toA1(r, monthCol) }),
        ...(cumulativeCol === undefined ? {} : { cumulative: toA1(r, cumulativeCol) }),
      },
    });
  }
  return { kind: "log", rows };
}

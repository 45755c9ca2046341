/**
 * Level to level: a progress workbook PTĐV wrote at the level below (a commune's
 * consolidation of its chi bộ) read as that organisation's report for its period.
 *
 * It is recognised only by its workbook defined names (PTDV_REPORTING_ORG,
 * PTDV_PERIOD, PTDV_TOTALS), never by sheet names or layout guesses. The figures
 * become ordinary report rows, one per month 1…M, so every row rule (matching by
 * name, another year, duplicates, conflicts, missing months) applies as to any report:
 * admitted per month from "Theo tháng" (PTDV_MONTHLY_TOTALS) when it adds up to the
 * TỔNG CỘNG row, and each breakdown to date placed from month M backwards within
 * each month's admitted count, so the sums above equal the TỔNG CỘNG row below.
 */
import { toA1 } from "../../address";
import { cellAt, displayText, type CellRange, type Grid } from "../../grid";
import { parseCount } from "../count";
import { BREAKDOWN_KEYS, zeroFigures, type FigureKey } from "../figures";
import { parsePeriodText } from "../period";
import type { SubmissionSource } from "../result";
import { ROLLUP_MONTHLY_COLUMNS, ROLLUP_NAMES, ROLLUP_TOTAL_COLUMNS } from "../rollup-names";
import type { InvalidFigure, SubmissionRow } from "../submission";

export interface RollupReading {
  readonly organization: string;
  readonly year: number;
  readonly month: number;
  readonly rows: readonly SubmissionRow[];
}

function named(grids: readonly Grid[], name: string): { grid: Grid; range: CellRange } | null {
  for (const grid of grids) {
    const range = grid.definedNames?.[name];
    if (range) return { grid, range };
  }
  return null;
}

const TOTAL_KEYS: ReadonlyArray<readonly [FigureKey, number]> = [
  ["students", ROLLUP_TOTAL_COLUMNS.students],
  ["women", ROLLUP_TOTAL_COLUMNS.women],
  ["ethnicMinority", ROLLUP_TOTAL_COLUMNS.ethnicMinority],
  ["religious", ROLLUP_TOTAL_COLUMNS.religious],
  ["youthUnion", ROLLUP_TOTAL_COLUMNS.youthUnion],
];

/** Null when the source is not a progress workbook carrying the roll-up names. */
export function readRollup(source: SubmissionSource): RollupReading | null {
  const org = named(source.grids, ROLLUP_NAMES.reportingOrg);
  const period = named(source.grids, ROLLUP_NAMES.period);
  const totals = named(source.grids, ROLLUP_NAMES.totals);
  if (!org || !period || !totals) return null;
  const organization = displayText(cellAt(org.grid, org.range.top, org.range.left)).trim();
  const parsed = parsePeriodText(displayText(cellAt(period.grid, period.range.top, period.range.left)).trim());
  if (organization === "" || parsed.status !== "ok" || parsed.year === null) return null;
  const { year, month } = parsed;
  const g = totals.grid;
  const row = totals.range.top;
  const at = (offset: number): string => toA1(row, totals.range.left + offset);
  const invalid: InvalidFigure[] = [];
  const count = (offset: number, key: FigureKey): number => {
    const c = cellAt(g, row, totals.range.left + offset);
    const p = parseCount(c);
    if (p.status === "invalid") invalid.push({ key, displayed: p.displayed, cell: at(offset) });
    return p.status === "ok" ? p.value : 0;
  };
  const inPeriod = count(ROLLUP_TOTAL_COLUMNS.inPeriod, "admitted");
  const toDate = count(ROLLUP_TOTAL_COLUMNS.toDate, "admitted");
  const breakdowns = new Map<FigureKey, number>(TOTAL_KEYS.map(([k, off]) => [k, count(off, k)]));

  const monthly = named(source.grids, ROLLUP_NAMES.monthlyTotals);
  const monthValue = (offset: number): number => {
    if (!monthly) return 0;
    const p = parseCount(cellAt(monthly.grid, monthly.range.top, monthly.range.left + offset));
    return p.status === "ok" ? p.value : 0;
  };
  let admitted = Array.from({ length: month }, (_, i) => monthValue(i));
  // The matrix must agree with TỔNG CỘNG; otherwise the months before M are taken together in month M − 1.
  if (!monthly || admitted.reduce((a, b) => a + b, 0) !== toDate || admitted[month - 1] !== inPeriod) {
    admitted = Array.from({ length: month }, (_, i) => (i === month - 1 ? inPeriod : i === month - 2 ? Math.max(toDate - inPeriod, 0) : 0));
  }
  const figures = admitted.map((n) => ({ ...zeroFigures(), admitted: n }));
  for (const key of BREAKDOWN_KEYS) {
    let left = breakdowns.get(key) ?? 0;
    for (let m = month - 1; m >= 0 && left > 0; m--) {
      const f = figures[m];
      if (!f) continue;
      const put = Math.min(left, f.admitted);
      f[key] = put;
      left -= put;
    }
    // More than admitted to date cannot be placed: it lands in month M, where the row rules flag it.
    const last = figures[month - 1];
    if (left > 0 && last) last[key] += left;
  }
  const lastFigures = figures[month - 1];
  if (lastFigures && monthly) {
    lastFigures.awarenessClass = monthValue(ROLLUP_MONTHLY_COLUMNS.awarenessClass);
    lastFigures.pendingApplications = monthValue(ROLLUP_MONTHLY_COLUMNS.pendingApplications);
  }
  const file = source.file;
  const rows: SubmissionRow[] = figures.map((f, i) => ({
    name: organization,
    period: { year, month: i + 1 },
    periodText: `${i + 1}/${year}`,
    figures: f,
    invalid: i === month - 1 ? invalid : [],
    cumulative: i === month - 1 ? toDate : null,
    note: "",
    location: { ...(file === undefined ? {} : { file }), sheet: g.name, cell: at(0) },
    cells: { name: toA1(org.range.top, org.range.left), cumulative: at(ROLLUP_TOTAL_COLUMNS.toDate) },
  }));
  return { organization, year, month, rows };
}

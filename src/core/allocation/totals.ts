/**
 * Sheet-level arithmetic: the computed totals, the sheet's own total row, and
 * the plan's target ("từ N trở lên": reaching N exactly meets it).
 */
import { toA1 } from "../address";
import { cellAt, type Grid } from "../grid";
import type { FindingSink } from "./context";
import { parseQuotaCell } from "./quota";
import type { ReadRowsResult } from "./rows";
import type { AllocationTable } from "./table";
import type { AllocationRow, AllocationTotals } from "./types";

export function computeTotals(rows: readonly AllocationRow[], target: number | null): AllocationTotals {
  let quota = 0;
  let quotaMax = 0;
  let studentQuota = 0;
  const subQuotas: Record<string, number> = {};
  // Indexed, not for…of: until V8 optimises the loop, each step of an array iterator allocates a result object (issue #16).
  for (let ix = 0; ix < rows.length; ix++) {
    const r = rows[ix] as AllocationRow;
    if (r.quota === null) continue;
    quota += r.quota;
    quotaMax += r.quotaMax ?? r.quota;
    studentQuota += r.studentQuota;
    // for…in, not Object.entries: no array per row for the empty groups of nearly every row (issue #16).
    for (const group in r.subQuotas) subQuotas[group] = (subQuotas[group] ?? 0) + (r.subQuotas[group] ?? 0);
  }
  return {
    quota,
    quotaMax,
    studentQuota,
    subQuotas,
    organizations: rows.length,
    difference: target === null ? null : quota - target,
    meetsTarget: target === null ? null : quota >= target,
  };
}

export function checkTotalRow(
  grid: Grid,
  table: AllocationTable,
  totals: AllocationTotals,
  read: Pick<ReadRowsResult, "textQuotaCells" | "numberQuotaTotal" | "excludedQuotaCells">,
  sink: FindingSink,
): void {
  if (table.totalRow === null) return;
  const cell = cellAt(grid, table.totalRow, table.quotaCol);
  const parsed = parseQuotaCell(cell);
  // A blank or unreadable total is no claim to contradict; the computed totals are reported anyway.
  if (parsed.status !== "ok") return;
  const studentDiffers = parsed.studentQuota > 0 && parsed.studentQuota !== totals.studentQuota;
  // With ranges in the table, a total of the floors or of the ceilings is right, and so is the range of both.
  const agrees =
    parsed.form === "range"
      ? parsed.quota === totals.quota && parsed.quotaMax === totals.quotaMax
      : parsed.quota === totals.quota || (totals.quotaMax !== totals.quota && parsed.quota === totals.quotaMax);
  if (agrees && !studentDiffers) return;
  const isFormula = cell.formula !== undefined;
  sink.add("TOTAL_ROW_MISMATCH", {
    written: parsed.displayed,
    computed: totals.quota,
    computedMax: totals.quotaMax,
    textCells: read.textQuotaCells,
    excludedCells: read.excludedQuotaCells,
    totalKind: isFormula ? "formula" : "constant",
    // The formula's result is exactly what SUM gives when it skips the text cells: that is the whole story.
    sumSkippedText: isFormula && read.textQuotaCells > 0 && parsed.quota === read.numberQuotaTotal ? 1 : 0,
    ...(isFormula ? { formula: `=${cell.formula ?? ""}` } : {}),
    writtenStudents: parsed.studentQuota,
    computedStudents: totals.studentQuota,
    // With cells left out of the sum, the quota's agreeing proves nothing: the general message says which.
    onlyStudents: agrees && read.excludedQuotaCells === 0 ? 1 : 0,
    cell: toA1(table.totalRow, table.quotaCol),
  });
}

export function checkTarget(table: AllocationTable, totals: AllocationTotals, target: number | null, sink: FindingSink): void {
  if (target === null || totals.quota >= target) return;
  // Point at the sheet's total when it has one, else at the quota column's header.
  const row = table.totalRow ?? table.headerRow;
  sink.add("TOTAL_BELOW_TARGET", { total: totals.quota, target, missing: target - totals.quota, cell: toA1(row, table.quotaCol) });
}

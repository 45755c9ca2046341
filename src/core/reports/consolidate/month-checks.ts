/**
 * Phase 3 — checks across an owner's counted months: students reported by an
 * organisation that cannot have pupils of 18 (the same rule as the allocation
 * check's HS quota, so a GDTX centre or a district is not flagged), and a written running total that the
 * months do not add up to.
 */
import { studentQuotaRule } from "../../names/kind";
import { periodKey } from "../period";
import type { OwnerMonths } from "./ledger";
import type { Owners } from "./owners";
import type { ReportSink } from "./sink";

export function checkMonths(entries: Iterable<OwnerMonths>, year: number, month: number, owners: Owners, sink: ReportSink): void {
  for (const { owner, months } of entries) {
    const name = owners.displayName(owner);
    const kind = owners.kindOf(owner);
    let running = 0;
    for (let m = 1; m <= month; m++) {
      const row = months.get(m);
      if (!row) continue;
      running += row.figures.admitted;
      const loc = (cell: string | undefined) => (cell === undefined ? row.location : { ...row.location, cell });
      if (row.figures.students > 0 && studentQuotaRule(kind) === "forbidden") {
        sink.add("STUDENTS_OUTSIDE_UPPER_SECONDARY", loc(row.cells.students), { name, value: row.figures.students, period: periodKey(year, m) });
      }
      if (row.cumulative !== null && row.cumulative !== running) {
        sink.add("CUMULATIVE_MISMATCH", loc(row.cells.cumulative), { name, value: row.cumulative, sum: running, period: periodKey(year, m) });
      }
    }
  }
}

/**
 * Phase 5 — who has no counted row for month M: "chưa nộp" (SUBMISSION_MISSING at
 * the allocation row), unless they sent a row with errors (`reportedWithErrors`).
 */
import type { AllocationCheckResult } from "../../allocation/types";
import type { FindingLocation } from "../../findings";
import type { OrganizationProgress } from "../result";
import type { Ledger } from "./ledger";
import type { ReportSink } from "./sink";

export interface MissingReports {
  readonly missing: string[];
  readonly reportedWithErrors: string[];
}

export function findMissing(
  organizations: readonly OrganizationProgress[],
  allocation: AllocationCheckResult,
  allocationFile: string | undefined,
  period: string,
  ledger: Ledger,
  sink: ReportSink,
): MissingReports {
  const missing: string[] = [];
  const reportedWithErrors: string[] = [];
  organizations.forEach((o, i) => {
    if (o.submitted) return;
    missing.push(o.name);
    // It did report: its row's error findings say what is wrong, "chưa nộp" would not be true.
    if (ledger.sent({ kind: "org", index: i })) {
      reportedWithErrors.push(o.name);
      return;
    }
    const row = allocation.organizations[i];
    const loc: FindingLocation = {
      ...(allocationFile === undefined ? {} : { file: allocationFile }),
      ...(allocation.sheet === null ? {} : { sheet: allocation.sheet }),
      ...(row ? { cell: row.nameCell } : {}),
    };
    sink.add("SUBMISSION_MISSING", loc, { name: o.name, period });
  });
  return { missing, reportedWithErrors };
}

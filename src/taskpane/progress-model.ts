/**
 * What the pane shows of a consolidation: kept apart from the engine's result
 * type so the views depend on one small shape.
 */
import type { Finding } from "../core/findings";
import type { ConsolidationResult } from "../core/reports/consolidate";

export type ProgressStatus = "done" | "on-track" | "behind";

export interface ProgressRowView {
  readonly name: string;
  readonly quota: number;
  readonly toDate: number;
  readonly percent: number | null;
  readonly status: ProgressStatus;
}

export interface ProgressView {
  readonly period: string;
  readonly target: number | null;
  readonly quota: number;
  readonly toDate: number;
  readonly inPeriod: number;
  readonly percentOfTarget: number | null;
  readonly remainingToTarget: number | null;
  /** No row at all for the month: "chưa nộp". */
  readonly missing: readonly string[];
  /** Sent a row for the month, but one with errors (not counted): not "chưa nộp". */
  readonly reportedWithErrors: readonly string[];
  readonly conflicts: readonly Finding[];
  readonly otherFindings: readonly Finding[];
  readonly rows: readonly ProgressRowView[];
}

export function progressView(result: ConsolidationResult): ProgressView {
  const findings: readonly Finding[] = result.findings;
  return {
    period: result.period,
    target: result.target,
    quota: result.totals.quota,
    toDate: result.totals.admittedToDate,
    inPeriod: result.totals.admittedInPeriod,
    percentOfTarget: result.totals.percentOfTarget,
    remainingToTarget: result.totals.remainingToTarget,
    missing: result.missing.filter((m) => !result.reportedWithErrors.includes(m)),
    reportedWithErrors: result.reportedWithErrors,
    conflicts: findings.filter((f) => f.code === "SUBMISSION_CONFLICT"),
    otherFindings: findings.filter((f) => f.code !== "SUBMISSION_CONFLICT" && f.code !== "SUBMISSION_MISSING"),
    rows: result.organizations.map((o) => ({
      name: o.name,
      quota: o.quota ?? 0,
      toDate: o.admittedToDate,
      percent: o.percent,
      status: o.status,
    })),
  };
}

/**
 * What the pane shows of a consolidation: kept apart from the engine's result
 * type so the views depend on one small shape.
 */
import type { Finding } from "../core";
import { SUGGESTION_SEPARATOR, type ConsolidationResult } from "../core";

import type { ProgressStatus } from "../core";
export type { ProgressStatus };

export interface ProgressRowView {
  readonly name: string;
  readonly quota: number;
  readonly toDate: number;
  readonly percent: number | null;
  readonly status: ProgressStatus;
}

/** A name not in the allocation table, with the organisations it may be: the user confirms one as an alias. */
export interface UnknownNameView {
  readonly name: string;
  readonly suggestions: readonly string[];
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
  /** Unknown names that have suggestions, once each. */
  readonly unknownNames: readonly UnknownNameView[];
  /** Every report row read belongs to another year than the plan's: likely the wrong plan year. */
  readonly otherYearOnly: { readonly years: readonly number[]; readonly planYear: number } | null;
}

function otherYearOnly(result: ConsolidationResult): ProgressView["otherYearOnly"] {
  const other = result.findings.filter((f) => f.code === "SUBMISSION_OTHER_YEAR");
  if (other.length === 0) return null;
  // Anything counted or sent for the plan's year means some reports do match it.
  const anyInYear =
    result.totals.admittedToDate > 0 ||
    result.reportedWithErrors.length > 0 ||
    result.missing.length < result.organizations.length ||
    result.findings.some((f) => f.code === "SUBMISSION_CONFLICT" || f.code === "SUBMISSION_INVALID_NUMBER");
  if (anyInYear) return null;
  const years = Array.from(new Set(other.map((f) => Number(f.args["year"])).filter((y) => Number.isInteger(y)))).sort((a, b) => a - b);
  const planYear = Number(other[0]?.args["planYear"]);
  return years.length === 0 || !Number.isInteger(planYear) ? null : { years, planYear };
}

function unknownNames(findings: readonly Finding[]): UnknownNameView[] {
  const out = new Map<string, UnknownNameView>();
  for (const f of findings) {
    if (f.code !== "SUBMISSION_UNKNOWN_ORGANIZATION") continue;
    const name = f.args["name"];
    const list = f.args["suggestionList"];
    if (typeof name !== "string" || name === "" || typeof list !== "string" || list === "" || out.has(name)) continue;
    out.set(name, { name, suggestions: list.split(SUGGESTION_SEPARATOR).filter((s) => s !== "") });
  }
  return Array.from(out.values());
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
    unknownNames: unknownNames(findings),
    otherYearOnly: otherYearOnly(result),
  };
}

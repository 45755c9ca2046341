/** The exact `--json` object of `ptdv consolidate` (issue contract): nothing more, nothing less. */
import { formatSource, type Lang } from "../findings";
import type { ConsolidationResult } from "./result";
import { branchesJson, type BranchesJson } from "../branches/json";
import type { RegisterReport } from "../register/register-report";

export interface ConsolidationJson {
  readonly period: string;
  readonly target: number | null;
  readonly organizations: ReadonlyArray<{
    name: string;
    kind: string;
    quota: number | null;
    studentQuota: number;
    admittedInPeriod: number;
    admittedToDate: number;
    studentsToDate: number;
    women: number;
    ethnicMinority: number;
    religious: number;
    youthUnion: number;
    remaining: number | null;
    percent: number | null;
    status: string;
    submitted: boolean;
  }>;
  readonly others: ReadonlyArray<{ name: string; admittedInPeriod: number; admittedToDate: number; studentsToDate: number }>;
  readonly totals: {
    quota: number;
    studentQuota: number;
    admittedInPeriod: number;
    admittedToDate: number;
    studentsToDate: number;
    percentOfTarget: number | null;
    remainingToTarget: number | null;
  };
  readonly missing: readonly string[];
  readonly findings: ReadonlyArray<{ code: string; severity: string; source: string; message: string }>;
  /** Issue #12: the chi bộ goals. */
  readonly branches: BranchesJson;
  /** Issue #14: persons counted in Biểu 2's period, per month, and the form's rows. */
  readonly register: RegisterReport["json"];
}

export function consolidationJson(r: ConsolidationResult, lang: Lang): ConsolidationJson {
  return {
    period: r.period,
    target: r.target,
    organizations: r.organizations.map((o) => ({
      name: o.name,
      kind: o.kind,
      quota: o.quota,
      studentQuota: o.studentQuota,
      admittedInPeriod: o.admittedInPeriod,
      admittedToDate: o.admittedToDate,
      studentsToDate: o.studentsToDate,
      women: o.women,
      ethnicMinority: o.ethnicMinority,
      religious: o.religious,
      youthUnion: o.youthUnion,
      remaining: o.remaining,
      percent: o.percent,
      status: o.status,
      submitted: o.submitted,
    })),
    others: r.others.map((o) => ({ name: o.name, admittedInPeriod: o.admittedInPeriod, admittedToDate: o.admittedToDate, studentsToDate: o.studentsToDate })),
    totals: { ...r.totals },
    missing: [...r.missing],
    findings: r.findings.map((f) => ({ code: f.code, severity: f.severity, source: formatSource(f), message: f.message[lang] })),
    branches: branchesJson(r.branches),
    register: r.register.json,
  };
}

/**
 * The `--json` contract of `ptdv check`, built in the engine so every host
 * that offers JSON gives the same object. Field names and order are public:
 * fields are added, never renamed or removed. One finding per cell (no grouping).
 */
import type { Finding, Lang } from "../findings";
import type { AllocationCheckResult } from "./types";

export interface CheckJsonFinding {
  readonly code: string;
  readonly severity: string;
  readonly cell: string | null;
  readonly message: string;
}

export interface CheckJsonOrganization {
  readonly row: number;
  readonly stt: string | null;
  readonly name: string;
  readonly kind: string;
  readonly quota: number | null;
  readonly studentQuota: number;
  readonly quotaMax: number | null;
  readonly subQuotas: Readonly<Record<string, number>>;
  /** Present only when the table has a "Số đảng viên" column. */
  readonly members?: number | null;
}

export interface CheckJson {
  readonly file: string;
  readonly sheet: string | null;
  readonly target: number | null;
  readonly targetSource: "option" | "sheet" | null;
  readonly targetCell: string | null;
  readonly year: number | null;
  readonly totals: {
    readonly quota: number;
    readonly studentQuota: number;
    readonly organizations: number;
    readonly difference: number | null;
    readonly meetsTarget: boolean | null;
    readonly quotaMax: number;
    readonly subQuotas: Readonly<Record<string, number>>;
  };
  readonly organizations: readonly CheckJsonOrganization[];
  readonly findings: readonly CheckJsonFinding[];
}

export function checkJsonFinding(f: Finding, lang: Lang): CheckJsonFinding {
  return { code: f.code, severity: f.severity, cell: f.cell ?? null, message: f.message[lang] };
}

export function checkJson(file: string, result: AllocationCheckResult, lang: Lang): CheckJson {
  return {
    file,
    sheet: result.sheet,
    target: result.target,
    targetSource: result.targetSource,
    targetCell: result.targetCell,
    year: result.year,
    totals: {
      quota: result.totals.quota,
      studentQuota: result.totals.studentQuota,
      organizations: result.totals.organizations,
      difference: result.totals.difference,
      meetsTarget: result.totals.meetsTarget,
      quotaMax: result.totals.quotaMax,
      subQuotas: result.totals.subQuotas,
    },
    organizations: result.organizations.map((o) => {
      const row: CheckJsonOrganization = {
        row: o.row,
        stt: o.stt,
        name: o.name,
        kind: o.kind,
        quota: o.quota,
        studentQuota: o.studentQuota,
        quotaMax: o.quotaMax,
        subQuotas: o.subQuotas,
      };
      return o.members === undefined ? row : { ...row, members: o.members };
    }),
    findings: result.findings.map((f) => checkJsonFinding(f, lang)),
  };
}

/** Same shape when the file cannot be read, so a script always gets one object to parse. */
export function unreadableCheckJson(file: string, target: number | null, problem: Finding, lang: Lang): CheckJson {
  return {
    file,
    sheet: null,
    target,
    targetSource: target === null ? null : "option",
    targetCell: null,
    year: null,
    totals: { quota: 0, studentQuota: 0, organizations: 0, difference: null, meetsTarget: null, quotaMax: 0, subQuotas: {} },
    organizations: [],
    findings: [checkJsonFinding(problem, lang)],
  };
}

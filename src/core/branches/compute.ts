/**
 * The plan's two chi bộ goals over what the TCCSĐ sent: how many chi bộ of
 * goal kinds have at least the minimum of members, and which chi bộ admitted
 * no one for N years ("còn nguồn" first: the plan's focus).
 */
import { A1_NAMES, type CellNames } from "../cell-naming";
import { makeFinding, makeFindingNamed, type Finding, type FindingLocation } from "../findings";
import { foldKey, identityKey } from "../text/normalize";
import { roundOneDecimal } from "./rounding";
import { BRANCH_MESSAGES } from "./messages";
import { isGoalKind, DEFAULT_BRANCH_THRESHOLDS, type BranchKind, type BranchReport, type BranchRow, type BranchThresholds } from "./types";

export interface ExpectedOrganization {
  readonly name: string;
  /** Where its report came from, for BRANCH_SHEET_MISSING. */
  readonly location?: FindingLocation;
}

export interface BranchComputeInput {
  readonly reports: readonly BranchReport[];
  /** The report year Y. */
  readonly year: number;
  /** TCCSĐ expected to send a chi bộ sheet (see wantsBranchSheet); those that sent none are listed. */
  readonly expected?: readonly ExpectedOrganization[];
  readonly thresholds?: Partial<BranchThresholds>;
  /**
   * The organisation a written TCCSĐ name stands for (e.g. the consolidation's
   * matcher: `xã Ka Đô` → `Đảng bộ xã Ka Đô`); null or absent keeps the name as written.
   */
  readonly resolveOrganization?: (written: string) => string | null;
  /** How messages name the rows' cells: a Word plan's table by row and column (cell-naming.ts); by address when absent. */
  readonly cellNames?: CellNames;
}

export interface UnderMinEntry {
  readonly organization: string;
  readonly branch: string;
  readonly kind: BranchKind;
  readonly members: number;
  readonly location: FindingLocation;
}

export interface NoAdmissionEntry {
  readonly organization: string;
  readonly branch: string;
  readonly kind: BranchKind;
  readonly lastAdmissionYear: number | null;
  readonly hasSources: boolean | null;
  readonly location: FindingLocation;
}

export interface OrganizationBranches {
  readonly organization: string;
  readonly reported: number;
  readonly goalKinds: number;
  readonly atLeastMin: number;
  /** atLeastMin / goalKinds in percent, one decimal; null without goal-kind chi bộ. */
  readonly percent: number | null;
  readonly location: FindingLocation;
}

export interface BranchResult {
  readonly year: number;
  readonly thresholds: BranchThresholds;
  readonly reported: number;
  readonly goalKinds: number;
  readonly atLeastMin: number;
  readonly percent: number | null;
  readonly organizations: readonly OrganizationBranches[];
  readonly under: readonly UnderMinEntry[];
  readonly noAdmission: readonly NoAdmissionEntry[];
  /** How many of noAdmission still have candidates. */
  readonly noAdmissionWithSources: number;
  readonly notReported: readonly string[];
  readonly notReportedLocations: readonly FindingLocation[];
  readonly findings: readonly Finding[];
}

/** The same chi bộ written twice: `Chi bộ Thôn 3` and `thôn 3`, with or without diacritics. */
function branchKey(name: string): string {
  return foldKey(identityKey(name)).replace(/^chi bo /, "");
}

function withDefaults(t: Partial<BranchThresholds> | undefined): BranchThresholds {
  return { minMembers: t?.minMembers ?? DEFAULT_BRANCH_THRESHOLDS.minMembers, years: t?.years ?? DEFAULT_BRANCH_THRESHOLDS.years };
}

export const percentOf = (part: number, whole: number): number | null => (whole > 0 ? roundOneDecimal((part / whole) * 100) : null);

/** "last admission ≤ Y − years, or none, and none this year". */
function hasNoRecentAdmission(row: BranchRow, year: number, years: number): boolean {
  if (!row.admissionsReported) return false;
  if (row.admittedThisYear !== null && row.admittedThisYear > 0) return false;
  return row.lastAdmissionYear === null || row.lastAdmissionYear <= year - years;
}

const sourcesRank = (s: boolean | null): number => (s === true ? 0 : s === null ? 1 : 2);

export function computeBranches(input: BranchComputeInput): BranchResult {
  const thresholds = withDefaults(input.thresholds);
  const findings: Finding[] = [];
  const orgs = new Map<string, { organization: string; rows: BranchRow[]; seen: Map<string, BranchRow>; read: number; location: FindingLocation }>();
  for (const report of input.reports) {
    const name = input.resolveOrganization?.(report.organization) ?? report.organization;
    const key = identityKey(name);
    let org = orgs.get(key);
    if (!org) {
      org = { organization: name, rows: [], seen: new Map(), read: 0, location: report.location };
      orgs.set(key, org);
    }
    org.read += report.rowsRead;
    for (const row of report.rows) {
      const k = branchKey(row.branch);
      const first = org.seen.get(k);
      if (first) {
        const args = { organization: org.organization, branch: row.branch, firstCell: first.location.cell ?? "" };
        findings.push(makeFindingNamed(BRANCH_MESSAGES, "BRANCH_DUPLICATE", row.location, args, input.cellNames ?? A1_NAMES));
        continue;
      }
      org.seen.set(k, row);
      org.rows.push(row);
    }
  }

  const under: UnderMinEntry[] = [];
  const noAdmission: NoAdmissionEntry[] = [];
  const organizations: OrganizationBranches[] = [];
  for (const org of orgs.values()) {
    if (org.read === 0) continue;
    let goal = 0;
    let atLeast = 0;
    for (const row of org.rows) {
      if (isGoalKind(row.kind)) {
        goal++;
        if (row.members >= thresholds.minMembers) atLeast++;
        else {
          under.push({ organization: org.organization, branch: row.branch, kind: row.kind, members: row.members, location: row.location });
          findings.push(makeFinding(BRANCH_MESSAGES, "BRANCH_UNDER_10", row.location, { organization: org.organization, branch: row.branch, members: row.members, minMembers: thresholds.minMembers }));
        }
      }
      if (hasNoRecentAdmission(row, input.year, thresholds.years)) {
        noAdmission.push({ organization: org.organization, branch: row.branch, kind: row.kind, lastAdmissionYear: row.lastAdmissionYear, hasSources: row.hasSources, location: row.location });
      }
    }
    organizations.push({ organization: org.organization, reported: org.rows.length, goalKinds: goal, atLeastMin: atLeast, percent: percentOf(atLeast, goal), location: org.location });
  }
  // Stable sort: within each "còn nguồn" group the order stays the sources' order.
  noAdmission.sort((a, b) => sourcesRank(a.hasSources) - sourcesRank(b.hasSources));
  for (const e of noAdmission) {
    const f = makeFinding(BRANCH_MESSAGES, "BRANCH_NO_ADMISSION_3Y", e.location, {
      organization: e.organization,
      branch: e.branch,
      lastAdmissionYear: e.lastAdmissionYear ?? 0,
      years: thresholds.years,
      hasSources: e.hasSources === true ? "yes" : e.hasSources === false ? "no" : "unknown",
    });
    // The plan's focus is the chi bộ that could admit and did not: those with candidates warn, the others inform.
    findings.push(e.hasSources === true ? { ...f, severity: "warning" } : f);
  }

  const notReported: string[] = [];
  const notReportedLocations: FindingLocation[] = [];
  for (const exp of input.expected ?? []) {
    const org = orgs.get(identityKey(exp.name));
    if (org && org.read > 0) continue;
    notReported.push(exp.name);
    notReportedLocations.push(exp.location ?? {});
    findings.push(makeFinding(BRANCH_MESSAGES, "BRANCH_SHEET_MISSING", exp.location ?? {}, { organization: exp.name }));
  }

  const reported = organizations.reduce((s, o) => s + o.reported, 0);
  const goalKinds = organizations.reduce((s, o) => s + o.goalKinds, 0);
  const atLeastMin = organizations.reduce((s, o) => s + o.atLeastMin, 0);
  return {
    year: input.year,
    thresholds,
    reported,
    goalKinds,
    atLeastMin,
    percent: percentOf(atLeastMin, goalKinds),
    organizations,
    under,
    noAdmission,
    noAdmissionWithSources: noAdmission.filter((e) => e.hasSources === true).length,
    notReported,
    notReportedLocations,
    findings,
  };
}

/**
 * `ptdv check` on an allocation table with a members column: each chi bộ of a
 * goal kind under the minimum, and the share meeting the goal.
 */
import type { CellNames } from "../cell-naming";
import type { Finding, LocalizedText } from "../findings";
import { computeBranches, percentOf } from "./compute";
import { branchesFromAllocation, type MemberRowLike } from "./from-allocation";
import { membersGoalLine } from "./summary";
import type { BranchThresholds } from "./types";

export interface MemberCheckOptions {
  /** The TCCSĐ whose plan it is; the sheet name serves when unknown. */
  readonly organization?: string;
  readonly file?: string;
  readonly sheet?: string;
  readonly thresholds?: Partial<BranchThresholds>;
  /** The report year; the members goal does not depend on it. */
  readonly year?: number;
  /** How messages name the plan's cells (cellNames of its grid): a Word table's by row and column. */
  readonly cellNames?: CellNames;
}

export interface MemberCheckResult {
  readonly goalKinds: number;
  readonly atLeastMin: number;
  readonly percent: number | null;
  /** BRANCH_UNDER_10 per chi bộ under the minimum, BRANCH_INVALID_NUMBER per blank or invalid count, BRANCH_DUPLICATE. */
  readonly findings: readonly Finding[];
  /** The summary line, e.g. "Chi bộ thôn, tổ dân phố, trường học có từ 10 đảng viên trở lên: 41/57 (71,9%)". */
  readonly summary: LocalizedText;
}

export function checkBranchMembers(rows: readonly MemberRowLike[], options: MemberCheckOptions = {}): MemberCheckResult {
  const reading = branchesFromAllocation(rows, {
    organization: options.organization ?? options.sheet ?? "",
    ...(options.file === undefined ? {} : { file: options.file }),
    ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
  });
  const r = computeBranches({
    reports: reading.reports,
    year: options.year ?? 0,
    ...(options.thresholds ? { thresholds: options.thresholds } : {}),
    ...(options.cellNames ? { cellNames: options.cellNames } : {}),
  });
  const percent = percentOf(r.atLeastMin, r.goalKinds);
  return {
    goalKinds: r.goalKinds,
    atLeastMin: r.atLeastMin,
    percent,
    findings: [...reading.findings, ...r.findings],
    summary: { vi: membersGoalLine(r.atLeastMin, r.goalKinds, percent, r.thresholds, "vi"), en: membersGoalLine(r.atLeastMin, r.goalKinds, percent, r.thresholds, "en") },
  };
}

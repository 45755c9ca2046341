/** The consolidation result: the `--json` contract of `ptdv consolidate`, plus what the sheets need. */
import type { AllocationCheckResult } from "../allocation/types";
import type { Finding } from "../findings";
import type { Grid } from "../grid";
import type { Alias } from "../names/aliases";
import type { OrgKind } from "../names/kind";
import type { BranchResult } from "../branches/compute";
import type { BranchSheetMode } from "../branches/template-spec";
import type { BranchThresholds } from "../branches/types";
import type { RegisterPeriod } from "../register/period";
import type { RegisterReport } from "../register/register-report";

export type ProgressStatus = "done" | "on-track" | "behind";

export interface SubmissionSource {
  /** File name (not a path) for finding locations; absent for sheets of the open workbook. */
  readonly file?: string;
  readonly grids: readonly Grid[];
}

export interface ConsolidateOptions {
  readonly allocation: AllocationCheckResult;
  readonly year: number;
  /** Through month M (1–12) of `year`. */
  readonly month: number;
  /** The plan's target; absent or null falls back to the allocation check's target. */
  readonly target?: number | null;
  readonly aliases?: readonly Alias[];
  /** File name of the allocation table, for the source of findings that point into it (SUBMISSION_MISSING). */
  readonly allocationFile?: string;
  /** Whose plan an allocation per chi bộ (with a members column) is; the sheet name serves when absent (see planOrganization). */
  readonly allocationOwner?: string;
  /** The chi bộ goals' numbers (issue #12): 10 members, 3 years unless the plan says otherwise. */
  readonly branchThresholds?: Partial<BranchThresholds>;
  /** Who is expected to send a "Chi bộ" sheet: by kind (default), everyone, or no one. */
  readonly branchSheet?: BranchSheetMode;
  /** Biểu 2's period (issue #14); January to `month` of `year` by default. */
  readonly registerPeriod?: RegisterPeriod;
  /** Last year's registers for Biểu 2's column (3); absent leaves it blank. */
  readonly previousSources?: readonly SubmissionSource[];
}

/** Admitted per month T1…T12 (index 0 = January); null where no counted row exists. */
export type MonthlyFigures = ReadonlyArray<number | null>;

/** What every organisation's row reports, allocated or not. */
export interface ProgressFigures {
  readonly name: string;
  readonly admittedInPeriod: number;
  readonly admittedToDate: number;
  readonly studentsToDate: number;
  readonly women: number;
  readonly ethnicMinority: number;
  readonly religious: number;
  readonly youthUnion: number;
  /** Candidates who attended the Party awareness class, months 1…M (not in the --json contract). */
  readonly awarenessClassToDate: number;
  /** Applications pending as reported for month M (not in the --json contract). */
  readonly pendingApplicationsInPeriod: number;
  readonly monthly: MonthlyFigures;
}

export interface OrganizationProgress extends ProgressFigures {
  readonly kind: OrgKind;
  readonly quota: number | null;
  readonly studentQuota: number;
  /** max(quota − admittedToDate, 0); null when the allocation table has no valid quota for the organisation. */
  readonly remaining: number | null;
  /** One decimal; null when the quota is 0 or unknown. */
  readonly percent: number | null;
  /**
   * From the quota. Without a valid quota (`quota` null) progress cannot be judged, yet the
   * contract has no "unknown" status: it is "behind" (needs attention, never "done"), and the
   * sheets and the text report say "Chưa có chỉ tiêu hợp lệ" instead.
   */
  readonly status: ProgressStatus;
  /** A counted row exists for month M. */
  readonly submitted: boolean;
}

/** An organisation without an allocated quota: its members still count toward the target. */
export type OtherOrganization = ProgressFigures;

export interface ConsolidationTotals {
  readonly quota: number;
  readonly studentQuota: number;
  readonly admittedInPeriod: number;
  readonly admittedToDate: number;
  readonly studentsToDate: number;
  readonly percentOfTarget: number | null;
  readonly remainingToTarget: number | null;
}

export interface ConsolidationResult {
  /** `2025-05`. */
  readonly period: string;
  readonly year: number;
  readonly month: number;
  readonly target: number | null;
  readonly organizations: readonly OrganizationProgress[];
  readonly others: readonly OtherOrganization[];
  readonly totals: ConsolidationTotals;
  /** Allocation names without a counted row for month M. */
  readonly missing: readonly string[];
  /**
   * The part of `missing` that did send a row for month M, but one with errors (not counted):
   * they reported, so they are not "chưa nộp"; their error findings say what to fix.
   */
  readonly reportedWithErrors: readonly string[];
  readonly findings: readonly Finding[];
  /** The chi bộ goals (issue #12): the `branches` block of `--json` and the "Chi bộ" sheet. */
  readonly branches: BranchResult;
  /**
   * The register of new members (issue #14): Biểu 2 for `register.bieu2.period`, the `register`
   * block of `--json`. `persons` names people: hosts write them only when the user asks.
   */
  readonly register: RegisterReport & {
    /**
     * Register rows read this year (valid or not). 0 — templates' registers left blank — means no
     * Biểu 2 sheet is written: all zeros beside admissions in the monthly reports would mislead.
     */
    readonly rowsRead: number;
  };
}

/**
 * The chi bộ (party cells) under a grassroots organisation, as issue #12
 * tracks them: the plan's goal of 10 members or more in village, residential
 * and school cells, and its focus on cells that admitted no one for years.
 */
import type { Finding, FindingLocation } from "../findings";

/** What a chi bộ is attached to; the template's list, in its order. */
export type BranchKind = "village" | "residential" | "school" | "agency" | "enterprise" | "armed" | "other";

export const BRANCH_KINDS: readonly BranchKind[] = ["village", "residential", "school", "agency", "enterprise", "armed", "other"];

/** The kinds the plan's goal counts: "chi bộ thôn, tổ dân phố, trường học". */
export const GOAL_KINDS: readonly BranchKind[] = ["village", "residential", "school"];

export function isGoalKind(kind: BranchKind): boolean {
  return GOAL_KINDS.includes(kind);
}

/** The plan's numbers; other plans set others, and the finding codes keep their names. */
export interface BranchThresholds {
  /** "từ 10 đảng viên trở lên": a cell with exactly this many meets the goal. */
  readonly minMembers: number;
  /** "03 năm trở lên không kết nạp": last admission in year ≤ Y − years counts. */
  readonly years: number;
}

export const DEFAULT_BRANCH_THRESHOLDS: BranchThresholds = { minMembers: 10, years: 3 };

/** One chi bộ as read and validated; rows with an invalid number or year never become one. */
export interface BranchRow {
  /** The TCCSĐ (grassroots organisation) the chi bộ belongs to, as written in the source. */
  readonly organization: string;
  /** The chi bộ's name as written (clean text). */
  readonly branch: string;
  readonly kind: BranchKind;
  /** True when Loại was blank or unreadable and the kind comes from the name. */
  readonly kindInferred: boolean;
  readonly members: number;
  /** Null when blank: counted as no admission this year. */
  readonly admittedThisYear: number | null;
  /** Null when blank: none or unknown. */
  readonly lastAdmissionYear: number | null;
  /** "Còn nguồn": null when blank or not understood. */
  readonly hasSources: boolean | null;
  readonly note: string;
  /**
   * False where the source has no admission columns at all (an allocation table):
   * such a chi bộ counts for the members goal but says nothing about admissions.
   */
  readonly admissionsReported: boolean;
  /** The chi bộ's name cell, for linking from lists and findings. */
  readonly location: FindingLocation;
}

/** What one source (a template's "Chi bộ" sheet, one TCCSĐ of a list, an allocation table) gave. */
export interface BranchReport {
  readonly organization: string;
  readonly rows: readonly BranchRow[];
  /** Rows with anything typed in them, valid or not: a sheet of only invalid rows was still sent. */
  readonly rowsRead: number;
  readonly location: FindingLocation;
}

export interface BranchReading {
  readonly reports: readonly BranchReport[];
  readonly findings: readonly Finding[];
}

/** Where a reader is and which year the report is for (years after it are invalid). */
export interface BranchReadContext {
  readonly file?: string;
  readonly year: number;
  /** The TCCSĐ's name when the sheet itself does not say it (e.g. from the main template sheet). */
  readonly organization?: string;
}

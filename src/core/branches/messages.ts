/**
 * What each chi bộ finding says. Codes are a public contract (CLI `--json`,
 * scripts): add new ones, never rename; they keep their names when a plan
 * sets other thresholds, and the messages say the threshold in force.
 */
import type { FindingCatalogue } from "../findings";
import { formatNumber } from "../number-format";

export type BranchCode =
  | "BRANCH_UNDER_10"
  | "BRANCH_NO_ADMISSION_3Y"
  | "BRANCH_INVALID_NUMBER"
  | "BRANCH_YEAR_INVALID"
  | "BRANCH_DUPLICATE"
  | "BRANCH_SHEET_MISSING"
  | "BRANCH_NAME_MISSING";

/** Which figure of the row is wrong. */
type BranchNumberField = "members" | "admittedThisYear";

export type BranchArgs = {
  readonly BRANCH_UNDER_10: { readonly organization: string; readonly branch: string; readonly members: number; readonly minMembers: number };
  readonly BRANCH_NO_ADMISSION_3Y: {
    readonly organization: string;
    readonly branch: string;
    /** 0 when none or unknown. */
    readonly lastAdmissionYear: number;
    readonly years: number;
    /** "yes" | "no" | "unknown". */
    readonly hasSources: string;
  };
  readonly BRANCH_INVALID_NUMBER: { readonly organization: string; readonly branch: string; readonly field: BranchNumberField; readonly value: string };
  readonly BRANCH_YEAR_INVALID: { readonly organization: string; readonly branch: string; readonly value: string; readonly year: number };
  readonly BRANCH_DUPLICATE: { readonly organization: string; readonly branch: string; readonly firstCell: string };
  readonly BRANCH_SHEET_MISSING: { readonly organization: string };
  readonly BRANCH_NAME_MISSING: { readonly organization: string };
};

const FIELD_VI: Readonly<Record<BranchNumberField, string>> = { members: "Số đảng viên", admittedThisYear: "Kết nạp trong năm" };
const FIELD_EN: Readonly<Record<BranchNumberField, string>> = { members: "Members", admittedThisYear: "Admitted this year" };

const shown = (value: string): string => (value === "" ? "(trống)" : `"${value}"`);
const shownEn = (value: string): string => (value === "" ? "(blank)" : `"${value}"`);

export const BRANCH_MESSAGES: FindingCatalogue<BranchCode, BranchArgs> = {
  BRANCH_UNDER_10: {
    severity: "info",
    vi: (a) => `${a.branch} (${a.organization}) có ${formatNumber(a.members, "vi")} đảng viên, chưa đạt mục tiêu từ ${formatNumber(a.minMembers, "vi")} đảng viên trở lên.`,
    en: (a) => `${a.branch} (${a.organization}) has ${formatNumber(a.members, "en")} members, below the goal of ${formatNumber(a.minMembers, "en")} or more.`,
  },
  BRANCH_NO_ADMISSION_3Y: {
    severity: "info",
    vi: (a) =>
      `${a.branch} (${a.organization}) ${a.years} năm trở lên chưa kết nạp đảng viên` +
      `${a.lastAdmissionYear > 0 ? ` (lần gần nhất năm ${a.lastAdmissionYear})` : ""}` +
      `${a.hasSources === "yes" ? ", còn nguồn phát triển đảng: cần tập trung." : a.hasSources === "no" ? ", không còn nguồn." : "."}`,
    en: (a) =>
      `${a.branch} (${a.organization}) has admitted no one for ${a.years} years or more` +
      `${a.lastAdmissionYear > 0 ? ` (last in ${a.lastAdmissionYear})` : ""}` +
      `${a.hasSources === "yes" ? ", and still has candidates: a priority." : a.hasSources === "no" ? ", and has no candidates." : "."}`,
  },
  BRANCH_INVALID_NUMBER: {
    severity: "error",
    vi: (a) => `${a.branch} (${a.organization}): ${FIELD_VI[a.field]} ${shown(a.value)} không phải là số nguyên không âm; dòng này không được tính.`,
    en: (a) => `${a.branch} (${a.organization}): ${FIELD_EN[a.field]} ${shownEn(a.value)} is not a whole number of 0 or more; the row is not counted.`,
  },
  BRANCH_YEAR_INVALID: {
    severity: "error",
    vi: (a) => `${a.branch} (${a.organization}): Năm kết nạp gần nhất "${a.value}" phải là năm từ 1930 đến ${a.year}; dòng này không được tính.`,
    en: (a) => `${a.branch} (${a.organization}): last admission year "${a.value}" must be a year from 1930 to ${a.year}; the row is not counted.`,
  },
  BRANCH_DUPLICATE: {
    severity: "warning",
    vi: (a, names) => `${a.branch} (${a.organization}) có hai lần (lần đầu ở ${names.vi(a.firstCell)}); chỉ tính lần đầu.`,
    en: (a, names) =>
      `${a.branch} (${a.organization}) appears twice (${names.grids === "tables" ? `first in ${names.en(a.firstCell)}` : `first at ${a.firstCell}`}); only the first is counted.`,
  },
  BRANCH_SHEET_MISSING: {
    severity: "info",
    vi: (a) => `${a.organization} chưa gửi danh sách chi bộ trực thuộc (trang "Chi bộ").`,
    en: (a) => `${a.organization} sent no list of its chi bộ (the "Chi bộ" sheet).`,
  },
  BRANCH_NAME_MISSING: {
    severity: "warning",
    vi: (a) => `${a.organization}: một dòng có số liệu nhưng không có tên chi bộ; dòng này không được tính.`,
    en: (a) => `${a.organization}: a row has figures but no chi bộ name; the row is not counted.`,
  },
};

/**
 * Where things are on the template's "Chi bộ" sheet. The reader finds the
 * input box through PTDV_BRANCHES first and falls back to the header labels.
 */
export const BRANCH_SHEET_NAME = "Chi bộ";

/** Defined names of the "Chi bộ" sheet; documented in the README. */
export const BRANCH_NAMES = {
  /** The input box: one row per chi bộ, the seven input columns below. */
  inputs: "PTDV_BRANCHES",
  orgName: "PTDV_BRANCH_ORG_NAME",
  year: "PTDV_BRANCH_YEAR",
} as const;

/** Blank rows offered: more chi bộ than almost any commune has since the 2025 merger. */
export const BRANCH_TEMPLATE_ROWS = 60;

/** Zero-based rows and columns as generated. */
export const BRANCH_LAYOUT = {
  titleRow: 0,
  subtitleRow: 1,
  orgNameRow: 2,
  yearRow: 3,
  headerRow: 5,
  firstInputRow: 6,
  sttCol: 0,
  valueCol: 1,
  nameCol: 1,
  kindCol: 2,
  membersCol: 3,
  admittedCol: 4,
  lastYearCol: 5,
  sourcesCol: 6,
  noteCol: 7,
} as const;

export const BRANCH_LABELS = {
  orgName: "Tổ chức cơ sở đảng:",
  year: "Năm báo cáo:",
  stt: "STT",
  name: "Tên chi bộ",
  kind: "Loại",
  members: "Số đảng viên",
  admitted: "Kết nạp trong năm",
  lastYear: "Năm kết nạp gần nhất",
  sources: "Còn nguồn",
  note: "Ghi chú",
} as const;

/** The Có/Không list of "Còn nguồn". */
export const SOURCES_VALUES: readonly string[] = ["Có", "Không"];

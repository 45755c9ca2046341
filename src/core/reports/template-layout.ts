/**
 * Where things are in the report template. The reader finds them through the
 * workbook defined names first (they follow rows inserted in Excel), and falls
 * back to the labels and headers when a program left the names stale.
 */
import { FIGURE_KEYS, type FigureKey } from "./figures";

/** Workbook defined names of the template; documented in the README. */
export const TEMPLATE_NAMES = {
  orgName: "PTDV_ORG_NAME",
  orgKind: "PTDV_ORG_KIND",
  year: "PTDV_YEAR",
  quota: "PTDV_QUOTA",
  studentQuota: "PTDV_STUDENT_QUOTA",
  header: "PTDV_HEADER",
  months: "PTDV_MONTHS",
  inputs: "PTDV_INPUTS",
  cumulative: "PTDV_CUMULATIVE",
  notes: "PTDV_NOTES",
  /** "Không còn nguồn (Có/Không)" per month (issue #14, section III of Biểu 2). */
  noSources: "PTDV_NO_SOURCES",
} as const;

/** Columns of PTDV_INPUTS, left to right. */
// The template's input columns are the report figures in their canonical order.
export const TEMPLATE_INPUT_KEYS: readonly FigureKey[] = FIGURE_KEYS;

/** Zero-based sheet rows and columns of the template as generated. */
export const TEMPLATE_LAYOUT = {
  titleRow: 0,
  subtitleRow: 1,
  orgNameRow: 2,
  orgKindRow: 3,
  yearRow: 4,
  quotaRow: 5,
  studentQuotaRow: 6,
  headerRow: 8,
  firstMonthRow: 9,
  totalRow: 21,
  instructionsRow: 23,
  labelCol: 0,
  valueCol: 1,
  monthCol: 0,
  firstInputCol: 1,
  cumulativeCol: 1 + TEMPLATE_INPUT_KEYS.length,
  noSourcesCol: 2 + TEMPLATE_INPUT_KEYS.length,
  noteCol: 3 + TEMPLATE_INPUT_KEYS.length,
} as const;

export const TEMPLATE_LABELS = {
  orgName: "Tổ chức cơ sở đảng:",
  orgKind: "Loại tổ chức:",
  year: "Năm báo cáo:",
  quota: "Chỉ tiêu kết nạp năm:",
  studentQuota: "Trong đó chỉ tiêu học sinh:",
  month: "Tháng",
  cumulative: "Lũy kế kết nạp",
  note: "Ghi chú",
  total: "Cộng",
} as const;

export const TEMPLATE_SHEET_PREFIX = "Báo cáo";

/** `T5` — how month rows are labelled in the template. */
export function monthLabel(month: number): string {
  return `T${month}`;
}

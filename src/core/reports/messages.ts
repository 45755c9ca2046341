/** Finding catalogue of the monthly-report engine. Codes are stable: scripts rely on them. */
import type { FindingArgs, FindingCatalogue, Lang } from "../findings";

export type ReportCode =
  | "SUBMISSION_UNRECOGNISED"
  | "SUBMISSION_OTHER_YEAR"
  | "SUBMISSION_DUPLICATE"
  | "SUBMISSION_CONFLICT"
  | "SUBMISSION_INVALID_NUMBER"
  | "SUBMISSION_STUDENTS_EXCEED_ADMITTED"
  | "SUBMISSION_PERIOD_INVALID"
  | "SUBMISSION_UNKNOWN_ORGANIZATION"
  | "STUDENTS_OUTSIDE_UPPER_SECONDARY"
  | "CUMULATIVE_MISMATCH"
  | "SUBMISSION_MISSING";

const s = (v: string | number | undefined): string => (v === undefined ? "" : String(v));
/** A row without a name is still reported, under a placeholder in the reader's language. */
export const NAMELESS: Readonly<Record<Lang, string>> = { vi: "(không có tên)", en: "(no name)" };

export function shownName(name: string, lang: Lang): string {
  return name === "" ? NAMELESS[lang] : name;
}

const nameVi = (a: FindingArgs): string => shownName(s(a.name), "vi");
const nameEn = (a: FindingArgs): string => shownName(s(a.name), "en");
const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Args keep the `2026-03` key for programs; people read "3/2026" / "March 2026". */
export function monthText(period: string | number | undefined, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})$/.exec(s(period));
  if (!m) return s(period);
  const month = Number(m[2]);
  return lang === "vi" ? `${month}/${m[1]}` : `${MONTHS_EN[month - 1] ?? month} ${m[1]}`;
}
const pVi = (a: FindingArgs): string => monthText(a.period, "vi");
const pEn = (a: FindingArgs): string => monthText(a.period, "en");

/** English variants travel as `<arg>En` beside the Vietnamese `<arg>`; data (names, values) has one form. */
const en = (a: FindingArgs, key: string): string => s(a[`${key}En`] ?? a[key]);

export const REPORT_MESSAGES: FindingCatalogue<ReportCode> = {
  SUBMISSION_UNRECOGNISED: {
    severity: "error",
    vi: (a) =>
      `Không nhận ra báo cáo trong ${s(a.what)}. Cần mẫu báo cáo do PTĐV tạo (ô tên tổ chức, bảng T1…T12) hoặc bảng "Nhật ký báo cáo" có các cột TCCSĐ, Tháng, Kết nạp. Số liệu của tệp này chưa được tính.`,
    en: (a) =>
      `No report recognised in ${s(a.what)}. Expected a PTĐV report template (organisation cell, rows T1…T12) or a "Nhật ký báo cáo" log table with columns TCCSĐ, Tháng (month), Kết nạp (admitted). Its figures are not counted.`,
  },
  SUBMISSION_OTHER_YEAR: {
    severity: "info",
    vi: (a) => `Báo cáo của "${nameVi(a)}" thuộc năm ${s(a.year)}, không phải năm ${s(a.planYear)}: không tính.`,
    en: (a) => `The report of "${nameEn(a)}" is for ${s(a.year)}, not ${s(a.planYear)}: ignored.`,
  },
  SUBMISSION_DUPLICATE: {
    severity: "info",
    vi: (a) => `"${nameVi(a)}" báo cáo tháng ${pVi(a)} hai lần với cùng số liệu (lần trước: ${s(a.other)}): chỉ tính một lần.`,
    en: (a) => `"${nameEn(a)}" reported for ${pEn(a)} twice with the same figures (first at ${s(a.other)}): counted once.`,
  },
  SUBMISSION_CONFLICT: {
    severity: "error",
    vi: (a) =>
      `"${nameVi(a)}" báo cáo tháng ${pVi(a)} hai lần với số liệu khác nhau: ${s(a.other)} ghi ${s(a.otherFigures)}, ${s(a.kept)} ghi ${s(a.figures)}. Đang dùng số liệu của ${s(a.kept)} (báo cáo sau); hãy xác minh với cơ sở.`,
    en: (a) =>
      `"${nameEn(a)}" reported for ${pEn(a)} twice with different figures: ${s(a.other)} says ${en(a, "otherFigures")}, ${s(a.kept)} says ${en(a, "figures")}. The figures of ${s(a.kept)} (the later report) are used; confirm with the organisation.`,
  },
  SUBMISSION_INVALID_NUMBER: {
    severity: "error",
    vi: (a) =>
      a.blank
        ? `Ô "${s(a.column)}" của "${nameVi(a)}" (tháng ${pVi(a)}) để trống trong khi các ô "trong đó" có số: dòng này không được tính. Hãy ghi số kết nạp trong tháng (0 nếu không kết nạp ai).`
        : `Ô "${s(a.column)}" của "${nameVi(a)}" (tháng ${pVi(a)}) ghi "${s(a.value)}", không phải số nguyên ≥ 0: dòng này không được tính. Hãy nhập một số như 0, 1, 2.`,
    en: (a) =>
      a.blank
        ? `The "${en(a, "column")}" cell of "${nameEn(a)}" (${pEn(a)}) is blank while its breakdown cells hold numbers: the row is not counted. Enter the number admitted in the month (0 if none).`
        : `The "${en(a, "column")}" cell of "${nameEn(a)}" (${pEn(a)}) holds "${s(a.value)}", not a whole number ≥ 0: the row is not counted. Enter a number such as 0, 1, 2.`,
  },
  SUBMISSION_STUDENTS_EXCEED_ADMITTED: {
    severity: "error",
    vi: (a) => `"${nameVi(a)}" (tháng ${pVi(a)}): "${s(a.column)}" là ${s(a.value)}, lớn hơn số kết nạp ${s(a.admitted)}: dòng này không được tính.`,
    en: (a) => `"${nameEn(a)}" (${pEn(a)}): "${en(a, "column")}" is ${s(a.value)}, more than the ${s(a.admitted)} admitted: the row is not counted.`,
  },
  SUBMISSION_PERIOD_INVALID: {
    severity: "error",
    vi: (a) => `Không đọc được tháng "${s(a.value)}" của "${nameVi(a)}": dòng này không được tính. Ghi tháng như 5/2025, 2025-05 hoặc T5/2025.`,
    en: (a) => `Cannot read the month "${s(a.value)}" of "${nameEn(a)}": the row is not counted. Write the month as 5/2025, 2025-05 or T5/2025.`,
  },
  SUBMISSION_UNKNOWN_ORGANIZATION: {
    severity: "warning",
    vi: (a) =>
      `"${nameVi(a)}" không có trong bảng phân bổ${a.suggestions ? ` (có phải: ${s(a.suggestions)}?)` : ""}. Số liệu vẫn được cộng vào tổng ở mục "Tổ chức khác"; nếu là cùng một tổ chức, hãy thêm bí danh.`,
    en: (a) =>
      `"${nameEn(a)}" is not in the allocation table${a.suggestions ? ` (did you mean: ${s(a.suggestions)}?)` : ""}. Its figures still count toward the total under "others"; if it is the same organisation, add an alias.`,
  },
  STUDENTS_OUTSIDE_UPPER_SECONDARY: {
    severity: "warning",
    vi: (a) => `"${nameVi(a)}" báo cáo ${s(a.value)} học sinh (tháng ${pVi(a)}) nhưng không phải trường THPT: vẫn được tính, hãy kiểm tra lại.`,
    en: (a) => `"${nameEn(a)}" reports ${s(a.value)} students (${pEn(a)}) but is not an upper-secondary school: counted, please check.`,
  },
  CUMULATIVE_MISMATCH: {
    severity: "warning",
    vi: (a) => `"${nameVi(a)}" ghi lũy kế ${s(a.value)} đến tháng ${pVi(a)}, nhưng cộng các tháng được ${s(a.sum)}.`,
    en: (a) => `"${nameEn(a)}" reports a running total of ${s(a.value)} through ${pEn(a)}, but the months add up to ${s(a.sum)}.`,
  },
  SUBMISSION_MISSING: {
    severity: "info",
    vi: (a) => `"${nameVi(a)}" chưa nộp báo cáo tháng ${pVi(a)}.`,
    en: (a) => `"${nameEn(a)}" has not reported for ${pEn(a)}.`,
  },
};

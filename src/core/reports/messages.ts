/** Finding catalogue of the monthly-report engine. Codes are stable: scripts rely on them. */
import type { FindingCatalogue, Lang } from "../findings";
import { formatNumber } from "../number-format";

export type ReportCode =
  | "SUBMISSION_UNRECOGNISED"
  | "SUBMISSION_OTHER_YEAR"
  | "SUBMISSION_DUPLICATE"
  | "SUBMISSION_CONFLICT"
  | "SUBMISSION_INVALID_NUMBER"
  | "SUBMISSION_STUDENTS_EXCEED_ADMITTED"
  | "SUBMISSION_PERIOD_INVALID"
  | "SUBMISSION_UNKNOWN_ORGANIZATION"
  | "SUBMISSION_NAME_MISSING"
  | "NAME_LOOKALIKE"
  | "STUDENTS_OUTSIDE_UPPER_SECONDARY"
  | "CUMULATIVE_MISMATCH"
  | "SUBMISSION_MISSING";

/** Every row-level finding names the organisation as written ("" when the row has none). */
type Named = { readonly name: string };
/** `2025-05` for programs; messages show "5/2025" / "May 2025". */
type Period = { readonly period: string };
/** A figure's column label; English variants travel as `<arg>En` beside the Vietnamese `<arg>`. */
type Column = { readonly column: string; readonly columnEn: string };

export type UnrecognisedArgs = { readonly what: string };
export type OtherYearArgs = Named & { readonly year: number; readonly planYear: number };
export type DuplicateArgs = Named & Period & { readonly other: string };
export type ConflictArgs = Named &
  Period & {
    readonly other: string;
    readonly kept: string;
    readonly otherFigures: string;
    readonly otherFiguresEn: string;
    readonly figures: string;
    readonly figuresEn: string;
  };
/** `blank` is present (1) when the admitted count is empty while breakdowns are filled. */
export type InvalidNumberArgs = Named & Period & Column & { readonly value: string; readonly blank?: 1 };
export type ExceedAdmittedArgs = Named & Period & Column & { readonly value: number; readonly admitted: number };
export type PeriodInvalidArgs = Named & { readonly value: string };
/** `suggestionList` joins the same names with SUGGESTION_SEPARATOR, for programs. */
export type UnknownOrganizationArgs = Named & { readonly suggestions: string; readonly suggestionList: string };
/** `period` is the `2025-05` key when the month could be read, else the month as written. */
export type NameMissingArgs = Period & { readonly figures: string; readonly figuresEn: string };
export type StudentsOutsideArgs = Named & Period & { readonly value: number };
export type CumulativeMismatchArgs = Named & Period & { readonly value: number; readonly sum: number };
export type MissingArgs = Named & Period;

export type ReportArgs = {
  readonly SUBMISSION_UNRECOGNISED: UnrecognisedArgs;
  readonly SUBMISSION_OTHER_YEAR: OtherYearArgs;
  readonly SUBMISSION_DUPLICATE: DuplicateArgs;
  readonly SUBMISSION_CONFLICT: ConflictArgs;
  readonly SUBMISSION_INVALID_NUMBER: InvalidNumberArgs;
  readonly SUBMISSION_STUDENTS_EXCEED_ADMITTED: ExceedAdmittedArgs;
  readonly SUBMISSION_PERIOD_INVALID: PeriodInvalidArgs;
  readonly SUBMISSION_UNKNOWN_ORGANIZATION: UnknownOrganizationArgs;
  readonly SUBMISSION_NAME_MISSING: NameMissingArgs;
  /** `scripts` like "Latin, Cyrillic" (empty when only controls were found); `controls` like "U+202E". */
  readonly NAME_LOOKALIKE: Named & { readonly scripts: string; readonly words: string; readonly controls: string };
  readonly STUDENTS_OUTSIDE_UPPER_SECONDARY: StudentsOutsideArgs;
  readonly CUMULATIVE_MISMATCH: CumulativeMismatchArgs;
  readonly SUBMISSION_MISSING: MissingArgs;
};

/** A row without a name is still reported, under a placeholder in the reader's language. */
const NAMELESS: Readonly<Record<Lang, string>> = { vi: "(không có tên)", en: "(no name)" };

export function shownName(name: string, lang: Lang): string {
  return name === "" ? NAMELESS[lang] : name;
}

const nameVi = (a: Named): string => shownName(a.name, "vi");
const nameEn = (a: Named): string => shownName(a.name, "en");
const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Args keep the `2026-03` key for programs; people read "3/2026" / "March 2026". */
function monthText(period: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) return period;
  const month = Number(m[2]);
  return lang === "vi" ? `${month}/${m[1]}` : `${MONTHS_EN[month - 1] ?? month} ${m[1]}`;
}
/** Counts as each language groups thousands: 1.950 / 1,950 (issue #11). */
const nVi = (n: number): string => formatNumber(n, "vi");
const nEn = (n: number): string => formatNumber(n, "en");
const pVi = (a: Period): string => monthText(a.period, "vi");
const pEn = (a: Period): string => monthText(a.period, "en");

export const REPORT_MESSAGES: FindingCatalogue<ReportCode, ReportArgs> = {
  SUBMISSION_UNRECOGNISED: {
    severity: "error",
    vi: (a) =>
      `Không nhận ra báo cáo trong ${a.what}. Cần mẫu báo cáo do PTĐV tạo (ô tên tổ chức, bảng T1…T12) hoặc bảng "Nhật ký báo cáo" có các cột TCCSĐ, Tháng, Kết nạp. Số liệu của tệp này chưa được tính.`,
    en: (a) =>
      `No report recognised in ${a.what}. Expected a PTĐV report template (organisation cell, rows T1…T12) or a "Nhật ký báo cáo" log table with columns TCCSĐ, Tháng (month), Kết nạp (admitted). Its figures are not counted.`,
  },
  SUBMISSION_OTHER_YEAR: {
    severity: "info",
    vi: (a) => `Báo cáo của "${nameVi(a)}" thuộc năm ${a.year}, không phải năm ${a.planYear}: không tính.`,
    en: (a) => `The report of "${nameEn(a)}" is for ${a.year}, not ${a.planYear}: ignored.`,
  },
  SUBMISSION_DUPLICATE: {
    severity: "info",
    vi: (a) => `"${nameVi(a)}" báo cáo tháng ${pVi(a)} hai lần với cùng số liệu (lần trước: ${a.other}): chỉ tính một lần.`,
    en: (a) => `"${nameEn(a)}" reported for ${pEn(a)} twice with the same figures (first at ${a.other}): counted once.`,
  },
  SUBMISSION_CONFLICT: {
    severity: "error",
    vi: (a) =>
      `"${nameVi(a)}" báo cáo tháng ${pVi(a)} hai lần với số liệu khác nhau: ${a.other} ghi ${a.otherFigures}, ${a.kept} ghi ${a.figures}. Đang dùng số liệu của ${a.kept} (báo cáo sau); hãy xác minh với cơ sở.`,
    en: (a) =>
      `"${nameEn(a)}" reported for ${pEn(a)} twice with different figures: ${a.other} says ${a.otherFiguresEn}, ${a.kept} says ${a.figuresEn}. The figures of ${a.kept} (the later report) are used; confirm with the organisation.`,
  },
  SUBMISSION_INVALID_NUMBER: {
    severity: "error",
    vi: (a) =>
      a.blank === 1
        ? `Ô "${a.column}" của "${nameVi(a)}" (tháng ${pVi(a)}) để trống trong khi các ô "trong đó" có số: dòng này không được tính. Hãy ghi số kết nạp trong tháng (0 nếu không kết nạp ai).`
        : `Ô "${a.column}" của "${nameVi(a)}" (tháng ${pVi(a)}) ghi "${a.value}", không phải số nguyên ≥ 0: dòng này không được tính. Hãy nhập một số như 0, 1, 2.`,
    en: (a) =>
      a.blank === 1
        ? `The "${a.columnEn}" cell of "${nameEn(a)}" (${pEn(a)}) is blank while its breakdown cells hold numbers: the row is not counted. Enter the number admitted in the month (0 if none).`
        : `The "${a.columnEn}" cell of "${nameEn(a)}" (${pEn(a)}) holds "${a.value}", not a whole number ≥ 0: the row is not counted. Enter a number such as 0, 1, 2.`,
  },
  SUBMISSION_STUDENTS_EXCEED_ADMITTED: {
    severity: "error",
    vi: (a) => `"${nameVi(a)}" (tháng ${pVi(a)}): "${a.column}" là ${nVi(a.value)}, lớn hơn số kết nạp ${nVi(a.admitted)}: dòng này không được tính.`,
    en: (a) => `"${nameEn(a)}" (${pEn(a)}): "${a.columnEn}" is ${nEn(a.value)}, more than the ${nEn(a.admitted)} admitted: the row is not counted.`,
  },
  SUBMISSION_PERIOD_INVALID: {
    severity: "error",
    vi: (a) => `Không đọc được tháng "${a.value}" của "${nameVi(a)}": dòng này không được tính. Ghi tháng như 5/2025, 2025-05 hoặc T5/2025.`,
    en: (a) => `Cannot read the month "${a.value}" of "${nameEn(a)}": the row is not counted. Write the month as 5/2025, 2025-05 or T5/2025.`,
  },
  SUBMISSION_UNKNOWN_ORGANIZATION: {
    severity: "warning",
    vi: (a) =>
      `"${nameVi(a)}" không có trong bảng phân bổ${a.suggestions !== "" ? ` (có phải: ${a.suggestions}?)` : ""}. Số liệu vẫn được cộng vào tổng ở mục "Tổ chức khác"; nếu là cùng một tổ chức, hãy thêm bí danh.`,
    en: (a) =>
      `"${nameEn(a)}" is not in the allocation table${a.suggestions !== "" ? ` (did you mean: ${a.suggestions}?)` : ""}. Its figures still count toward the total under "others"; if it is the same organisation, add an alias.`,
  },
  SUBMISSION_NAME_MISSING: {
    severity: "error",
    vi: (a) =>
      `Dòng có số liệu (tháng ${pVi(a)}: ${a.figures}) nhưng không ghi tên tổ chức ${NAMELESS.vi}: dòng này không được tính vào đâu. Hãy ghi tên tổ chức cơ sở đảng vào ô này.`,
    en: (a) =>
      `A row with figures (${pEn(a)}: ${a.figuresEn}) names no organisation ${NAMELESS.en}: it is counted nowhere. Write the organisation's name in this cell.`,
  },
  NAME_LOOKALIKE: {
    severity: "warning",
    vi: (a) =>
      `Tên "${a.name}" ${a.scripts === "" ? "" : `trộn chữ của nhiều bảng chữ cái (${a.scripts}${a.words === "" ? "" : `, ở từ: ${a.words}`})`}${a.scripts !== "" && a.controls !== "" ? " và " : ""}${a.controls === "" ? "" : `chứa ký tự điều khiển hướng chữ vô hình (${a.controls})`}: trông giống một tên khác nhưng không phải. Hãy kiểm tra báo cáo này và gõ lại tên bằng bàn phím tiếng Việt.`,
    en: (a) =>
      `The name "${a.name}" ${a.scripts === "" ? "" : `mixes letters of several scripts (${a.scripts}${a.words === "" ? "" : `, in: ${a.words}`})`}${a.scripts !== "" && a.controls !== "" ? " and " : ""}${a.controls === "" ? "" : `holds invisible text-direction controls (${a.controls})`}: it looks like another name but is not. Check this report and retype the name with a Vietnamese keyboard.`,
  },
  STUDENTS_OUTSIDE_UPPER_SECONDARY: {
    severity: "warning",
    vi: (a) => `"${nameVi(a)}" báo cáo ${nVi(a.value)} học sinh (tháng ${pVi(a)}) nhưng không phải trường THPT: vẫn được tính, hãy kiểm tra lại.`,
    en: (a) => `"${nameEn(a)}" reports ${nEn(a.value)} students (${pEn(a)}) but is not an upper-secondary school: counted, please check.`,
  },
  CUMULATIVE_MISMATCH: {
    severity: "warning",
    vi: (a) => `"${nameVi(a)}" ghi lũy kế ${nVi(a.value)} đến tháng ${pVi(a)}, nhưng cộng các tháng được ${nVi(a.sum)}.`,
    en: (a) => `"${nameEn(a)}" reports a running total of ${nEn(a.value)} through ${pEn(a)}, but the months add up to ${nEn(a.sum)}.`,
  },
  SUBMISSION_MISSING: {
    severity: "info",
    vi: (a) => `"${nameVi(a)}" chưa nộp báo cáo tháng ${pVi(a)}.`,
    en: (a) => `"${nameEn(a)}" has not reported for ${pEn(a)}.`,
  },
};

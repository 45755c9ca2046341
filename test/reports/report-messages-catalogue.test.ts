/**
 * The monthly-report catalogue rendered in full, code by code and branch by branch:
 * each message is compared whole, so a lost word, a swapped placeholder, a month
 * shown as the program key, or a branch of the optional parts that says the wrong
 * thing fails here. Fragment checks in test/core/finding-catalogues.test.ts stay;
 * this pins the exact wording people read.
 */
import { REPORT_MESSAGES, type ReportArgs, type ReportCode } from "../../src/core/reports/messages";
import type { Severity } from "../../src/core/findings";

interface Rendering<C extends ReportCode> {
  readonly code: C;
  readonly args: ReportArgs[C];
  readonly severity: Severity;
  readonly vi: string;
  readonly en: string;
}

type AnyRendering = { [C in ReportCode]: Rendering<C> }[ReportCode];

const RENDERINGS: readonly AnyRendering[] = [
  {
    code: "SUBMISSION_UNRECOGNISED",
    args: {"what": "bc.xlsx"},
    severity: "error",
    vi: "Không nhận ra báo cáo trong bc.xlsx. Cần mẫu báo cáo do PTĐV tạo (ô tên tổ chức, bảng T1…T12) hoặc bảng \"Nhật ký báo cáo\" có các cột TCCSĐ, Tháng, Kết nạp. Số liệu của tệp này chưa được tính.",
    en: "No report recognised in bc.xlsx. Expected a PTĐV report template (organisation cell, rows T1…T12) or a \"Nhật ký báo cáo\" log table with columns TCCSĐ, Tháng (month), Kết nạp (admitted). Its figures are not counted.",
  },
  {
    code: "SUBMISSION_OTHER_YEAR",
    args: {"name": "Chi bộ A", "year": 2024, "planYear": 2025},
    severity: "info",
    vi: "Báo cáo của \"Chi bộ A\" thuộc năm 2024, không phải năm 2025: không tính.",
    en: "The report of \"Chi bộ A\" is for 2024, not 2025: ignored.",
  },
  {
    code: "SUBMISSION_OTHER_YEAR",
    args: {"name": "", "year": 2024, "planYear": 2025},
    severity: "info",
    vi: "Báo cáo của \"(không có tên)\" thuộc năm 2024, không phải năm 2025: không tính.",
    en: "The report of \"(no name)\" is for 2024, not 2025: ignored.",
  },
  {
    code: "SUBMISSION_DUPLICATE",
    args: {"name": "Chi bộ A", "period": "2025-05", "other": "a.xlsx"},
    severity: "info",
    vi: "\"Chi bộ A\" báo cáo tháng 5/2025 hai lần với cùng số liệu (lần trước: a.xlsx): chỉ tính một lần.",
    en: "\"Chi bộ A\" reported for May 2025 twice with the same figures (first at a.xlsx): counted once.",
  },
  {
    code: "SUBMISSION_CONFLICT",
    args: {"name": "Chi bộ A", "period": "2025-12", "other": "a.xlsx", "kept": "b.xlsx", "otherFigures": "1 kết nạp", "otherFiguresEn": "1 admitted", "figures": "2 kết nạp", "figuresEn": "2 admitted"},
    severity: "error",
    vi: "\"Chi bộ A\" báo cáo tháng 12/2025 hai lần với số liệu khác nhau: a.xlsx ghi 1 kết nạp, b.xlsx ghi 2 kết nạp. Đang dùng số liệu của b.xlsx (báo cáo sau); hãy xác minh với cơ sở.",
    en: "\"Chi bộ A\" reported for December 2025 twice with different figures: a.xlsx says 1 admitted, b.xlsx says 2 admitted. The figures of b.xlsx (the later report) are used; confirm with the organisation.",
  },
  {
    code: "SUBMISSION_INVALID_NUMBER",
    args: {"name": "Chi bộ A", "period": "2025-01", "column": "Kết nạp", "columnEn": "Admitted", "value": "abc"},
    severity: "error",
    vi: "Ô \"Kết nạp\" của \"Chi bộ A\" (tháng 1/2025) ghi \"abc\", không phải số nguyên ≥ 0: dòng này không được tính. Hãy nhập một số như 0, 1, 2.",
    en: "The \"Admitted\" cell of \"Chi bộ A\" (January 2025) holds \"abc\", not a whole number ≥ 0: the row is not counted. Enter a number such as 0, 1, 2.",
  },
  {
    code: "SUBMISSION_INVALID_NUMBER",
    args: {"name": "", "period": "2025-02", "column": "Kết nạp", "columnEn": "Admitted", "value": "", "blank": 1},
    severity: "error",
    vi: "Ô \"Kết nạp\" của \"(không có tên)\" (tháng 2/2025) để trống trong khi các ô \"trong đó\" có số: dòng này không được tính. Hãy ghi số kết nạp trong tháng (0 nếu không kết nạp ai).",
    en: "The \"Admitted\" cell of \"(no name)\" (February 2025) is blank while its breakdown cells hold numbers: the row is not counted. Enter the number admitted in the month (0 if none).",
  },
  {
    code: "SUBMISSION_STUDENTS_EXCEED_ADMITTED",
    args: {"name": "Chi bộ A", "period": "2025-03", "column": "Học sinh", "columnEn": "Students", "value": 5, "admitted": 2},
    severity: "error",
    vi: "\"Chi bộ A\" (tháng 3/2025): \"Học sinh\" là 5, lớn hơn số kết nạp 2: dòng này không được tính.",
    en: "\"Chi bộ A\" (March 2025): \"Students\" is 5, more than the 2 admitted: the row is not counted.",
  },
  {
    code: "SUBMISSION_PERIOD_INVALID",
    args: {"name": "Chi bộ A", "value": "13/2025"},
    severity: "error",
    vi: "Không đọc được tháng \"13/2025\" của \"Chi bộ A\": dòng này không được tính. Ghi tháng như 5/2025, 2025-05 hoặc T5/2025.",
    en: "Cannot read the month \"13/2025\" of \"Chi bộ A\": the row is not counted. Write the month as 5/2025, 2025-05 or T5/2025.",
  },
  {
    code: "SUBMISSION_UNKNOWN_ORGANIZATION",
    args: {"name": "Chi bo X", "suggestions": "Chi bộ X, Chi bộ Y", "suggestionList": "Chi bộ X|Chi bộ Y"},
    severity: "warning",
    vi: "\"Chi bo X\" không có trong bảng phân bổ (có phải: Chi bộ X, Chi bộ Y?). Số liệu vẫn được cộng vào tổng ở mục \"Tổ chức khác\"; nếu là cùng một tổ chức, hãy thêm bí danh.",
    en: "\"Chi bo X\" is not in the allocation table (did you mean: Chi bộ X, Chi bộ Y?). Its figures still count toward the total under \"others\"; if it is the same organisation, add an alias.",
  },
  {
    code: "SUBMISSION_UNKNOWN_ORGANIZATION",
    args: {"name": "Chi bo X", "suggestions": "", "suggestionList": ""},
    severity: "warning",
    vi: "\"Chi bo X\" không có trong bảng phân bổ. Số liệu vẫn được cộng vào tổng ở mục \"Tổ chức khác\"; nếu là cùng một tổ chức, hãy thêm bí danh.",
    en: "\"Chi bo X\" is not in the allocation table. Its figures still count toward the total under \"others\"; if it is the same organisation, add an alias.",
  },
  {
    code: "SUBMISSION_NAME_MISSING",
    args: {"period": "2025-04", "figures": "3 kết nạp", "figuresEn": "3 admitted"},
    severity: "error",
    vi: "Dòng có số liệu (tháng 4/2025: 3 kết nạp) nhưng không ghi tên tổ chức (không có tên): dòng này không được tính vào đâu. Hãy ghi tên tổ chức cơ sở đảng vào ô này.",
    en: "A row with figures (April 2025: 3 admitted) names no organisation (no name): it is counted nowhere. Write the organisation's name in this cell.",
  },
  {
    code: "SUBMISSION_NAME_MISSING",
    args: {"period": "tháng 13", "figures": "3 kết nạp", "figuresEn": "3 admitted"},
    severity: "error",
    vi: "Dòng có số liệu (tháng tháng 13: 3 kết nạp) nhưng không ghi tên tổ chức (không có tên): dòng này không được tính vào đâu. Hãy ghi tên tổ chức cơ sở đảng vào ô này.",
    en: "A row with figures (tháng 13: 3 admitted) names no organisation (no name): it is counted nowhere. Write the organisation's name in this cell.",
  },
  {
    code: "NAME_LOOKALIKE",
    args: {"name": "Chi bộ А", "scripts": "Latin, Cyrillic", "words": "А", "controls": ""},
    severity: "warning",
    vi: "Tên \"Chi bộ А\" trộn chữ của nhiều bảng chữ cái (Latin, Cyrillic, ở từ: А): trông giống một tên khác nhưng không phải. Hãy kiểm tra báo cáo này và gõ lại tên bằng bàn phím tiếng Việt.",
    en: "The name \"Chi bộ А\" mixes letters of several scripts (Latin, Cyrillic, in: А): it looks like another name but is not. Check this report and retype the name with a Vietnamese keyboard.",
  },
  {
    code: "NAME_LOOKALIKE",
    args: {"name": "Chi bộ А", "scripts": "Latin, Cyrillic", "words": "", "controls": "U+202E"},
    severity: "warning",
    vi: "Tên \"Chi bộ А\" trộn chữ của nhiều bảng chữ cái (Latin, Cyrillic) và chứa ký tự điều khiển hướng chữ vô hình (U+202E): trông giống một tên khác nhưng không phải. Hãy kiểm tra báo cáo này và gõ lại tên bằng bàn phím tiếng Việt.",
    en: "The name \"Chi bộ А\" mixes letters of several scripts (Latin, Cyrillic) and holds invisible text-direction controls (U+202E): it looks like another name but is not. Check this report and retype the name with a Vietnamese keyboard.",
  },
  {
    code: "NAME_LOOKALIKE",
    args: {"name": "Chi bộ", "scripts": "", "words": "", "controls": "U+202E"},
    severity: "warning",
    vi: "Tên \"Chi bộ\" chứa ký tự điều khiển hướng chữ vô hình (U+202E): trông giống một tên khác nhưng không phải. Hãy kiểm tra báo cáo này và gõ lại tên bằng bàn phím tiếng Việt.",
    en: "The name \"Chi bộ\" holds invisible text-direction controls (U+202E): it looks like another name but is not. Check this report and retype the name with a Vietnamese keyboard.",
  },
  {
    code: "STUDENTS_OUTSIDE_UPPER_SECONDARY",
    args: {"name": "Trường THCS", "period": "2025-06", "value": 2},
    severity: "warning",
    vi: "\"Trường THCS\" báo cáo 2 học sinh (tháng 6/2025) nhưng không phải trường THPT: vẫn được tính, hãy kiểm tra lại.",
    en: "\"Trường THCS\" reports 2 students (June 2025) but is not an upper-secondary school: counted, please check.",
  },
  {
    code: "CUMULATIVE_MISMATCH",
    args: {"name": "Chi bộ A", "period": "2025-11", "value": 37, "sum": 35},
    severity: "warning",
    vi: "\"Chi bộ A\" ghi lũy kế 37 đến tháng 11/2025, nhưng cộng các tháng được 35.",
    en: "\"Chi bộ A\" reports a running total of 37 through November 2025, but the months add up to 35.",
  },
  {
    code: "SUBMISSION_MISSING",
    args: {"name": "Chi bộ A", "period": "2025-07"},
    severity: "info",
    vi: "\"Chi bộ A\" chưa nộp báo cáo tháng 7/2025.",
    en: "\"Chi bộ A\" has not reported for July 2025.",
  },
  {
    code: "SUBMISSION_MISSING",
    args: {"name": "Chi bộ A", "period": "2025-08"},
    severity: "info",
    vi: "\"Chi bộ A\" chưa nộp báo cáo tháng 8/2025.",
    en: "\"Chi bộ A\" has not reported for August 2025.",
  },
  {
    code: "SUBMISSION_MISSING",
    args: {"name": "Chi bộ A", "period": "2025-09"},
    severity: "info",
    vi: "\"Chi bộ A\" chưa nộp báo cáo tháng 9/2025.",
    en: "\"Chi bộ A\" has not reported for September 2025.",
  },
  {
    code: "SUBMISSION_MISSING",
    args: {"name": "Chi bộ A", "period": "2025-10"},
    severity: "info",
    vi: "\"Chi bộ A\" chưa nộp báo cáo tháng 10/2025.",
    en: "\"Chi bộ A\" has not reported for October 2025.",
  },
];

function render(r: AnyRendering): { severity: Severity; vi: string; en: string } {
  // The union loses the code-to-args link; each row is typed by its own code above.
  const entry = REPORT_MESSAGES[r.code] as unknown as { severity: Severity; vi: (a: unknown) => string; en: (a: unknown) => string };
  return { severity: entry.severity, vi: entry.vi(r.args), en: entry.en(r.args) };
}

describe("monthly-report messages read exactly as written, in Vietnamese and English", () => {
  it.each(RENDERINGS.map((r, i) => [`${r.code} #${i}`, r] as const))("%s", (_label, r) => {
    expect(render(r)).toStrictEqual({ severity: r.severity, vi: r.vi, en: r.en });
  });

  it("covers every code of the catalogue", () => {
    expect([...new Set(RENDERINGS.map((r) => r.code))].sort()).toStrictEqual(Object.keys(REPORT_MESSAGES).sort());
  });
});

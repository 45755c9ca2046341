/**
 * Every `ptdv` command, its operand and its options, declared once. Parsing, the usage lines, the
 * help in both languages and the option types of each command's function all come from here: to
 * add an option, add one entry to the command's `options` (and read it from the typed argument of
 * the command's function); to add a command, add one `defineCommand` and list it in COMMANDS.
 */
import type { LocalizedText } from "../core";
import { LANG_OPTION, calendarDate, calendarMonth, commandLine, defineCommand, flag, oneOf, repeatable, required, text, wholeNumber, withDefault, year, type ArgsOf, type AnyCommand, type YearRange } from "./declare";

/** The years the engine reads dates in (src/core/register/dates.ts; test/cli/option-rules.test.ts ties the two). */
const DATE_YEARS: YearRange = { first: 1900, last: 2200 };

// ---- options shared by several commands (one wording everywhere) ----

const ALLOCATION = required(
  text({ vi: "TỆP", en: "FILE" }, { vi: "bảng phân bổ chỉ tiêu (.xlsx, .csv hoặc kế hoạch Word .docx)", en: "the quota allocation table (.xlsx, .csv or the Word plan, .docx)" }),
  { vi: "thiếu --allocation TỆP (bảng phân bổ chỉ tiêu)", en: "--allocation FILE is required" },
);
const SHEET = text({ vi: "TÊN", en: "NAME" }, { vi: "trang tính chứa bảng phân bổ (mặc định: trang đầu tiên có bảng)", en: "the sheet holding the allocation table (default: the first sheet with one)" });
const TARGET = wholeNumber({ vi: "N", en: "N" }, { vi: "chỉ tiêu kế hoạch \"từ N đảng viên trở lên\" để so sánh", en: "the plan target (\"N or more\") to compare with" });
const JSON_OUTPUT = flag({ vi: "in đúng một đối tượng JSON (cho các chương trình khác đọc)", en: "print exactly one JSON object (for scripts)" });
const ISSUER = text(
  { vi: "\"HUYỆN ỦY …/BAN TỔ CHỨC\"", en: "\"HUYỆN ỦY …/BAN TỔ CHỨC\"" },
  { vi: "cơ quan ban hành ở đầu văn bản, các dòng cách nhau bởi /", en: "the issuing body in the document heading, lines separated by /" },
);
const PLACE = text({ vi: "TÊN", en: "NAME" }, { vi: "địa danh ở dòng ngày tháng (\"Đơn Dương, ngày …\")", en: "the place in the date line (\"Đơn Dương, ngày …\")" });
const SUPERIOR = text({ vi: "\"TỈNH ỦY …\"", en: "\"TỈNH ỦY …\"" }, { vi: "cơ quan cấp trên, dòng trên cơ quan ban hành", en: "the superior body, the line above the issuing body" });
const DATE = calendarDate({ vi: "YYYY-MM-DD", en: "YYYY-MM-DD" }, { vi: "ngày của báo cáo (mặc định: ngày cuối của tháng báo cáo)", en: "the report's date (default: the last day of the reported month)" }, DATE_YEARS);
const SIGNER = text(
  { vi: "\"K/T TRƯỞNG BAN/PHÓ TRƯỞNG BAN/Họ tên\"", en: "\"K/T TRƯỞNG BAN/PHÓ TRƯỞNG BAN/Name\"" },
  { vi: "người ký: thẩm quyền (T/M, K/T, T/L) và chức danh, chức vụ, họ tên, cách nhau bởi /", en: "the signatory: authority (T/M, K/T, T/L) with what for, title, full name, separated by /" },
);
const SETTINGS = text({ vi: "TỆP.json", en: "FILE.json" }, { vi: "cài đặt văn bản (JSON, xem README); các tùy chọn trên ghi đè lên", en: "document settings (JSON, see the README); the options above override it" });

// ---- chi bộ (issue #12) and the register of new members (issue #14) ----

const BRANCH_MIN_MEMBERS = withDefault(
  wholeNumber({ vi: "N", en: "N" }, { vi: "chi bộ thôn, tổ dân phố, trường học đạt mục tiêu khi có từ N đảng viên trở lên (mặc định: 10)", en: "village, residential and school chi bộ meet the goal with N members or more (default: 10)" }),
  10,
);
const BRANCH_YEARS = withDefault(
  wholeNumber({ vi: "N", en: "N" }, { vi: "chi bộ N năm trở lên chưa kết nạp đảng viên được liệt kê (mặc định: 3)", en: "chi bộ with no admission for N years or more are listed (default: 3)" }, 1),
  3,
);
const BRANCH_SHEET = withDefault(
  oneOf(["auto", "always", "never"] as const, { vi: "auto|always|never", en: "auto|always|never" }, {
    vi: "trang \"Chi bộ\": theo loại tổ chức (đảng bộ có chi bộ trực thuộc), cho mọi tổ chức, hoặc không (mặc định: auto)",
    en: "the \"Chi bộ\" sheet: by kind of organisation (đảng bộ with chi bộ under it), for every organisation, or none (default: auto)",
  }),
  "auto" as const,
);
const OUT_XLSX = (what: LocalizedText): ReturnType<typeof text> => text({ vi: "TỆP.xlsx", en: "FILE.xlsx" }, what);
const FORCE_OUT = flag({
  vi: "ghi đè tệp --out đã có (mặc định: không ghi đè và dừng; không bao giờ ghi đè một tệp đầu vào)",
  en: "overwrite an existing --out file (default: overwrite nothing and stop; an input is never overwritten)",
});

const CHECK_LINE = commandLine({
  name: "check",
  summary: {
    vi: "Kiểm tra bảng phân bổ chỉ tiêu: tổng so với chỉ tiêu kế hoạch, chỉ tiêu học sinh, trùng tên, ô lỗi.",
    en: "Check an allocation table: total against the plan target, student quotas, duplicates, bad cells.",
  },
  operand: {
    name: "file",
    many: false,
    placeholder: { vi: "<tệp.xlsx|tệp.csv|tệp.docx>", en: "<file.xlsx|file.csv|file.docx>" },
    missing: { vi: "thiếu tên tệp cần kiểm tra", en: "which file? give the allocation table (.xlsx, .xls, .ods, .csv or a Word .docx)" },
    excess: (extra) => ({ vi: `chỉ kiểm tra một tệp mỗi lần; thừa "${extra}"`, en: `one file at a time; unexpected "${extra}"` }),
  },
  options: { sheet: SHEET, target: TARGET, json: JSON_OUTPUT, lang: LANG_OPTION, branchMinMembers: BRANCH_MIN_MEMBERS },
});
export type CheckArgs = ArgsOf<typeof CHECK_LINE>;
export const CHECK = defineCommand(CHECK_LINE, async () => (await import("./commands/check")).check);

const TEMPLATE_LINE = commandLine({
  name: "template",
  summary: { vi: "Tạo mẫu báo cáo tháng cho từng tổ chức cơ sở đảng.", en: "Write a monthly report template for each organisation." },
  operand: undefined,
  options: {
    allocation: ALLOCATION,
    sheet: SHEET,
    year: year({ vi: "NĂM", en: "YEAR" }, { vi: "năm báo cáo (mặc định: năm ghi ở tiêu đề bảng phân bổ)", en: "the report year (default: the year in the allocation's title)" }),
    outDir: required(text({ vi: "THƯ_MỤC", en: "DIR" }, { vi: "thư mục ghi các mẫu", en: "the folder the templates are written to" }), {
      vi: "thiếu --out-dir THƯ_MỤC (nơi ghi các mẫu)",
      en: "--out-dir DIR is required",
    }),
    force: flag({
      vi: "ghi đè các tệp mẫu đã có trong THƯ_MỤC (mặc định: không ghi đè, báo các tệp trùng tên và dừng)",
      en: "overwrite template files already in DIR (default: overwrite nothing, list the clashes and stop)",
    }),
    lang: LANG_OPTION,
    issuer: ISSUER,
    place: PLACE,
    branchSheet: BRANCH_SHEET,
    superior: SUPERIOR,
    settings: SETTINGS,
  },
});
export type TemplateArgs = ArgsOf<typeof TEMPLATE_LINE>;
const TEMPLATE = defineCommand(TEMPLATE_LINE, async () => (await import("./commands/template")).template);

const CONSOLIDATE_LINE = commandLine({
  name: "consolidate",
  summary: { vi: "Tổng hợp báo cáo các đơn vị gửi về.", en: "Consolidate the reports organisations sent back." },
  operand: {
    name: "inputs",
    many: true,
    placeholder: { vi: "ĐẦU_VÀO...", en: "INPUT..." },
    missing: { vi: "cần ít nhất một tệp hoặc thư mục báo cáo (ĐẦU_VÀO)", en: "give at least one INPUT file or folder" },
  },
  options: {
    allocation: ALLOCATION,
    sheet: SHEET,
    month: required(calendarMonth({ vi: "YYYY-MM", en: "YYYY-MM" }, { vi: "tháng tổng hợp (lũy kế từ tháng 1 đến hết tháng này)", en: "the month consolidated (cumulative from January)" }, DATE_YEARS), {
      vi: "thiếu --month YYYY-MM (tháng tổng hợp)",
      en: "--month YYYY-MM is required",
    }),
    target: TARGET,
    aliases: text({ vi: "TỆP", en: "FILE" }, { vi: "bảng bí danh đã xác nhận (\"Viết là\" | \"Tổ chức cơ sở đảng\")", en: "confirmed aliases (\"Viết là\" | \"Tổ chức cơ sở đảng\")" }),
    out: OUT_XLSX({ vi: "ghi biểu tổng hợp tiến độ ra tệp này", en: "write the progress workbook to this file" }),
    force: FORCE_OUT,
    docx: text({ vi: "TỆP.docx", en: "FILE.docx" }, { vi: "ghi báo cáo tháng dạng Word ra tệp này (cùng quy tắc ghi đè như --out)", en: "write the month's Word report to this file (same overwrite rules as --out)" }),
    json: JSON_OUTPUT,
    lang: LANG_OPTION,
    issuer: ISSUER,
    place: PLACE,
    superior: SUPERIOR,
    date: DATE,
    signer: SIGNER,
    settings: SETTINGS,
    branchMinMembers: BRANCH_MIN_MEMBERS,
    branchYears: BRANCH_YEARS,
    branchSheet: BRANCH_SHEET,
    period: text(
      { vi: "KỲ", en: "PERIOD" },
      {
        vi: "kỳ của Biểu 2-BTCTW: 2025 (năm), 2025-Q2, 2025-H1, 2025-05 (mặc định: tháng 1 đến tháng --month)",
        en: "Biểu 2-BTCTW's period: 2025 (year), 2025-Q2, 2025-H1, 2025-05 (default: January to the --month)",
      },
    ),
    previous: repeatable(
      { vi: "TỆP", en: "FILE" },
      { vi: "danh sách kết nạp năm trước (tệp hoặc thư mục; lặp lại cho nhiều tệp) cho cột Cùng kỳ năm trước", en: "last year's registers (file or folder; repeat for several) for the same-period-last-year column" },
    ),
    withRegister: flag({
      vi: "thêm trang \"Danh sách kết nạp (tổng hợp)\" có họ tên từng người (mặc định: biểu chỉ có số liệu)",
      en: "add the sheet \"Danh sách kết nạp (tổng hợp)\" naming each person (default: the workbook holds counts only)",
    }),
  },
});
export type ConsolidateArgs = ArgsOf<typeof CONSOLIDATE_LINE>;
const CONSOLIDATE = defineCommand(CONSOLIDATE_LINE, async () => (await import("./commands/consolidate")).consolidateCommand);

const PROBATION_LINE = commandLine({
  name: "probation",
  summary: {
    vi: "Đảng viên dự bị đến hạn xét công nhận chính thức (trong 60 ngày tới hoặc đã quá hạn), theo chi bộ.",
    en: "Probationary members due for recognition (within 60 days or overdue), by chi bộ.",
  },
  operand: {
    name: "inputs",
    many: true,
    placeholder: { vi: "ĐẦU_VÀO...", en: "INPUT..." },
    missing: { vi: "cần ít nhất một tệp hoặc thư mục có danh sách kết nạp (ĐẦU_VÀO)", en: "give at least one INPUT file or folder with registers" },
  },
  options: {
    allocation: ALLOCATION,
    sheet: SHEET,
    asOf: required(calendarDate({ vi: "YYYY-MM-DD", en: "YYYY-MM-DD" }, { vi: "ngày tính (ví dụ 2026-05-20)", en: "the date to count from (e.g. 2026-05-20)" }, DATE_YEARS), {
      vi: "thiếu --as-of YYYY-MM-DD (ngày tính)",
      en: "--as-of YYYY-MM-DD is required",
    }),
    json: JSON_OUTPUT,
    out: OUT_XLSX({ vi: "ghi trang \"Dự bị đến hạn\" ra tệp này", en: "write the sheet \"Dự bị đến hạn\" to this file" }),
    force: FORCE_OUT,
    lang: LANG_OPTION,
    issuer: ISSUER,
    place: PLACE,
  },
});
export type ProbationArgs = ArgsOf<typeof PROBATION_LINE>;
const PROBATION = defineCommand(PROBATION_LINE, async () => (await import("./commands/probation")).probationCommand);

/** In the order `ptdv --help` lists them. */
export const COMMANDS: readonly AnyCommand[] = [CHECK, TEMPLATE, CONSOLIDATE, PROBATION];

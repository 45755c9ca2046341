/**
 * What each allocation finding says. Codes are a public contract (CLI `--json`,
 * scripts): add new ones, never rename. Each code declares its arguments, so a
 * rule that passes a misspelt or missing one does not compile.
 */
import type { CellNames } from "../cell-naming";
import type { FindingArgs, FindingCatalogue } from "../findings";
import type { OrgKind } from "../names/kind";
import { formatNumber } from "../number-format";
import type { QuotaInvalidReason } from "./quota";

export type AllocationCode =
  | "TABLE_NOT_FOUND"
  | "SHEET_NOT_FOUND"
  | "NAME_MISSING"
  | "QUOTA_MISSING"
  | "QUOTA_INVALID"
  | "STUDENT_QUOTA_EXCEEDS_TOTAL"
  | "HS_QUOTA_MISSING"
  | "HS_QUOTA_NOT_ALLOWED"
  | "DUPLICATE_ORGANIZATION"
  | "STT_SEQUENCE"
  | "QUOTA_ZERO"
  | "QUOTA_STORED_AS_TEXT"
  | "TOTAL_ROW_MISMATCH"
  | "TOTAL_BELOW_TARGET"
  | "LEGACY_ENCODING"
  | "QUOTA_RANGE"
  | "QUOTA_GROUP_UNKNOWN"
  | "SUB_QUOTA_EXCEEDS_TOTAL"
  | "NAME_LOOKALIKE";

/** The organisation a row finding is about, and the cell it points at. */
type RowArgs = { readonly name: string; readonly row: number; readonly cell: string };
type QuotaArgs = RowArgs & { readonly quota: number; readonly studentQuota: number };

export type AllocationArgs = {
  readonly TABLE_NOT_FOUND: { readonly sheets: string; readonly count: number };
  readonly SHEET_NOT_FOUND: { readonly sheet: string; readonly available: string };
  readonly NAME_MISSING: { readonly row: number; readonly cell: string };
  readonly QUOTA_MISSING: RowArgs;
  readonly QUOTA_INVALID: RowArgs & { readonly value: string; readonly reason: QuotaInvalidReason };
  readonly STUDENT_QUOTA_EXCEEDS_TOTAL: QuotaArgs;
  readonly HS_QUOTA_MISSING: QuotaArgs;
  readonly HS_QUOTA_NOT_ALLOWED: QuotaArgs & { readonly kind: OrgKind };
  readonly DUPLICATE_ORGANIZATION: RowArgs & { readonly firstRow: number };
  readonly STT_SEQUENCE: RowArgs & { readonly expected: number; readonly problem: "missing" | "notNumber" | "repeat" | "gap"; readonly stt: string };
  readonly QUOTA_ZERO: QuotaArgs;
  readonly QUOTA_STORED_AS_TEXT: QuotaArgs & { readonly value: string };
  readonly TOTAL_ROW_MISMATCH: {
    readonly cell: string;
    readonly written: string;
    readonly computed: number;
    /** Sum of the ceilings; equal to computed when no cell is a range. */
    readonly computedMax: number;
    readonly textCells: number;
    readonly excludedCells: number;
    readonly totalKind: "formula" | "constant";
    /** 1 when the formula's result is exactly the SUM that skips text cells. */
    readonly sumSkippedText: number;
    readonly formula?: string;
    /** The upper-secondary students (HS) the total states, 0 when it states none: a total without them claims nothing about them. */
    readonly writtenStudents: number;
    readonly computedStudents: number;
    /** 1 when the total's quota is right (every quota cell read) and only its student count is not. */
    readonly onlyStudents: number;
  };
  readonly TOTAL_BELOW_TARGET: { readonly cell: string; readonly total: number; readonly target: number; readonly missing: number };
  readonly LEGACY_ENCODING: { readonly cell: string; readonly encoding: string; readonly count: number };
  /** `scripts` like "Latin, Cyrillic" (empty when only controls were found); `controls` like "U+202E". */
  readonly NAME_LOOKALIKE: RowArgs & { readonly scripts: string; readonly words: string; readonly controls: string };
  readonly QUOTA_RANGE: { readonly cell: string; readonly count: number; readonly floor: number; readonly ceiling: number };
  readonly QUOTA_GROUP_UNKNOWN: RowArgs & { readonly label: string; readonly value: string };
  readonly SUB_QUOTA_EXCEEDS_TOTAL: RowArgs & { readonly quota: number; readonly group: string; readonly count: number };
};

/**
 * An argument as text. Text is returned as it is, not passed through String(): the messages of a
 * 10,000-row table's 8,000 findings read about 80,000 arguments, nearly all text, and the call cost
 * 46 M of 3,525 M instructions (about 6 ms) of its check (issue #16).
 */
const s = (args: FindingArgs, key: string): string => {
  const value = args[key];
  // Stryker disable next-line ConditionalExpression: only a shortcut; String() returns text unchanged
  return typeof value === "string" ? value : String(value ?? "");
};
const n = (args: FindingArgs, key: string): number => Number(args[key] ?? 0);
/** A count or total as the language writes it: 1.950 in Vietnamese, 1,950 in English. */
const vn = (args: FindingArgs, key: string): string => formatNumber(n(args, key), "vi");
const en = (args: FindingArgs, key: string): string => formatNumber(n(args, key), "en");
/** A figure as the sheet shows it, but a bare `1905` in the language's grouping (1.905 / 1,905); `09` stays `09`. */
const shown = (args: FindingArgs, key: string, lang: "vi" | "en"): string => {
  const text = s(args, key);
  return /^[1-9]\d{3,}$/.test(text) ? formatNumber(Number(text), lang) : text;
};

/** What follows the quoted value: `"mười" không phải là số`, `"-1" là số âm`. */
const INVALID_REASON_VI: Readonly<Record<string, string>> = {
  notANumber: "không phải là số",
  negative: "là số âm",
  fraction: "không phải là số nguyên",
  errorValue: "là lỗi công thức",
  tooLarge: "là số quá lớn, có thể do nhập nhầm",
  uncalculated: "là công thức chưa có kết quả được lưu (tệp do chương trình khác tạo ra và chưa được mở bằng Excel)",
  rangeReversed: "là khoảng có số đầu lớn hơn số cuối",
};
const INVALID_REASON_EN: Readonly<Record<string, string>> = {
  notANumber: "is not a number",
  negative: "is a negative number",
  fraction: "is not a whole number",
  errorValue: "is a formula error",
  tooLarge: "is implausibly large, probably a typo",
  uncalculated: "is a formula without a saved result (the file was written by another program and never opened in Excel)",
  rangeReversed: "is a range whose first number is larger than its last",
};

function invalidAdviceVi(a: FindingArgs): string {
  return s(a, "reason") === "uncalculated"
    ? "Hãy mở tệp bằng Excel rồi lưu lại để công thức được tính, hoặc nhập thẳng con số."
    : "Hãy nhập một số nguyên không âm, ví dụ 03; có thể ghi sàn \"từ 06\", khoảng \"01-02\", hoặc kèm chỉ tiêu theo đối tượng như 03 (01 HS), 08 (01 DQTV, 01 DBĐV).";
}

function invalidAdviceEn(a: FindingArgs): string {
  return s(a, "reason") === "uncalculated"
    ? "Open the file in Excel and save it so the formula is calculated, or type the number itself."
    : "Enter a whole number of 0 or more, e.g. 03; a floor \"từ 06\", a range \"01-02\", or groups such as 03 (01 HS), 08 (01 DQTV, 01 DBĐV) also read.";
}

/** The encoding as each language names it: the English message says "font", not "phông". */
const ENCODING_NAME_VI: Readonly<Record<string, string>> = { tcvn3: "TCVN3 (ABC, phông .VnTime)", vni: "VNI (phông VNI-Times)", viscii: "VISCII" };
const ENCODING_NAME_EN: Readonly<Record<string, string>> = { tcvn3: "TCVN3 (ABC, .VnTime fonts)", vni: "VNI (VNI-Times font)", viscii: "VISCII" };

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The organisation a finding is about: its quoted name, or its row when the name cell is blank. */
function whoVi(a: FindingArgs): string {
  return s(a, "name") === "" ? `dòng ${s(a, "row")}` : `"${s(a, "name")}"`;
}

function whoEn(a: FindingArgs): string {
  return s(a, "name") === "" ? `row ${s(a, "row")}` : `"${s(a, "name")}"`;
}

/** `dòng 8 ("Đảng bộ xã Ka Đô")`, or just `dòng 8` for an unnamed row. */
function rowOfVi(a: FindingArgs): string {
  return s(a, "name") === "" ? `dòng ${s(a, "row")}` : `dòng ${s(a, "row")} ("${s(a, "name")}")`;
}

function rowOfEn(a: FindingArgs): string {
  return s(a, "name") === "" ? `row ${s(a, "row")}` : `row ${s(a, "row")} ("${s(a, "name")}")`;
}

function sheetsVi(a: FindingArgs, names: CellNames): string {
  const count = n(a, "count");
  // No grid at all: a Word document without a table (a workbook always has a sheet).
  if (count === 0) return "trong tệp (tệp không có trang tính hay bảng nào)";
  const grid = names.grids === "tables" ? "bảng" : "trang tính";
  return count === 1 ? `trong ${grid} ${s(a, "sheets")}` : `trong các ${grid} ${s(a, "sheets")}`;
}

function sheetsEn(a: FindingArgs, names: CellNames): string {
  const count = n(a, "count");
  if (count === 0) return "(the file has no sheet or table)";
  const grid = names.grids === "tables" ? "in table" : "on sheet";
  return count === 1 ? `${grid} ${s(a, "sheets")}` : `${grid}s ${s(a, "sheets")}`;
}

function sttProblemVi(a: FindingArgs): string {
  switch (s(a, "problem")) {
    case "missing":
      return `${capitalize(rowOfVi(a))} chưa có số thứ tự; số tiếp theo phải là ${s(a, "expected")}.`;
    case "notNumber":
      return `Số thứ tự "${s(a, "stt")}" ở ${rowOfVi(a)} không phải là số; số tiếp theo phải là ${s(a, "expected")}.`;
    case "repeat":
      return `Số thứ tự ${s(a, "stt")} ở ${rowOfVi(a)} bị trùng; số tiếp theo phải là ${s(a, "expected")}. Hãy kiểm tra xem có dòng nào bị chép hai lần không.`;
    default:
      return `Số thứ tự ${s(a, "stt")} ở ${rowOfVi(a)} không liên tục: đáng lẽ là ${s(a, "expected")}. Hãy kiểm tra xem có tổ chức nào bị sót hoặc bị xóa không.`;
  }
}

function sttProblemEn(a: FindingArgs): string {
  switch (s(a, "problem")) {
    case "missing":
      return `${capitalize(rowOfEn(a))} has no sequence number; the next one should be ${s(a, "expected")}.`;
    case "notNumber":
      return `Sequence number "${s(a, "stt")}" on ${rowOfEn(a)} is not a number; the next one should be ${s(a, "expected")}.`;
    case "repeat":
      return `Sequence number ${s(a, "stt")} on ${rowOfEn(a)} is repeated; the next one should be ${s(a, "expected")}. Check for a row copied twice.`;
    default:
      return `Sequence number ${s(a, "stt")} on ${rowOfEn(a)} breaks the sequence: expected ${s(a, "expected")}. Check whether an organisation was left out or deleted.`;
  }
}

/**
 * Why the sheet's total disagrees, told as it is: a SUM formula skips text cells
 * (and only then is converting them the fix), a typed figure is simply wrong, and
 * the computed total itself leaves out blank or unreadable quota cells.
 */
/** The total states a student (HS) count that the rows' HS quotas do not add up to. */
const studentsDiffer = (a: FindingArgs): boolean => n(a, "writtenStudents") > 0 && n(a, "writtenStudents") !== n(a, "computedStudents");

function totalMismatchVi(a: FindingArgs, names: CellNames): string {
  if (n(a, "onlyStudents") === 1) {
    const fix =
      n(a, "computedStudents") === 0
        ? "Không tổ chức nào có chỉ tiêu HS: hãy bỏ phần HS trong ô tổng, hoặc kiểm tra lại chỉ tiêu HS ở các dòng tổ chức."
        : `Hãy sửa số HS ở ô tổng thành ${vn(a, "computedStudents")}, hoặc kiểm tra lại chỉ tiêu HS ở các dòng tổ chức.`;
    return (
      `Dòng tổng của bảng (${names.vi(s(a, "cell"))}) ghi ${shown(a, "written", "vi")}: tổng chỉ tiêu đúng bằng tổng của các tổ chức, nhưng số học sinh (HS) ghi ${vn(a, "writtenStudents")}, ` +
      `còn cộng chỉ tiêu HS của các tổ chức được ${vn(a, "computedStudents")}. ${fix}`
    );
  }
  const excluded = n(a, "excludedCells");
  const range = n(a, "computedMax") > n(a, "computed") ? ` (từ ${vn(a, "computed")} đến ${vn(a, "computedMax")} nếu tính cả mức trên của các chỉ tiêu ghi dạng khoảng)` : "";
  const parts = [`Dòng tổng của bảng (${names.vi(s(a, "cell"))}) ghi ${shown(a, "written", "vi")}, nhưng cộng chỉ tiêu của các tổ chức được ${vn(a, "computed")}${range}.`];
  if (excluded > 0) {
    parts.push(`Con số ${vn(a, "computed")} chưa tính ${excluded} ô chỉ tiêu để trống hoặc không đọc được; hãy sửa các ô đó trước, tổng sẽ thay đổi.`);
  }
  // Written whole where the pupils are wrong too: typed as "8" alone, the total would lose its HS part.
  const right = excluded > 0 ? "tổng đúng" : studentsDiffer(a) && n(a, "computedStudents") > 0 ? `${vn(a, "computed")} (${vn(a, "computedStudents")} HS)` : vn(a, "computed");
  if (s(a, "totalKind") !== "formula") {
    parts.push(
      excluded > 0
        ? "Ô tổng là số nhập tay, không phải công thức; hãy sửa lại con số này sau khi đã sửa các ô chỉ tiêu nói trên."
        : `Ô tổng là số nhập tay, không phải công thức; hãy sửa thành ${right}.`,
    );
  } else if (n(a, "textCells") > 0) {
    parts.push(
      `Ô tổng dùng công thức ${s(a, "formula")}, mà hàm SUM bỏ qua ${s(a, "textCells")} ô chỉ tiêu lưu dạng văn bản (như "03" hay "03 (01 HS)"). ` +
        `Hãy chuyển các ô chỉ ghi số sang dạng số với định dạng 00; nếu còn ô dạng "03 (01 HS)" (SUM không cộng được), hãy ghi ${right} vào ô tổng thay cho công thức.`,
    );
    if (n(a, "sumSkippedText") === 0) parts.push("Ngoài ra, hãy kiểm tra vùng cộng của công thức có bao đủ các dòng tổ chức không.");
  } else {
    parts.push(`Ô tổng dùng công thức ${s(a, "formula")}; hãy kiểm tra vùng cộng của công thức có bao đủ các dòng tổ chức không.`);
  }
  if (studentsDiffer(a)) parts.push(`Số học sinh (HS) ở dòng tổng cũng không khớp: ghi ${vn(a, "writtenStudents")}, cộng được ${vn(a, "computedStudents")}.`);
  return parts.join(" ");
}

function totalMismatchEn(a: FindingArgs, names: CellNames): string {
  if (n(a, "onlyStudents") === 1) {
    const fix =
      n(a, "computedStudents") === 0
        ? "No organisation has an HS quota: remove the HS part from the total, or check the HS quotas in the organisation rows."
        : `Correct the HS figure in the total to ${en(a, "computedStudents")}, or check the HS quotas in the organisation rows.`;
    return (
      `The table's total row (${names.en(s(a, "cell"))}) says ${shown(a, "written", "en")}: its quota equals the organisations' total, but it counts ${en(a, "writtenStudents")} upper-secondary pupils (HS) ` +
      `where the organisations' HS quotas add up to ${en(a, "computedStudents")}. ${fix}`
    );
  }
  const excluded = n(a, "excludedCells");
  const range = n(a, "computedMax") > n(a, "computed") ? ` (${en(a, "computedMax")} counting the upper ends of the ranges)` : "";
  const parts = [`The table's total row (${names.en(s(a, "cell"))}) says ${shown(a, "written", "en")}, but the organisations' quotas add up to ${en(a, "computed")}${range}.`];
  if (excluded > 0) {
    parts.push(`That sum leaves out ${excluded} quota cell${excluded === 1 ? "" : "s"} that ${excluded === 1 ? "is" : "are"} blank or unreadable; fix ${excluded === 1 ? "it" : "them"} first, and the total will change.`);
  }
  const right = excluded > 0 ? "the correct total" : studentsDiffer(a) && n(a, "computedStudents") > 0 ? `${en(a, "computed")} (${en(a, "computedStudents")} HS)` : en(a, "computed");
  if (s(a, "totalKind") !== "formula") {
    parts.push(
      excluded > 0
        ? "The total is a typed figure, not a formula; correct it once those quota cells are fixed."
        : `The total is a typed figure, not a formula; correct it to ${right}.`,
    );
  } else if (n(a, "textCells") > 0) {
    parts.push(
      `The total is the formula ${s(a, "formula")}, and Excel's SUM skips the ${s(a, "textCells")} quota cells stored as text (like "03" or "03 (01 HS)"). ` +
        `Convert the cells holding only a number to numbers with format 00; if cells like "03 (01 HS)" remain (SUM cannot add them), write ${right} in the total cell instead of the formula.`,
    );
    if (n(a, "sumSkippedText") === 0) parts.push("Also check that the formula's range covers every organisation row.");
  } else {
    parts.push(`The total is the formula ${s(a, "formula")}; check that its range covers every organisation row.`);
  }
  if (studentsDiffer(a)) parts.push(`Its pupil (HS) count does not match either: ${en(a, "writtenStudents")} written, ${en(a, "computedStudents")} added up.`);
  return parts.join(" ");
}

export const ALLOCATION_MESSAGES: FindingCatalogue<AllocationCode, AllocationArgs> = {
  TABLE_NOT_FOUND: {
    severity: "error",
    vi: (a, names) =>
      `Không tìm thấy bảng phân bổ chỉ tiêu ${sheetsVi(a, names)}. Bảng cần có một dòng tiêu đề gồm cột tên tổ chức ("TCCSĐ", "Tổ chức cơ sở đảng", "Chi bộ" hoặc "Đơn vị") và cột "CHỈ TIÊU" (hoặc "Giao chỉ tiêu", "Số lượng"); hãy kiểm tra lại tên các cột hoặc chọn đúng ${names.grids === "tables" ? "bảng" : "trang tính"}.`,
    en: (a, names) =>
      `No allocation table found ${sheetsEn(a, names)}. The table needs a header row with an organisation column ("TCCSĐ", "Tổ chức cơ sở đảng", "Chi bộ" or "Đơn vị") and a "CHỈ TIÊU" column (or "Giao chỉ tiêu", "Số lượng"); check the column titles or pick the right ${names.grids === "tables" ? "table" : "sheet"}.`,
  },
  SHEET_NOT_FOUND: {
    severity: "error",
    vi: (a, names) =>
      names.grids === "tables"
        ? `Tài liệu không có bảng "${s(a, "sheet")}". Các bảng hiện có: ${s(a, "available")}.`
        : `Tệp không có trang tính "${s(a, "sheet")}". Các trang tính hiện có: ${s(a, "available")}.`,
    en: (a, names) =>
      names.grids === "tables"
        ? `There is no table named "${s(a, "sheet")}" in the document. Tables present: ${s(a, "available")}.`
        : `There is no sheet named "${s(a, "sheet")}" in the file. Sheets present: ${s(a, "available")}.`,
  },
  NAME_MISSING: {
    severity: "error",
    vi: (a, names) => `Dòng ${s(a, "row")} có số liệu nhưng chưa có tên tổ chức cơ sở đảng (${names.vi(s(a, "cell"))}). Hãy nhập tên tổ chức hoặc xóa dòng này.`,
    en: (a, names) => `Row ${s(a, "row")} has figures but no organisation name (${names.en(s(a, "cell"))}). Enter the organisation's name or delete the row.`,
  },
  QUOTA_MISSING: {
    severity: "error",
    vi: (a, names) =>
      `${capitalize(whoVi(a))} chưa có chỉ tiêu (${names.vi(s(a, "cell"))} để trống). Hãy nhập số đảng viên cần kết nạp, ví dụ 03, hoặc nhập 0 nếu không giao chỉ tiêu.`,
    en: (a, names) => `${capitalize(whoEn(a))} has no quota (${names.en(s(a, "cell"))} is blank). Enter the number of members to admit, e.g. 03, or 0 if none is assigned.`,
  },
  QUOTA_INVALID: {
    severity: "error",
    vi: (a, names) =>
      `Không đọc được chỉ tiêu của ${whoVi(a)} (${names.vi(s(a, "cell"))}): "${s(a, "value")}" ${INVALID_REASON_VI[s(a, "reason")] ?? "không phải là giá trị hợp lệ"}. ${invalidAdviceVi(a)}`,
    en: (a, names) =>
      `The quota of ${whoEn(a)} (${names.en(s(a, "cell"))}) cannot be read: "${s(a, "value")}" ${INVALID_REASON_EN[s(a, "reason")] ?? "is not a valid value"}. ${invalidAdviceEn(a)}`,
  },
  STUDENT_QUOTA_EXCEEDS_TOTAL: {
    severity: "error",
    vi: (a, names) =>
      `${capitalize(whoVi(a))}: chỉ tiêu học sinh (${vn(a, "studentQuota")}) lớn hơn tổng chỉ tiêu (${vn(a, "quota")}). Số học sinh đã nằm trong tổng: 03 (01 HS) nghĩa là 3 đảng viên, trong đó có 1 học sinh. Hãy sửa ${names.vi(s(a, "cell"))}.`,
    en: (a, names) =>
      `${capitalize(whoEn(a))}: the student quota (${en(a, "studentQuota")}) exceeds the total quota (${en(a, "quota")}). Students are part of the total: 03 (01 HS) means 3 members, 1 of them a student. Fix ${names.en(s(a, "cell"))}.`,
  },
  HS_QUOTA_MISSING: {
    severity: "error",
    vi: (a, names) =>
      `${capitalize(whoVi(a))} là trường có cấp THPT nhưng chưa được giao chỉ tiêu kết nạp học sinh. Hãy ghi ${names.vi(s(a, "cell"))} theo dạng 03 (01 HS): tổng chỉ tiêu, số học sinh ghi trong ngoặc.`,
    en: (a, names) =>
      `${capitalize(whoEn(a))} teaches upper-secondary (THPT) classes but has no student quota. Write ${names.en(s(a, "cell"))} as 03 (01 HS): the total, with the number of students in brackets.`,
  },
  HS_QUOTA_NOT_ALLOWED: {
    severity: "error",
    vi: (a, names) =>
      `${capitalize(whoVi(a))} không phải trường THPT hay trung tâm GDTX nhưng được giao chỉ tiêu ${vn(a, "studentQuota")} học sinh (${names.vi(s(a, "cell"))}). Chỉ tiêu học sinh chỉ dành cho trường có cấp THPT và trung tâm GDTX, GDNN-GDTX; học sinh THCS chưa đủ 18 tuổi nên chưa thể kết nạp. Hãy bỏ phần "(… HS)", hoặc ghi rõ "THPT" trong tên nếu đây là trường THPT.`,
    en: (a, names) =>
      `${capitalize(whoEn(a))} is neither an upper-secondary (THPT) school nor a GDTX centre but has a student quota of ${en(a, "studentQuota")} (${names.en(s(a, "cell"))}). Student quotas belong to schools teaching THPT classes and GDTX / GDNN-GDTX centres; lower-secondary pupils are under 18 and cannot be admitted. Remove the "(… HS)" part, or write "THPT" in the name if it is one.`,
  },
  DUPLICATE_ORGANIZATION: {
    severity: "error",
    vi: (a) =>
      `"${s(a, "name")}" xuất hiện hai lần, ở dòng ${s(a, "firstRow")} và dòng ${s(a, "row")}. Chỉ tiêu sẽ bị tính hai lần; hãy gộp thành một dòng hoặc xóa dòng thừa.`,
    en: (a) =>
      `"${s(a, "name")}" appears twice: rows ${s(a, "firstRow")} and ${s(a, "row")}. Its quota would be counted twice; merge the rows or delete the extra one.`,
  },
  STT_SEQUENCE: { severity: "warning", vi: sttProblemVi, en: sttProblemEn },
  QUOTA_ZERO: {
    severity: "warning",
    vi: (a, names) =>
      `${capitalize(whoVi(a))} có chỉ tiêu bằng 0 (${names.vi(s(a, "cell"))}). Nếu tổ chức này có nguồn kết nạp, hãy giao chỉ tiêu; nếu đúng là 0 thì có thể bỏ qua cảnh báo này.`,
    en: (a, names) =>
      `${capitalize(whoEn(a))} has a quota of 0 (${names.en(s(a, "cell"))}). If the organisation has candidates, assign a quota; if 0 is intended, ignore this warning.`,
  },
  QUOTA_STORED_AS_TEXT: {
    severity: "info",
    vi: (a, names) =>
      `Chỉ tiêu của ${whoVi(a)} (${names.vi(s(a, "cell"))}, "${s(a, "value")}") đang được lưu dưới dạng văn bản: PTĐV vẫn đọc đúng, nhưng hàm SUM của Excel bỏ qua ô này nên tổng tính bằng SUM sẽ bị thiếu. Để SUM cộng đúng, hãy chuyển ô này sang dạng số với định dạng 00 (vẫn hiển thị ${s(a, "value")}).`,
    en: (a, names) =>
      `The quota of ${whoEn(a)} (${names.en(s(a, "cell"))}, "${s(a, "value")}") is stored as text: PTĐV reads it, but Excel's SUM skips it, so a SUM total comes out short. For SUM to count it, make it a number with format 00 (it still shows ${s(a, "value")}).`,
  },
  TOTAL_ROW_MISMATCH: { severity: "error", vi: totalMismatchVi, en: totalMismatchEn },
  TOTAL_BELOW_TARGET: {
    severity: "error",
    vi: (a) =>
      `Tổng chỉ tiêu đã phân bổ là ${vn(a, "total")}, thấp hơn mục tiêu kết nạp từ ${vn(a, "target")} đảng viên trở lên (còn thiếu ${vn(a, "missing")}). Hãy tăng chỉ tiêu cho một số tổ chức để tổng đạt ít nhất ${vn(a, "target")}.`,
    en: (a) =>
      `The allocated quotas total ${en(a, "total")}, below the target of at least ${en(a, "target")} new members (${en(a, "missing")} short). Raise some organisations' quotas so the total reaches at least ${en(a, "target")}.`,
  },
  NAME_LOOKALIKE: {
    severity: "warning",
    vi: (a, names) =>
      `Tên ở ${names.vi(a.cell)} ("${a.name}") ${a.scripts === "" ? "" : `trộn chữ của nhiều bảng chữ cái (${a.scripts}${a.words === "" ? "" : `, ở từ: ${a.words}`})`}${a.scripts !== "" && a.controls !== "" ? " và " : ""}${a.controls === "" ? "" : `chứa ký tự điều khiển hướng chữ vô hình (${a.controls})`}: trông giống một tên khác nên báo cáo sẽ không khớp. Hãy gõ lại tên bằng bàn phím tiếng Việt.`,
    en: (a, names) =>
      `The name in ${names.en(a.cell)} ("${a.name}") ${a.scripts === "" ? "" : `mixes letters of several scripts (${a.scripts}${a.words === "" ? "" : `, in: ${a.words}`})`}${a.scripts !== "" && a.controls !== "" ? " and " : ""}${a.controls === "" ? "" : `holds invisible text-direction controls (${a.controls})`}: it looks like another name, so reports will not match it. Retype the name with a Vietnamese keyboard.`,
  },
  LEGACY_ENCODING: {
    severity: "warning",
    vi: (a) =>
      `Bảng được gõ bằng bảng mã cũ ${ENCODING_NAME_VI[s(a, "encoding")] ?? s(a, "encoding")}; PTĐV đã tự chuyển ${vn(a, "count")} ô sang Unicode để kiểm tra. Nên chuyển cả tệp sang Unicode (ví dụ bằng công cụ chuyển mã của UniKey) để tên tổ chức khớp đúng khi tổng hợp báo cáo.`,
    en: (a) =>
      `The table is typed in the legacy ${ENCODING_NAME_EN[s(a, "encoding")] ?? s(a, "encoding")} encoding; PTĐV converted ${en(a, "count")} cell${n(a, "count") === 1 ? "" : "s"} to Unicode for this check. Convert the whole file to Unicode (e.g. with UniKey's converter) so names match when reports are consolidated.`,
  },
  QUOTA_RANGE: {
    severity: "info",
    vi: (a, names) =>
      `${vn(a, "count")} ô chỉ tiêu ghi dạng khoảng (như "01-02"), đầu tiên là ${names.vi(s(a, "cell"))}. PTĐV tính mức dưới của mỗi khoảng vào tổng (${vn(a, "floor")}); nếu tính mức trên thì tổng là ${vn(a, "ceiling")}. Mục tiêu "từ N trở lên" được so với mức dưới.`,
    en: (a, names) =>
      `${en(a, "count")} quota cell${n(a, "count") === 1 ? " is" : "s are"} written as a range (like "01-02"), the first in ${names.en(s(a, "cell"))}. PTĐV counts the lower end of each range toward the total (${en(a, "floor")}); with the upper ends it would be ${en(a, "ceiling")}. The "at least N" target is compared with the lower total.`,
  },
  QUOTA_GROUP_UNKNOWN: {
    severity: "warning",
    vi: (a, names) =>
      `Chỉ tiêu của ${whoVi(a)} (${names.vi(s(a, "cell"))}, "${s(a, "value")}") có nhóm "${s(a, "label")}" mà PTĐV không biết. Tổng chỉ tiêu vẫn được tính; các nhóm được đọc là HS (học sinh), SV (sinh viên), DQTV (dân quân tự vệ), DBĐV (dự bị động viên), QNXN (quân nhân xuất ngũ), DNNN (doanh nghiệp ngoài khu vực nhà nước). Hãy kiểm tra lại cách ghi.`,
    en: (a, names) =>
      `The quota of ${whoEn(a)} (${names.en(s(a, "cell"))}, "${s(a, "value")}") names a group "${s(a, "label")}" that PTĐV does not know. The quota still counts; the groups read are HS (pupils), SV (students), DQTV (militia), DBĐV (reserve), QNXN (discharged soldiers), DNNN (non-state enterprises). Check how it is written.`,
  },
  SUB_QUOTA_EXCEEDS_TOTAL: {
    severity: "error",
    vi: (a, names) =>
      `${capitalize(whoVi(a))}: chỉ tiêu nhóm ${s(a, "group")} (${vn(a, "count")}) lớn hơn tổng chỉ tiêu (${vn(a, "quota")}). Số trong ngoặc đã nằm trong tổng: 08 (03 SV) nghĩa là 8 đảng viên, trong đó có 3 sinh viên. Hãy sửa ${names.vi(s(a, "cell"))}.`,
    en: (a, names) =>
      `${capitalize(whoEn(a))}: the ${s(a, "group")} quota (${en(a, "count")}) exceeds the total quota (${en(a, "quota")}). Groups are part of the total: 08 (03 SV) means 8 members, 3 of them students. Fix ${names.en(s(a, "cell"))}.`,
  },
};

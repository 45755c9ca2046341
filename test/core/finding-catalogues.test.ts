/**
 * Every code of every finding catalogue, rendered in both languages with
 * distinctive arguments. A message that loses a placeholder, a branch that says
 * the wrong thing, an English text that slips into Vietnamese (or back), a
 * number written the English way in Vietnamese, or a severity that changes
 * without anyone deciding so fails here. A code added to a catalogue without a
 * row here fails too: the rows are typed by the catalogue's own argument types,
 * and each catalogue is compared key for key with its table.
 */
import { ALLOCATION_MESSAGES, type AllocationArgs, type AllocationCode } from "../../src/core/allocation/messages";
import { formatCellList, groupFindings } from "../../src/core/allocation/group-findings";
import { BRANCH_MESSAGES, type BranchArgs, type BranchCode } from "../../src/core/branches/messages";
import { SETTINGS_MESSAGES, type SettingsArgs, type SettingsCode } from "../../src/core/documents/messages";
import { FILE_PROBLEMS, fileProblem, formatBytes, type FileProblemArgs, type FileProblemCode } from "../../src/core/file-problems";
import { findingMaker, makeFinding, type ArgsByCode, type Finding, type FindingCatalogue, type FindingLocation, type Severity } from "../../src/core/findings";
import { ALIAS_MESSAGES, type AliasArgs, type AliasCode } from "../../src/core/names/messages";
import { REGISTER_MESSAGES, type RegisterCode } from "../../src/core/register/messages";
import { REPORT_MESSAGES, shownName, type ReportArgs, type ReportCode } from "../../src/core/reports/messages";

/** The register's argument table is private to its module; the catalogue's own type recovers it. */
type RegisterArgs = typeof REGISTER_MESSAGES extends FindingCatalogue<RegisterCode, infer A> ? A : never;

/** One rendering of a code and what each language must (and must not) say. */
interface Case<A> {
  readonly args: A;
  /** Fragments the Vietnamese text must contain: the argument values where the catalogue promises them, with the words around them. */
  readonly vi: readonly string[];
  readonly en: readonly string[];
  /** Fragments of a branch not taken, or a number left unformatted. */
  readonly notVi?: readonly string[];
  readonly notEn?: readonly string[];
}

/** Severity pinned per code: changing one is a decision, made here as well. */
interface Row<A> {
  readonly severity: Severity;
  readonly cases: readonly [Case<A>, ...Case<A>[]];
}

type Rows<C extends string, A extends ArgsByCode<C>> = { readonly [K in C]: Row<A[K]> };

/** Letters that only Vietnamese writes (lower and upper case): an English message has none of its own. */
const VI_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;

/**
 * Vietnamese an English message quotes on purpose: the product's name, column
 * and sheet titles the user must type or find, group codes, the quota syntax.
 */
const QUOTED_IN_ENGLISH = [
  "Tổ chức cơ sở đảng",
  "Nhật ký báo cáo",
  "Giao chỉ tiêu",
  "CHỈ TIÊU",
  "Số lượng",
  "Kết nạp",
  "Viết là",
  "Đơn vị",
  "Chi bộ",
  "chi bộ",
  "Tháng",
  "từ 06",
  "TCCSĐ",
  "PTĐV",
  "DBĐV",
];

const ORG = "Đảng bộ xã Ka Đô";
const BRANCH = "Chi bộ Thôn 7";
const SCHOOL = "Trường THPT Lê Lợi";
const ROW = 37;
const CELL = "C37";
const HERE: FindingLocation = { file: "phan-bo-2026.xlsx", sheet: "Phân bổ", cell: CELL };

function without(text: string, parts: readonly string[]): string {
  return [...parts].filter((p) => p !== "").sort((a, b) => b.length - a.length).reduce((t, p) => t.split(p).join(" "), text);
}

function argTexts(args: object): string[] {
  return Object.values(args).map((v) => String(v));
}

/** What every message is, whatever its code: a whole sentence in its own language. */
function expectWellFormed(text: string): void {
  expect(text.trim()).toBe(text);
  expect(text.length).toBeGreaterThan(20);
  expect(text).not.toMatch(/undefined|NaN|\[object|null/);
  // No doubled space and no space before punctuation (a dropped word leaves one); ".xlsx" is a name, not a full stop.
  expect(text).not.toMatch(/ {2}| [,;:]| \.(?![\p{L}\d])/u);
  // A sentence starts with a capital, a quote, a digit or a name; never with a lower-case letter.
  expect(text).not.toMatch(/^\p{Ll}/u);
  expect(text).toMatch(/[.?)]$/u);
}

function expectMessage(f: Finding, c: Case<object>): void {
  const { vi, en } = f.message;
  expectWellFormed(vi);
  expectWellFormed(en);
  expect(vi).not.toBe(en);
  const values = argTexts(c.args);
  // Vietnamese of its own, not only the Vietnamese names it was given.
  expect(without(vi, values)).toMatch(VI_LETTER);
  expect(without(without(en, values), QUOTED_IN_ENGLISH)).not.toMatch(VI_LETTER);
  for (const part of c.vi) expect(vi).toContain(part);
  for (const part of c.en) expect(en).toContain(part);
  for (const part of c.notVi ?? []) expect(vi).not.toContain(part);
  for (const part of c.notEn ?? []) expect(en).not.toContain(part);
}

function describeCatalogue<C extends string, A extends ArgsByCode<C>>(name: string, catalogue: FindingCatalogue<C, A>, rows: Rows<C, A>): void {
  describe(`the ${name} catalogue`, () => {
    it("has a row here for every code and no code without one", () => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(rows).sort());
    });

    const make = findingMaker(catalogue);
    const table = (Object.keys(rows) as C[]).flatMap((code) => rows[code].cases.map((c, i) => ({ code, i, c, severity: rows[code].severity })));
    it.each(table)("$code ($i) has its pinned severity and says what it promises in Vietnamese and English", ({ code, c, severity }) => {
      const f = make(code, HERE, c.args);
      expect(f).toMatchObject({ code, severity, args: c.args, file: HERE.file, sheet: HERE.sheet, cell: HERE.cell });
      expectMessage(f, c);
    });
  });
}

// ---------------------------------------------------------------- allocation

const who = { name: ORG, row: ROW, cell: CELL };
const nameless = { name: "", row: ROW, cell: CELL };
const VI_ADVICE = "Hãy nhập một số nguyên không âm, ví dụ 03";
const EN_ADVICE = "Enter a whole number of 0 or more, e.g. 03";

function invalid(reason: AllocationArgs["QUOTA_INVALID"]["reason"], value: string, vi: string, en: string): Case<AllocationArgs["QUOTA_INVALID"]> {
  const advice = reason === "uncalculated" ? ["Hãy mở tệp bằng Excel rồi lưu lại", "Open the file in Excel and save it"] : [VI_ADVICE, EN_ADVICE];
  const other = reason === "uncalculated" ? [VI_ADVICE, EN_ADVICE] : ["Hãy mở tệp bằng Excel", "Open the file in Excel"];
  return {
    args: { ...who, value, reason },
    vi: [`Không đọc được chỉ tiêu của "${ORG}" (ô ${CELL}): "${value}" ${vi}`, advice[0] ?? ""],
    en: [`The quota of "${ORG}" (cell ${CELL}) cannot be read: "${value}" ${en}`, advice[1] ?? ""],
    notVi: [other[0] ?? ""],
    notEn: [other[1] ?? ""],
  };
}

const LOOKALIKE = "Đảng bộ xã Kа Đô";

describeCatalogue<AllocationCode, AllocationArgs>("allocation", ALLOCATION_MESSAGES, {
  TABLE_NOT_FOUND: {
    severity: "error",
    cases: [
      { args: { sheets: "", count: 0 }, vi: ["chỉ tiêu trong tệp (tệp không có trang tính hay bảng nào). Bảng cần", '"CHỈ TIÊU"'], en: ["No allocation table found (the file has no sheet or table). The table", '"CHỈ TIÊU"'] },
      { args: { sheets: '"Phân bổ 2026"', count: 1 }, vi: ['chỉ tiêu trong trang tính "Phân bổ 2026". Bảng'], en: ['found on sheet "Phân bổ 2026". The'] },
      { args: { sheets: '"Phân bổ", "Tổng hợp"', count: 2 }, vi: ['trong các trang tính "Phân bổ", "Tổng hợp". Bảng'], en: ['found on sheets "Phân bổ", "Tổng hợp". The'] },
    ],
  },
  SHEET_NOT_FOUND: {
    severity: "error",
    cases: [{ args: { sheet: "Phân bổ 2026", available: "Sheet1, Tổng hợp" }, vi: ['Tệp không có trang tính "Phân bổ 2026". Các trang tính hiện có: Sheet1, Tổng hợp.'], en: ['There is no sheet named "Phân bổ 2026" in the file. Sheets present: Sheet1, Tổng hợp.'] }],
  },
  NAME_MISSING: {
    severity: "error",
    cases: [{ args: { row: ROW, cell: "B37" }, vi: ["Dòng 37 có số liệu nhưng chưa có tên tổ chức cơ sở đảng (ô B37)."], en: ["Row 37 has figures but no organisation name (cell B37)."] }],
  },
  QUOTA_MISSING: {
    severity: "error",
    cases: [
      { args: who, vi: [`"${ORG}" chưa có chỉ tiêu (ô C37 để trống).`], en: [`"${ORG}" has no quota (cell C37 is blank).`] },
      // A row without a name is named by its row, with a capital at the start of the sentence.
      { args: nameless, vi: ["Dòng 37 chưa có chỉ tiêu (ô C37 để trống)."], en: ["Row 37 has no quota (cell C37 is blank)."], notVi: ['"'], notEn: ['"'] },
    ],
  },
  QUOTA_INVALID: {
    severity: "error",
    cases: [
      invalid("notANumber", "mười", "không phải là số", "is not a number"),
      invalid("negative", "-1", "là số âm", "is a negative number"),
      invalid("fraction", "2,5", "không phải là số nguyên", "is not a whole number"),
      invalid("errorValue", "#REF!", "là lỗi công thức", "is a formula error"),
      invalid("tooLarge", "300000", "là số quá lớn, có thể do nhập nhầm", "is implausibly large, probably a typo"),
      invalid("uncalculated", "=SUM(C5:C9)", "là công thức chưa có kết quả được lưu", "is a formula without a saved result"),
      invalid("rangeReversed", "05-02", "là khoảng có số đầu lớn hơn số cuối", "is a range whose first number is larger than its last"),
      { args: { ...nameless, value: "mười", reason: "notANumber" }, vi: ["Không đọc được chỉ tiêu của dòng 37 (ô C37)"], en: ["The quota of row 37 (cell C37) cannot be read"] },
      // A reason this catalogue does not know (a finding read back from a newer engine's JSON) still reads as a sentence.
      {
        args: { ...who, value: "?", reason: "outOfRange" as AllocationArgs["QUOTA_INVALID"]["reason"] },
        vi: ['(ô C37): "?" không phải là giá trị hợp lệ. Hãy nhập một số nguyên'],
        en: ['(cell C37) cannot be read: "?" is not a valid value. Enter a whole number'],
      },
    ],
  },
  STUDENT_QUOTA_EXCEEDS_TOTAL: {
    severity: "error",
    cases: [
      {
        args: { ...who, quota: 4, studentQuota: 6 },
        vi: [`"${ORG}": chỉ tiêu học sinh (6) lớn hơn tổng chỉ tiêu (4).`, "Hãy sửa ô C37."],
        en: [`"${ORG}": the student quota (6) exceeds the total quota (4).`, "Fix cell C37."],
      },
    ],
  },
  HS_QUOTA_MISSING: {
    severity: "error",
    cases: [
      {
        args: { name: SCHOOL, row: ROW, cell: CELL, quota: 4, studentQuota: 0 },
        vi: [`"${SCHOOL}" là trường có cấp THPT nhưng chưa được giao chỉ tiêu kết nạp học sinh. Hãy ghi ô C37 theo dạng 03 (01 HS)`],
        en: [`"${SCHOOL}" teaches upper-secondary (THPT) classes but has no student quota. Write cell C37 as 03 (01 HS)`],
      },
    ],
  },
  HS_QUOTA_NOT_ALLOWED: {
    severity: "error",
    cases: [
      {
        args: { name: "Trường THCS Ka Đô", row: ROW, cell: CELL, quota: 4, studentQuota: 2, kind: "lowerSecondary" },
        vi: ['"Trường THCS Ka Đô" không phải trường THPT hay trung tâm GDTX nhưng được giao chỉ tiêu 2 học sinh (ô C37).'],
        en: ['"Trường THCS Ka Đô" is neither an upper-secondary (THPT) school nor a GDTX centre but has a student quota of 2 (cell C37).'],
      },
    ],
  },
  DUPLICATE_ORGANIZATION: {
    severity: "error",
    cases: [{ args: { ...who, firstRow: 12 }, vi: [`"${ORG}" xuất hiện hai lần, ở dòng 12 và dòng 37.`], en: [`"${ORG}" appears twice: rows 12 and 37.`] }],
  },
  STT_SEQUENCE: {
    severity: "warning",
    cases: [
      { args: { ...who, expected: 36, problem: "missing", stt: "" }, vi: [`Dòng 37 ("${ORG}") chưa có số thứ tự; số tiếp theo phải là 36.`], en: [`Row 37 ("${ORG}") has no sequence number; the next one should be 36.`] },
      { args: { ...nameless, expected: 36, problem: "missing", stt: "" }, vi: ["Dòng 37 chưa có số thứ tự; số tiếp theo phải là 36."], en: ["Row 37 has no sequence number; the next one should be 36."] },
      {
        args: { ...who, expected: 36, problem: "notNumber", stt: "3a" },
        vi: [`Số thứ tự "3a" ở dòng 37 ("${ORG}") không phải là số; số tiếp theo phải là 36.`],
        en: [`Sequence number "3a" on row 37 ("${ORG}") is not a number; the next one should be 36.`],
      },
      {
        args: { ...who, expected: 36, problem: "repeat", stt: "35" },
        vi: [`Số thứ tự 35 ở dòng 37 ("${ORG}") bị trùng; số tiếp theo phải là 36. Hãy kiểm tra`],
        en: [`Sequence number 35 on row 37 ("${ORG}") is repeated; the next one should be 36. Check for a row copied twice.`],
      },
      {
        args: { ...nameless, expected: 36, problem: "gap", stt: "38" },
        vi: ["Số thứ tự 38 ở dòng 37 không liên tục: đáng lẽ là 36. Hãy kiểm tra"],
        en: ["Sequence number 38 on row 37 breaks the sequence: expected 36. Check whether"],
      },
    ],
  },
  QUOTA_ZERO: {
    severity: "warning",
    cases: [{ args: { ...who, quota: 0, studentQuota: 0 }, vi: [`"${ORG}" có chỉ tiêu bằng 0 (ô C37). Nếu`], en: [`"${ORG}" has a quota of 0 (cell C37). If`] }],
  },
  QUOTA_STORED_AS_TEXT: {
    severity: "info",
    cases: [
      {
        args: { ...who, quota: 3, studentQuota: 0, value: "03" },
        vi: [`Chỉ tiêu của "${ORG}" (ô C37, "03") đang được lưu dưới dạng văn bản`, "(vẫn hiển thị 03)."],
        en: [`The quota of "${ORG}" (cell C37, "03") is stored as text`, "(it still shows 03)."],
      },
    ],
  },
  TOTAL_ROW_MISMATCH: {
    severity: "error",
    cases: [
      {
        // A typed total, every quota read: the fix is the computed figure, in the reader's number format.
        args: { cell: "C40", written: "1905", computed: 1950, computedMax: 1950, textCells: 0, excludedCells: 0, totalKind: "constant", sumSkippedText: 0, writtenStudents: 0, computedStudents: 0, onlyStudents: 0 },
        vi: ["Dòng tổng của bảng (ô C40) ghi 1.905, nhưng cộng chỉ tiêu của các tổ chức được 1.950. Ô tổng là số nhập tay, không phải công thức; hãy sửa thành 1.950."],
        en: ["The table's total row (cell C40) says 1,905, but the organisations' quotas add up to 1,950. The total is a typed figure, not a formula; correct it to 1,950."],
        notVi: ["1905", "1950", "1,9", "chưa tính", "mức trên"],
        notEn: ["1905", "1950", "1.9", "leaves out", "upper ends"],
      },
      {
        args: { cell: "C40", written: "1890", computed: 1950, computedMax: 1962, textCells: 12, excludedCells: 0, totalKind: "formula", sumSkippedText: 1, formula: "=SUM(C5:C39)", writtenStudents: 0, computedStudents: 0, onlyStudents: 0 },
        vi: [
          "ghi 1.890, nhưng cộng chỉ tiêu của các tổ chức được 1.950 (từ 1.950 đến 1.962 nếu tính cả mức trên của các chỉ tiêu ghi dạng khoảng). Ô tổng dùng công thức =SUM(C5:C39), mà hàm SUM bỏ qua 12 ô chỉ tiêu lưu dạng văn bản",
          'nếu còn ô dạng "03 (01 HS)" (SUM không cộng được), hãy ghi 1.950 vào ô tổng thay cho công thức.',
        ],
        en: [
          "says 1,890, but the organisations' quotas add up to 1,950 (1,962 counting the upper ends of the ranges). The total is the formula =SUM(C5:C39), and Excel's SUM skips the 12 quota cells stored as text",
          'if cells like "03 (01 HS)" remain (SUM cannot add them), write 1,950 in the total cell instead of the formula.',
        ],
        notVi: ["Ngoài ra", "nhập tay", "chưa tính"],
        notEn: ["Also check", "typed figure", "leaves out"],
      },
      {
        // One quota unreadable: the computed figure is not the fix, and SUM's range is in doubt too.
        args: { cell: "C40", written: "09", computed: 37, computedMax: 37, textCells: 2, excludedCells: 1, totalKind: "formula", sumSkippedText: 0, formula: "=SUM(C5:C20)", writtenStudents: 0, computedStudents: 0, onlyStudents: 0 },
        vi: [
          "(ô C40) ghi 09, nhưng cộng chỉ tiêu của các tổ chức được 37. Con số 37 chưa tính 1 ô chỉ tiêu để trống hoặc không đọc được; hãy sửa các ô đó trước, tổng sẽ thay đổi. Ô tổng dùng công thức =SUM(C5:C20), mà hàm SUM bỏ qua 2 ô",
          "hãy ghi tổng đúng vào ô tổng thay cho công thức. Ngoài ra, hãy kiểm tra vùng cộng của công thức có bao đủ các dòng tổ chức không.",
        ],
        en: [
          "(cell C40) says 09, but the organisations' quotas add up to 37. That sum leaves out 1 quota cell that is blank or unreadable; fix it first, and the total will change. The total is the formula =SUM(C5:C20), and Excel's SUM skips the 2 quota cells",
          "write the correct total in the total cell instead of the formula. Also check that the formula's range covers every organisation row.",
        ],
        notVi: ["mức trên"],
        notEn: ["upper ends"],
      },
      {
        args: { cell: "C40", written: "40", computed: 37, computedMax: 37, textCells: 0, excludedCells: 2, totalKind: "formula", sumSkippedText: 0, formula: "=C5+C6", writtenStudents: 0, computedStudents: 0, onlyStudents: 0 },
        vi: ["Con số 37 chưa tính 2 ô chỉ tiêu", "tổng sẽ thay đổi. Ô tổng dùng công thức =C5+C6; hãy kiểm tra vùng cộng của công thức có bao đủ các dòng tổ chức không."],
        en: ["That sum leaves out 2 quota cells that are blank or unreadable; fix them first, and the total will change. The total is the formula =C5+C6; check that its range covers every organisation row."],
        notVi: ["bỏ qua", "Ngoài ra"],
        notEn: ["skips", "Also check"],
      },
      // Only a bare figure of four digits or more is regrouped; a zero-padded or annotated one is shown as the sheet shows it.
      { args: { cell: "C40", written: "10950", computed: 10960, computedMax: 10960, textCells: 0, excludedCells: 0, totalKind: "constant", sumSkippedText: 0, writtenStudents: 0, computedStudents: 0, onlyStudents: 0 }, vi: ["ghi 10.950, nhưng", "được 10.960."], en: ["says 10,950, but", "up to 10,960."] },
      { args: { cell: "C40", written: "01950", computed: 1960, computedMax: 1960, textCells: 0, excludedCells: 0, totalKind: "constant", sumSkippedText: 0, writtenStudents: 0, computedStudents: 0, onlyStudents: 0 }, vi: ["ghi 01950, nhưng"], en: ["says 01950, but"] },
      { args: { cell: "C40", written: "1950 (tạm tính)", computed: 1960, computedMax: 1960, textCells: 0, excludedCells: 0, totalKind: "constant", sumSkippedText: 0, writtenStudents: 0, computedStudents: 0, onlyStudents: 0 }, vi: ["ghi 1950 (tạm tính), nhưng"], en: ["says 1950 (tạm tính), but"] },
      {
        args: { cell: "C40", written: "40", computed: 37, computedMax: 37, textCells: 0, excludedCells: 2, totalKind: "constant", sumSkippedText: 0, writtenStudents: 0, computedStudents: 0, onlyStudents: 0 },
        vi: ["tổng sẽ thay đổi. Ô tổng là số nhập tay, không phải công thức; hãy sửa lại con số này sau khi đã sửa các ô chỉ tiêu nói trên."],
        en: ["the total will change. The total is a typed figure, not a formula; correct it once those quota cells are fixed."],
        notVi: ["hãy sửa thành"],
        notEn: ["correct it to"],
      },
      {
        // The quota is right and only the pupils are not: the message is about the pupils alone.
        args: { cell: "C40", written: "1950 (12 HS)", computed: 1950, computedMax: 1950, textCells: 3, excludedCells: 0, totalKind: "constant", sumSkippedText: 0, writtenStudents: 12, computedStudents: 10, onlyStudents: 1 },
        vi: [
          "Dòng tổng của bảng (ô C40) ghi 1950 (12 HS): tổng chỉ tiêu đúng bằng tổng của các tổ chức, nhưng số học sinh (HS) ghi 12, còn cộng chỉ tiêu HS của các tổ chức được 10. Hãy sửa số HS ở ô tổng thành 10, hoặc kiểm tra lại chỉ tiêu HS ở các dòng tổ chức.",
        ],
        en: [
          "The table's total row (cell C40) says 1950 (12 HS): its quota equals the organisations' total, but it counts 12 upper-secondary pupils (HS) where the organisations' HS quotas add up to 10. Correct the HS figure in the total to 10, or check the HS quotas in the organisation rows.",
        ],
        notVi: ["nhưng cộng chỉ tiêu của các tổ chức được 1.950", "nhập tay", "cũng không khớp"],
        notEn: ["add up to 1,950", "typed figure", "either"],
      },
      {
        // Both wrong: the quota's message, then the pupils'.
        args: { cell: "C40", written: "40 (3 HS)", computed: 37, computedMax: 37, textCells: 0, excludedCells: 0, totalKind: "constant", sumSkippedText: 0, writtenStudents: 3, computedStudents: 1250, onlyStudents: 0 },
        // The fix is written whole: typed as "37" alone, the total would lose its HS part.
        vi: ["ghi 40 (3 HS), nhưng cộng chỉ tiêu của các tổ chức được 37.", "hãy sửa thành 37 (1.250 HS). Số học sinh (HS) ở dòng tổng cũng không khớp: ghi 3, cộng được 1.250."],
        en: ["says 40 (3 HS), but the organisations' quotas add up to 37.", "correct it to 37 (1,250 HS). Its pupil (HS) count does not match either: 3 written, 1,250 added up."],
      },
      {
        // No organisation has pupils: the fix is to drop them from the total, not to write "0".
        args: { cell: "C40", written: "08 (02 HS)", computed: 8, computedMax: 8, textCells: 1, excludedCells: 0, totalKind: "constant", sumSkippedText: 0, writtenStudents: 2, computedStudents: 0, onlyStudents: 1 },
        vi: ["số học sinh (HS) ghi 2, còn cộng chỉ tiêu HS của các tổ chức được 0. Không tổ chức nào có chỉ tiêu HS: hãy bỏ phần HS trong ô tổng, hoặc kiểm tra lại chỉ tiêu HS ở các dòng tổ chức."],
        en: ["No organisation has an HS quota: remove the HS part from the total, or check the HS quotas in the organisation rows."],
        notVi: ["thành 0"],
        notEn: ["in the total to 0"],
      },
      {
        // Both wrong and no organisation has pupils: the computed quota alone is the fix.
        args: { cell: "C40", written: "09 (02 HS)", computed: 8, computedMax: 8, textCells: 1, excludedCells: 0, totalKind: "constant", sumSkippedText: 0, writtenStudents: 2, computedStudents: 0, onlyStudents: 0 },
        vi: ["hãy sửa thành 8. Số học sinh (HS) ở dòng tổng cũng không khớp: ghi 2, cộng được 0."],
        en: ["correct it to 8. Its pupil (HS) count does not match either: 2 written, 0 added up."],
      },
      {
        // A total that states no pupils claims nothing about them.
        args: { cell: "C40", written: "40", computed: 37, computedMax: 37, textCells: 0, excludedCells: 0, totalKind: "constant", sumSkippedText: 0, writtenStudents: 0, computedStudents: 4, onlyStudents: 0 },
        vi: ["hãy sửa thành 37."],
        en: ["correct it to 37."],
        notVi: ["HS"],
        notEn: ["HS"],
      },
    ],
  },
  TOTAL_BELOW_TARGET: {
    severity: "error",
    cases: [
      {
        args: { cell: "C40", total: 1950, target: 2000, missing: 50 },
        vi: ["Tổng chỉ tiêu đã phân bổ là 1.950, thấp hơn mục tiêu kết nạp từ 2.000 đảng viên trở lên (còn thiếu 50). Hãy tăng chỉ tiêu cho một số tổ chức để tổng đạt ít nhất 2.000."],
        en: ["The allocated quotas total 1,950, below the target of at least 2,000 new members (50 short). Raise some organisations' quotas so the total reaches at least 2,000."],
        notVi: ["1950", "2000", "1,950", "2,000"],
        notEn: ["1950", "2000", "1.950", "2.000"],
      },
    ],
  },
  LEGACY_ENCODING: {
    severity: "warning",
    cases: [
      {
        args: { cell: "B5", encoding: "tcvn3", count: 1200 },
        vi: ["Bảng được gõ bằng bảng mã cũ TCVN3 (ABC, phông .VnTime); PTĐV đã tự chuyển 1.200 ô sang Unicode"],
        en: ["typed in the legacy TCVN3 (ABC, .VnTime fonts) encoding; PTĐV converted 1,200 cells to Unicode"],
        notVi: ["1200"],
        notEn: ["1200", "phông"],
      },
      { args: { cell: "B5", encoding: "vni", count: 1 }, vi: ["bảng mã cũ VNI (phông VNI-Times); PTĐV đã tự chuyển 1 ô"], en: ["legacy VNI (VNI-Times font) encoding; PTĐV converted 1 cell to"] },
      { args: { cell: "B5", encoding: "viscii", count: 37 }, vi: ["bảng mã cũ VISCII; PTĐV đã tự chuyển 37 ô"], en: ["legacy VISCII encoding; PTĐV converted 37 cells"] },
      // An encoding without a description is still named.
      { args: { cell: "B5", encoding: "x-mac-vietnamese", count: 37 }, vi: ["bảng mã cũ x-mac-vietnamese; PTĐV"], en: ["legacy x-mac-vietnamese encoding"] },
    ],
  },
  NAME_LOOKALIKE: {
    severity: "warning",
    cases: [
      {
        args: { name: LOOKALIKE, row: ROW, cell: "B37", scripts: "Latin, Cyrillic", words: "Kа", controls: "" },
        vi: [`Tên ở ô B37 ("${LOOKALIKE}") trộn chữ của nhiều bảng chữ cái (Latin, Cyrillic, ở từ: Kа): trông giống một tên khác`],
        en: [`The name in cell B37 ("${LOOKALIKE}") mixes letters of several scripts (Latin, Cyrillic, in: Kа): it looks like another name`],
        notVi: ["điều khiển", "và chứa"],
        notEn: ["controls", "and holds"],
      },
      { args: { name: LOOKALIKE, row: ROW, cell: "B37", scripts: "Latin, Cyrillic", words: "", controls: "" }, vi: ["bảng chữ cái (Latin, Cyrillic): trông"], en: ["several scripts (Latin, Cyrillic): it looks"] },
      {
        args: { name: `${ORG}\u202e`, row: ROW, cell: "B37", scripts: "", words: "", controls: "U+202E" },
        vi: [`\u202e") chứa ký tự điều khiển hướng chữ vô hình (U+202E): trông`],
        en: [`\u202e") holds invisible text-direction controls (U+202E): it looks`],
        notVi: ["trộn chữ", "và chứa"],
        notEn: ["mixes", "and holds"],
      },
      {
        args: { name: LOOKALIKE, row: ROW, cell: "B37", scripts: "Latin, Cyrillic", words: "Kа", controls: "U+202E" },
        vi: ["(Latin, Cyrillic, ở từ: Kа) và chứa ký tự điều khiển hướng chữ vô hình (U+202E): trông"],
        en: ["(Latin, Cyrillic, in: Kа) and holds invisible text-direction controls (U+202E): it looks"],
      },
    ],
  },
  QUOTA_RANGE: {
    severity: "info",
    cases: [
      {
        args: { cell: "C12", count: 1, floor: 1950, ceiling: 1962 },
        vi: ['1 ô chỉ tiêu ghi dạng khoảng (như "01-02"), đầu tiên là ô C12. PTĐV tính mức dưới của mỗi khoảng vào tổng (1.950); nếu tính mức trên thì tổng là 1.962.'],
        en: ['1 quota cell is written as a range (like "01-02"), the first in cell C12. PTĐV counts the lower end of each range toward the total (1,950); with the upper ends it would be 1,962.'],
        notVi: ["1950", "1962"],
        notEn: ["1950", "1962"],
      },
      { args: { cell: "C12", count: 12, floor: 37, ceiling: 49 }, vi: ["12 ô chỉ tiêu ghi dạng khoảng"], en: ["12 quota cells are written as a range"] },
    ],
  },
  QUOTA_GROUP_UNKNOWN: {
    severity: "warning",
    cases: [
      {
        args: { ...who, label: "TNCS", value: "05 (01 TNCS)" },
        vi: [`Chỉ tiêu của "${ORG}" (ô C37, "05 (01 TNCS)") có nhóm "TNCS" mà PTĐV không biết.`],
        en: [`The quota of "${ORG}" (cell C37, "05 (01 TNCS)") names a group "TNCS" that PTĐV does not know.`],
      },
    ],
  },
  SUB_QUOTA_EXCEEDS_TOTAL: {
    severity: "error",
    cases: [
      {
        args: { ...who, quota: 3, group: "SV", count: 5 },
        vi: [`"${ORG}": chỉ tiêu nhóm SV (5) lớn hơn tổng chỉ tiêu (3).`, "Hãy sửa ô C37."],
        en: [`"${ORG}": the SV quota (5) exceeds the total quota (3).`, "Fix cell C37."],
      },
      { args: { ...nameless, quota: 1200, group: "DQTV", count: 1300 }, vi: ["Dòng 37: chỉ tiêu nhóm DQTV (1.300) lớn hơn tổng chỉ tiêu (1.200)."], en: ["Row 37: the DQTV quota (1,300) exceeds the total quota (1,200)."] },
    ],
  },
});

// ------------------------------------------------------------------- reports

const named = { name: ORG };

describeCatalogue<ReportCode, ReportArgs>("monthly report", REPORT_MESSAGES, {
  SUBMISSION_UNRECOGNISED: {
    severity: "error",
    cases: [{ args: { what: "bao-cao-thang-5.xlsx" }, vi: ["Không nhận ra báo cáo trong bao-cao-thang-5.xlsx. Cần mẫu báo cáo"], en: ["No report recognised in bao-cao-thang-5.xlsx. Expected"] }],
  },
  SUBMISSION_OTHER_YEAR: {
    severity: "info",
    cases: [
      { args: { ...named, year: 2024, planYear: 2026 }, vi: [`Báo cáo của "${ORG}" thuộc năm 2024, không phải năm 2026: không tính.`], en: [`The report of "${ORG}" is for 2024, not 2026: ignored.`] },
      { args: { name: "", year: 2024, planYear: 2026 }, vi: ['Báo cáo của "(không có tên)" thuộc năm 2024'], en: ['The report of "(no name)" is for 2024'] },
    ],
  },
  SUBMISSION_DUPLICATE: {
    severity: "info",
    cases: [
      {
        args: { ...named, period: "2025-05", other: "thang-5.xlsx › T5" },
        vi: [`"${ORG}" báo cáo tháng 5/2025 hai lần với cùng số liệu (lần trước: thang-5.xlsx › T5): chỉ tính một lần.`],
        en: [`"${ORG}" reported for May 2025 twice with the same figures (first at thang-5.xlsx › T5): counted once.`],
      },
    ],
  },
  SUBMISSION_CONFLICT: {
    severity: "error",
    cases: [
      {
        args: {
          ...named,
          period: "2025-12",
          other: "dot-1.xlsx",
          kept: "dot-2.xlsx",
          otherFigures: "kết nạp 3, trong đó 1 học sinh",
          otherFiguresEn: "3 admitted, 1 of them a pupil",
          figures: "kết nạp 4",
          figuresEn: "4 admitted",
        },
        vi: [`"${ORG}" báo cáo tháng 12/2025 hai lần với số liệu khác nhau: dot-1.xlsx ghi kết nạp 3, trong đó 1 học sinh, dot-2.xlsx ghi kết nạp 4. Đang dùng số liệu của dot-2.xlsx (báo cáo sau)`],
        en: [`"${ORG}" reported for December 2025 twice with different figures: dot-1.xlsx says 3 admitted, 1 of them a pupil, dot-2.xlsx says 4 admitted. The figures of dot-2.xlsx (the later report) are used`],
        notVi: ["admitted"],
        notEn: ["kết nạp"],
      },
    ],
  },
  SUBMISSION_INVALID_NUMBER: {
    severity: "error",
    cases: [
      {
        args: { ...named, period: "2025-05", column: "Kết nạp", columnEn: "Admitted", value: "ba" },
        vi: [`Ô "Kết nạp" của "${ORG}" (tháng 5/2025) ghi "ba", không phải số nguyên ≥ 0: dòng này không được tính.`],
        en: [`The "Admitted" cell of "${ORG}" (May 2025) holds "ba", not a whole number ≥ 0: the row is not counted.`],
        notVi: ["để trống", "Admitted"],
        notEn: ["is blank", "Kết nạp"],
      },
      {
        args: { ...named, period: "2025-05", column: "Kết nạp", columnEn: "Admitted", value: "", blank: 1 },
        vi: [`Ô "Kết nạp" của "${ORG}" (tháng 5/2025) để trống trong khi các ô "trong đó" có số: dòng này không được tính.`],
        en: [`The "Admitted" cell of "${ORG}" (May 2025) is blank while its breakdown cells hold numbers: the row is not counted.`],
        notVi: ["≥ 0"],
        notEn: ["≥ 0"],
      },
    ],
  },
  SUBMISSION_STUDENTS_EXCEED_ADMITTED: {
    severity: "error",
    cases: [
      {
        args: { ...named, period: "2025-05", column: "Trong đó: học sinh", columnEn: "Of whom: pupils", value: 5, admitted: 3 },
        vi: [`"${ORG}" (tháng 5/2025): "Trong đó: học sinh" là 5, lớn hơn số kết nạp 3: dòng này không được tính.`],
        en: [`"${ORG}" (May 2025): "Of whom: pupils" is 5, more than the 3 admitted: the row is not counted.`],
      },
    ],
  },
  SUBMISSION_PERIOD_INVALID: {
    severity: "error",
    cases: [{ args: { ...named, value: "13/2025" }, vi: [`Không đọc được tháng "13/2025" của "${ORG}": dòng này không được tính.`], en: [`Cannot read the month "13/2025" of "${ORG}": the row is not counted.`] }],
  },
  SUBMISSION_UNKNOWN_ORGANIZATION: {
    severity: "warning",
    cases: [
      {
        args: { name: "Đảng bộ xã Ka Do", suggestions: "Đảng bộ xã Ka Đô; Đảng bộ xã Ka Đơn", suggestionList: "Đảng bộ xã Ka Đô\nĐảng bộ xã Ka Đơn" },
        vi: ['"Đảng bộ xã Ka Do" không có trong bảng phân bổ (có phải: Đảng bộ xã Ka Đô; Đảng bộ xã Ka Đơn?). Số liệu vẫn được cộng'],
        en: ['"Đảng bộ xã Ka Do" is not in the allocation table (did you mean: Đảng bộ xã Ka Đô; Đảng bộ xã Ka Đơn?). Its figures still count'],
      },
      {
        args: { name: "Đảng bộ xã Ka Do", suggestions: "", suggestionList: "" },
        vi: ['"Đảng bộ xã Ka Do" không có trong bảng phân bổ. Số liệu'],
        en: ['"Đảng bộ xã Ka Do" is not in the allocation table. Its figures'],
      },
    ],
  },
  SUBMISSION_NAME_MISSING: {
    severity: "error",
    cases: [
      {
        args: { period: "2025-01", figures: "kết nạp 2", figuresEn: "2 admitted" },
        vi: ["Dòng có số liệu (tháng 1/2025: kết nạp 2) nhưng không ghi tên tổ chức (không có tên): dòng này không được tính vào đâu."],
        en: ["A row with figures (January 2025: 2 admitted) names no organisation (no name): it is counted nowhere."],
      },
      // A month that could not be read is shown as written.
      { args: { period: "T5", figures: "kết nạp 2", figuresEn: "2 admitted" }, vi: ["(tháng T5: kết nạp 2)"], en: ["(T5: 2 admitted)"] },
    ],
  },
  NAME_LOOKALIKE: {
    severity: "warning",
    cases: [
      {
        args: { name: LOOKALIKE, scripts: "Latin, Cyrillic", words: "Kа", controls: "" },
        vi: [`Tên "${LOOKALIKE}" trộn chữ của nhiều bảng chữ cái (Latin, Cyrillic, ở từ: Kа): trông giống một tên khác nhưng không phải.`],
        en: [`The name "${LOOKALIKE}" mixes letters of several scripts (Latin, Cyrillic, in: Kа): it looks like another name but is not.`],
        notVi: ["điều khiển", "và chứa"],
        notEn: ["controls", "and holds"],
      },
      { args: { name: LOOKALIKE, scripts: "Latin, Greek", words: "", controls: "" }, vi: ["bảng chữ cái (Latin, Greek): trông"], en: ["several scripts (Latin, Greek): it looks"] },
      {
        args: { name: `${ORG}\u202e`, scripts: "", words: "", controls: "U+202E, U+202C" },
        vi: [`\u202e" chứa ký tự điều khiển hướng chữ vô hình (U+202E, U+202C): trông`],
        en: [`\u202e" holds invisible text-direction controls (U+202E, U+202C): it looks`],
        notVi: ["trộn chữ", "và chứa"],
        notEn: ["mixes", "and holds"],
      },
      {
        args: { name: LOOKALIKE, scripts: "Latin, Cyrillic", words: "Kа", controls: "U+202E" },
        vi: ["(Latin, Cyrillic, ở từ: Kа) và chứa ký tự điều khiển hướng chữ vô hình (U+202E): trông"],
        en: ["(Latin, Cyrillic, in: Kа) and holds invisible text-direction controls (U+202E): it looks"],
      },
    ],
  },
  STUDENTS_OUTSIDE_UPPER_SECONDARY: {
    severity: "warning",
    cases: [
      {
        args: { name: "Trường THCS Ka Đô", period: "2025-05", value: 2 },
        vi: ['"Trường THCS Ka Đô" báo cáo 2 học sinh (tháng 5/2025) nhưng không phải trường THPT'],
        en: ['"Trường THCS Ka Đô" reports 2 students (May 2025) but is not an upper-secondary school'],
      },
    ],
  },
  CUMULATIVE_MISMATCH: {
    severity: "warning",
    cases: [
      {
        args: { ...named, period: "2025-11", value: 37, sum: 35 },
        vi: [`"${ORG}" ghi lũy kế 37 đến tháng 11/2025, nhưng cộng các tháng được 35.`],
        en: [`"${ORG}" reports a running total of 37 through November 2025, but the months add up to 35.`],
      },
    ],
  },
  SUBMISSION_MISSING: {
    severity: "info",
    cases: [
      { args: { ...named, period: "2026-02" }, vi: [`"${ORG}" chưa nộp báo cáo tháng 2/2026.`], en: [`"${ORG}" has not reported for February 2026.`] },
      { args: { name: "", period: "2026-02" }, vi: ['"(không có tên)" chưa nộp'], en: ['"(no name)" has not reported'] },
      // Only a whole `YYYY-MM` key is rewritten; anything else is the month as written.
      { args: { ...named, period: "2026-02-15" }, vi: ["chưa nộp báo cáo tháng 2026-02-15."], en: ["has not reported for 2026-02-15."] },
      { args: { ...named, period: "Q12026-02" }, vi: ["chưa nộp báo cáo tháng Q12026-02."], en: ["has not reported for Q12026-02."] },
    ],
  },
});

// ------------------------------------------------------------------ branches

const branch = { organization: ORG, branch: BRANCH };

describeCatalogue<BranchCode, BranchArgs>("chi bộ", BRANCH_MESSAGES, {
  BRANCH_UNDER_10: {
    severity: "info",
    cases: [
      {
        args: { ...branch, members: 9, minMembers: 12 },
        vi: [`${BRANCH} (${ORG}) có 9 đảng viên, chưa đạt mục tiêu từ 12 đảng viên trở lên.`],
        en: [`${BRANCH} (${ORG}) has 9 members, below the goal of 12 or more.`],
      },
    ],
  },
  BRANCH_NO_ADMISSION_3Y: {
    severity: "info",
    cases: [
      {
        args: { ...branch, lastAdmissionYear: 2021, years: 3, hasSources: "yes" },
        vi: [`${BRANCH} (${ORG}) 3 năm trở lên chưa kết nạp đảng viên (lần gần nhất năm 2021), còn nguồn phát triển đảng: cần tập trung.`],
        en: [`${BRANCH} (${ORG}) has admitted no one for 3 years or more (last in 2021), and still has candidates: a priority.`],
      },
      {
        args: { ...branch, lastAdmissionYear: 0, years: 5, hasSources: "no" },
        vi: ["5 năm trở lên chưa kết nạp đảng viên, không còn nguồn."],
        en: ["for 5 years or more, and has no candidates."],
        notVi: ["lần gần nhất"],
        notEn: ["last in"],
      },
      { args: { ...branch, lastAdmissionYear: 0, years: 3, hasSources: "unknown" }, vi: ["3 năm trở lên chưa kết nạp đảng viên."], en: ["for 3 years or more."] },
    ],
  },
  BRANCH_INVALID_NUMBER: {
    severity: "error",
    cases: [
      {
        args: { ...branch, field: "members", value: "mười" },
        vi: [`${BRANCH} (${ORG}): Số đảng viên "mười" không phải là số nguyên không âm; dòng này không được tính.`],
        en: [`${BRANCH} (${ORG}): Members "mười" is not a whole number of 0 or more; the row is not counted.`],
      },
      { args: { ...branch, field: "admittedThisYear", value: "" }, vi: ["): Kết nạp trong năm (trống) không phải"], en: ["): Admitted this year (blank) is not"] },
    ],
  },
  BRANCH_YEAR_INVALID: {
    severity: "error",
    cases: [
      {
        args: { ...branch, value: "1925", year: 2026 },
        vi: [`${BRANCH} (${ORG}): Năm kết nạp gần nhất "1925" phải là năm từ 1930 đến 2026; dòng này không được tính.`],
        en: [`${BRANCH} (${ORG}): last admission year "1925" must be a year from 1930 to 2026; the row is not counted.`],
      },
    ],
  },
  BRANCH_DUPLICATE: {
    severity: "warning",
    cases: [{ args: { ...branch, firstCell: "B12" }, vi: [`${BRANCH} (${ORG}) có hai lần (lần đầu ở ô B12); chỉ tính lần đầu.`], en: [`${BRANCH} (${ORG}) appears twice (first at B12); only the first is counted.`] }],
  },
  BRANCH_SHEET_MISSING: {
    severity: "info",
    cases: [{ args: { organization: ORG }, vi: [`${ORG} chưa gửi danh sách chi bộ trực thuộc (trang "Chi bộ").`], en: [`${ORG} sent no list of its chi bộ (the "Chi bộ" sheet).`] }],
  },
  BRANCH_NAME_MISSING: {
    severity: "warning",
    cases: [{ args: { organization: ORG }, vi: [`${ORG}: một dòng có số liệu nhưng không có tên chi bộ; dòng này không được tính.`], en: [`${ORG}: a row has figures but no chi bộ name; the row is not counted.`] }],
  },
});

// ------------------------------------------------------------------- aliases

const alias = { written: "ĐB Ka Đô", target: "Đảng bộ xã Ka Do" };

describeCatalogue<AliasCode, AliasArgs>("alias", ALIAS_MESSAGES, {
  ALIAS_HEADER_NOT_FOUND: {
    severity: "warning",
    cases: [{ args: {}, vi: ['chưa có dòng tiêu đề "Viết là" | "Tổ chức cơ sở đảng"'], en: ['no header row "Viết là" | "Tổ chức cơ sở đảng"'] }],
  },
  ALIAS_INCOMPLETE: {
    severity: "warning",
    cases: [{ args: { row: ROW, text: "Ka Đô" }, vi: ['Dòng bí danh 37 mới ghi một cột ("Ka Đô")'], en: ['Alias row 37 has only one column filled ("Ka Đô")'] }],
  },
  ALIAS_UNKNOWN_TARGET: {
    severity: "warning",
    cases: [
      {
        args: { ...alias, suggestions: "Đảng bộ xã Ka Đô; Đảng bộ xã Ka Đơn" },
        vi: ['Bí danh "ĐB Ka Đô" ứng với "Đảng bộ xã Ka Do", nhưng', "bí danh này bị bỏ qua. Có phải là: Đảng bộ xã Ka Đô; Đảng bộ xã Ka Đơn?"],
        en: ['Alias "ĐB Ka Đô" points to "Đảng bộ xã Ka Do", which', "this alias is ignored. Did you mean: Đảng bộ xã Ka Đô; Đảng bộ xã Ka Đơn?"],
      },
      { args: { ...alias, suggestions: "" }, vi: ["bí danh này bị bỏ qua."], en: ["this alias is ignored."], notVi: ["Có phải"], notEn: ["Did you mean"] },
    ],
  },
  ALIAS_AMBIGUOUS_TARGET: {
    severity: "warning",
    cases: [
      {
        args: { ...alias, candidates: "Đảng bộ xã Ka Đô; Chi bộ xã Ka Đô" },
        vi: ['Bí danh "ĐB Ka Đô" ứng với "Đảng bộ xã Ka Do", nhưng tên này khớp với nhiều tổ chức: Đảng bộ xã Ka Đô; Chi bộ xã Ka Đô.'],
        en: ['Alias "ĐB Ka Đô" points to "Đảng bộ xã Ka Do", which fits several organisations: Đảng bộ xã Ka Đô; Chi bộ xã Ka Đô.'],
      },
    ],
  },
  ALIAS_CIRCULAR: {
    severity: "warning",
    cases: [{ args: alias, vi: ['Bí danh "ĐB Ka Đô" → "Đảng bộ xã Ka Do" tạo thành vòng lặp'], en: ['Alias "ĐB Ka Đô" → "Đảng bộ xã Ka Do" forms a loop'] }],
  },
  ALIAS_CONFLICT: {
    severity: "warning",
    cases: [
      {
        args: { ...alias, reason: "organization", other: ORG },
        vi: [`Bí danh "ĐB Ka Đô" → "Đảng bộ xã Ka Do" bị mâu thuẫn: "ĐB Ka Đô" đã là tên của "${ORG}".`],
        en: [`Alias "ĐB Ka Đô" → "Đảng bộ xã Ka Do" conflicts: "ĐB Ka Đô" is already the name of "${ORG}".`],
      },
      { args: { ...alias, reason: "alias", other: ORG }, vi: [`"ĐB Ka Đô" đã được gán cho "${ORG}".`], en: [`"ĐB Ka Đô" is already assigned to "${ORG}".`] },
    ],
  },
  ALIAS_DUPLICATE: {
    severity: "info",
    cases: [{ args: { ...alias, firstRow: 12 }, vi: ['Bí danh "ĐB Ka Đô" → "Đảng bộ xã Ka Do" trùng với dòng 12;'], en: ['Alias "ĐB Ka Đô" → "Đảng bộ xã Ka Do" repeats row 12;'] }],
  },
});

// ------------------------------------------------------------------ register

const PERSON = "Nguyễn Văn An";

describeCatalogue<RegisterCode, RegisterArgs>("register", REGISTER_MESSAGES, {
  MEMBER_DATE_INVALID: {
    severity: "error",
    cases: [
      {
        args: { field: "Ngày kết nạp", fieldEn: "Admission date", value: "31/02/2025" },
        vi: ['Ngày kết nạp "31/02/2025" không đọc được'],
        en: ['Admission date "31/02/2025" cannot be read'],
        notVi: ["Admission date"],
        notEn: ["Ngày kết nạp"],
      },
    ],
  },
  MEMBER_UNDER_18: {
    severity: "error",
    cases: [
      {
        args: { name: PERSON, age: 17, birth: "12/09/2008", admitted: "03/02/2026" },
        vi: [`${PERSON} sinh ngày 12/09/2008, kết nạp ngày 03/02/2026 khi mới 17 tuổi (phải đủ 18 tuổi)`],
        en: [`${PERSON}, born 12/09/2008, admitted 03/02/2026 at 17 (must be 18 or over)`],
      },
    ],
  },
  MEMBER_DUPLICATE: {
    severity: "warning",
    cases: [
      {
        args: { name: PERSON, birth: "12/09/1990", first: "ket-nap.xlsx › Danh sách › B12" },
        vi: [`${PERSON} (sinh ngày 12/09/1990) có hai lần trong danh sách (lần đầu: ket-nap.xlsx › Danh sách › B12): chỉ tính một lần.`],
        en: [`${PERSON} (born 12/09/1990) is listed twice (first at ket-nap.xlsx › Danh sách › B12): counted once.`],
      },
    ],
  },
  MEMBER_OTHER_YEAR: {
    severity: "info",
    cases: [
      {
        args: { name: PERSON, admitted: "15/12/2025", year: 2026 },
        vi: [`${PERSON} kết nạp ngày 15/12/2025, không thuộc năm 2026: không tính vào biểu năm 2026.`],
        en: [`${PERSON} was admitted on 15/12/2025, outside 2026: not counted in the 2026 form.`],
      },
    ],
  },
  MEMBER_VALUE_UNKNOWN: {
    severity: "warning",
    cases: [
      {
        args: { column: "Dân tộc", columnEn: "Ethnicity", value: "Kinhh" },
        vi: ['Cột "Dân tộc": không nhận ra giá trị "Kinhh"'],
        en: ['Column "Ethnicity": "Kinhh" is not recognised'],
        notVi: ["Ethnicity"],
        notEn: ["Dân tộc"],
      },
    ],
  },
  MEMBER_NAME_MISSING: { severity: "warning", cases: [{ args: {}, vi: ["thiếu họ và tên (vẫn được tính)."], en: ["no name (still counted)."] }] },
  MEMBER_ORGANIZATION_MISSING: {
    severity: "warning",
    cases: [{ args: {}, vi: ["Dòng không ghi tổ chức cơ sở đảng (vẫn được tính vào tổng"], en: ["A row without its grassroots organisation (counted in the totals"] }],
  },
  REGISTER_COUNT_MISMATCH: {
    severity: "warning",
    cases: [
      {
        args: { organization: ORG, month: "5/2025", figure: "trong đó học sinh", figureEn: "of whom pupils", register: 4, reported: 3 },
        vi: [`${ORG}, 5/2025: danh sách kết nạp có 4 (trong đó học sinh), báo cáo tháng ghi 3.`],
        en: [`${ORG}, 5/2025: the register lists 4 (of whom pupils), the monthly report says 3.`],
      },
    ],
  },
});

// ------------------------------------------------------------------ settings

describeCatalogue<SettingsCode, SettingsArgs>("document settings", SETTINGS_MESSAGES, {
  SETTINGS_NOT_JSON: {
    severity: "error",
    cases: [
      {
        args: { detail: "Unexpected token } in JSON at position 37" },
        vi: ["Tệp cài đặt không phải JSON hợp lệ (Unexpected token } in JSON at position 37); dùng cài đặt mặc định."],
        en: ["The settings are not valid JSON (Unexpected token } in JSON at position 37); the defaults are used."],
      },
    ],
  },
  SETTINGS_NOT_OBJECT: { severity: "error", cases: [{ args: {}, vi: ["Cài đặt phải là một đối tượng JSON ({ … })"], en: ["The settings must be a JSON object ({ … })"] }] },
  SETTINGS_FIELD_INVALID: {
    severity: "error",
    cases: [
      {
        args: { field: "signatory.authority", expected: "một chuỗi chữ", expectedEn: "a string" },
        vi: ['Trường "signatory.authority" không hợp lệ: cần một chuỗi chữ; dùng giá trị mặc định.'],
        en: ['Field "signatory.authority" is invalid: expected a string; the default is used.'],
        notVi: ["a string"],
        notEn: ["một chuỗi"],
      },
    ],
  },
  SETTINGS_FIELD_UNKNOWN: {
    severity: "warning",
    cases: [{ args: { field: "signatory.titel" }, vi: ['Trường "signatory.titel" không có trong cài đặt văn bản, bị bỏ qua.'], en: ['Field "signatory.titel" is not a document setting; it is ignored.'] }],
  },
});

// ------------------------------------------------------------- file problems

const SAVE_AS = ["Lưu thành (Save As) kiểu “Sổ làm việc Excel (*.xlsx)”", "use Save As “Excel Workbook (*.xlsx)” and choose the new file."] as const;

describeCatalogue<FileProblemCode, FileProblemArgs>("file problem", FILE_PROBLEMS, {
  FILE_NOT_FOUND: {
    severity: "error",
    cases: [{ args: { path: "bao-cao/Phân bổ 2026.xlsx" }, vi: ["Không tìm thấy tệp “bao-cao/Phân bổ 2026.xlsx”."], en: ["File “bao-cao/Phân bổ 2026.xlsx” not found."] }],
  },
  FILE_EMPTY: { severity: "error", cases: [{ args: {}, vi: ["Tệp rỗng (0 byte)"], en: ["The file is empty (0 bytes)."] }] },
  FILE_UNSUPPORTED_XLS: {
    severity: "error",
    cases: [{ args: {}, vi: ["tệp Excel kiểu cũ (.xls, Excel 97–2003)", SAVE_AS[0]], en: ["old-style Excel file (.xls, Excel 97–2003)", SAVE_AS[1]] }],
  },
  FILE_UNSUPPORTED_XLSB: { severity: "error", cases: [{ args: {}, vi: ["tệp Excel dạng nhị phân (.xlsb)", SAVE_AS[0]], en: ["binary Excel workbook (.xlsb)", SAVE_AS[1]] }] },
  FILE_UNSUPPORTED_ODS: {
    severity: "error",
    cases: [{ args: {}, vi: ["bảng tính OpenDocument (.ods, LibreOffice/OpenOffice)", SAVE_AS[0]], en: ["OpenDocument spreadsheet (.ods, LibreOffice/OpenOffice)", SAVE_AS[1]] }],
  },
  FILE_UNSUPPORTED_FORMAT: {
    severity: "error",
    cases: [
      {
        args: { detail: "%PDF-1.7 header" },
        vi: ["Tệp không phải bảng tính hay kế hoạch mà PTĐV đọc được (%PDF-1.7 header).", "(.xlsx, .xls, .ods, .csv)", "tài liệu Word (.docx)"],
        en: ["The file is not a spreadsheet or plan PTĐV reads (%PDF-1.7 header).", "(.xlsx, .xls, .ods, .csv)", "a Word document (.docx)"],
      },
    ],
  },
  FILE_ENCRYPTED: { severity: "error", cases: [{ args: {}, vi: ["Tệp được đặt mật khẩu (mã hoá)"], en: ["The file is password-protected (encrypted)"] }] },
  FILE_CORRUPT: {
    severity: "error",
    cases: [
      {
        args: { detail: "invalid zip central directory" },
        vi: ["không đọc được (invalid zip central directory).", "mở bằng Excel", ".xlsx"],
        en: ["cannot be read (invalid zip central directory).", "open it in Excel", ".xlsx"],
        notVi: ["Word"],
        notEn: ["Word"],
      },
      // A Word document is repaired in Word.
      { args: { detail: "unexpected end", app: "word" }, vi: ["mở bằng Word", "thành .docx"], en: ["open it in Word", "as .docx"], notVi: ["Excel"], notEn: ["Excel"] },
    ],
  },
  FILE_TOO_LARGE: {
    severity: "error",
    cases: [{ args: { actual: "61.2 MB", limit: "50.0 MB" }, vi: ["Tệp quá lớn (61,2 MB; PTĐV đọc tối đa 50,0 MB)."], en: ["The file is too large (61.2 MB; PTĐV reads at most 50.0 MB)."] }],
  },
  FILE_LIMIT_EXCEEDED: {
    severity: "error",
    cases: [
      {
        args: { limit: "ratio", actual: "250:1", max: "100:1", where: "xl/worksheets/sheet1.xml" },
        vi: ["Tệp vượt giới hạn an toàn về tỉ lệ nén (tệp nén bất thường, có thể là “bom nén”) (xl/worksheets/sheet1.xml): 250:1, tối đa 100:1."],
        en: ["The file exceeds a safety limit on the compression ratio (an abnormal archive, possibly a “zip bomb”) (xl/worksheets/sheet1.xml): 250:1, at most 100:1."],
      },
      { args: { limit: "tables", actual: 201, max: 200 }, vi: ["giới hạn an toàn về số bảng trong văn bản: 201, tối đa 200."], en: ["safety limit on the number of tables in the document: 201, at most 200."] },
      // A limit without words of its own is still named.
      { args: { limit: "sheetCount", actual: 301, max: 255 }, vi: ["giới hạn an toàn về sheetCount: 301, tối đa 255."], en: ["safety limit on the sheetCount: 301, at most 255."] },
    ],
  },
  FILE_UNREADABLE: {
    severity: "error",
    cases: [
      { args: { path: "Phân bổ.xlsx", detail: "EACCES" }, vi: ["Không đọc được tệp “Phân bổ.xlsx” (không có quyền đọc tệp, EACCES)."], en: ["Could not read “Phân bổ.xlsx” (EACCES)."] },
      // An errno code without Vietnamese words is quoted as it is.
      { args: { path: "a.xlsx", detail: "EXDEV" }, vi: ["Không đọc được tệp “a.xlsx” (EXDEV)."], en: ["Could not read “a.xlsx” (EXDEV)."] },
      { args: { path: "/tmp/bao-cao", detail: "is a folder" }, vi: ["“/tmp/bao-cao” là một thư mục, không phải một tệp. Hãy chọn một tệp trong thư mục đó."], en: ["“/tmp/bao-cao” is a folder, not a file. Choose a file in it."], notVi: ["is a folder"] },
    ],
  },
  FILE_NOT_REGULAR: {
    severity: "error",
    cases: [
      { args: { path: "bao-cao", detail: "is a folder" }, vi: ["“bao-cao” không phải là một tệp thông thường (is a folder)"], en: ["“bao-cao” is not a regular file (is a folder)"] },
      { args: { path: "/dev/zero", detail: "character device" }, vi: ["“/dev/zero” không phải là một tệp thông thường (thiết bị ký tự)"], en: ["“/dev/zero” is not a regular file (character device)"], notVi: ["character device"] },
    ],
  },
});

describe("file problem helpers", () => {
  /** Each read limit named in words, with a word that tells it from the others. */
  const LIMIT_WORDS: Readonly<Record<string, readonly [string, string]>> = {
    fileBytes: ["dung lượng tệp", "file size"],
    entryBytes: ["một phần trong tệp", "one part of the file"],
    totalBytes: ["tổng dung lượng khi giải nén", "total uncompressed size"],
    ratio: ["tỉ lệ nén", "compression ratio"],
    cells: ["số ô có dữ liệu", "number of cells with data"],
    rows: ["số dòng của một trang tính", "number of rows on one sheet"],
    columns: ["số cột", "number of columns"],
    area: ["diện tích", "area (rows × columns)"],
    entries: ["số phần trong tệp nén", "number of parts in the archive"],
    mergedCells: ["gộp ô", "merged ranges"],
    rowSpan: ["dòng cuối cùng có dữ liệu", "last row with data"],
    totalRowSpan: ["tổng số dòng", "total rows"],
    text: ["tổng số ký tự văn bản", "total characters of cell text"],
    cellText: ["số ký tự trong một ô", "characters in one cell"],
    tables: ["số bảng trong văn bản", "number of tables"],
  };

  it.each(Object.entries(LIMIT_WORDS))("names the %s limit in words in both languages", (limit, [vi, en]) => {
    const f = fileProblem("FILE_LIMIT_EXCEEDED", "x.xlsx", { limit, actual: 5, max: 4 });
    expect(f.message.vi).toContain(vi);
    expect(f.message.en).toContain(en);
    expect(f.message.vi).not.toContain(`về ${limit}:`);
    expect(f.message.en).not.toContain(`the ${limit}:`);
    expect(without(f.message.en, QUOTED_IN_ENGLISH)).not.toMatch(VI_LETTER);
  });

  it("points at the file when one is named, and at nothing otherwise", () => {
    expect(fileProblem("FILE_EMPTY", "bao-cao.xlsx")).toMatchObject({ code: "FILE_EMPTY", severity: "error", file: "bao-cao.xlsx", args: {} });
    const bare = fileProblem("FILE_NOT_FOUND", undefined, { path: "x.xlsx" });
    expect(bare).not.toHaveProperty("file");
    expect(bare.message.vi).toContain("“x.xlsx”");
  });

  it.each([
    [0, "0 B"],
    [1023, "1023 B"],
    [1024, "1.0 KB"],
    [1536, "1.5 KB"],
    [1024 * 1024 - 1, "1024.0 KB"],
    [1024 * 1024, "1.0 MB"],
    [12.3 * 1024 * 1024, "12.3 MB"],
    [1024 * 1024 * 1024 - 1, "1024.0 MB"],
    [1024 * 1024 * 1024, "1.0 GB"],
    [2.5 * 1024 * 1024 * 1024, "2.5 GB"],
  ])("writes %d bytes as %s", (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe("monthly report names", () => {
  it("shows a row without a name under a placeholder in the reader's language, and a name as written", () => {
    expect(shownName("", "vi")).toBe("(không có tên)");
    expect(shownName("", "en")).toBe("(no name)");
    expect(shownName(ORG, "vi")).toBe(ORG);
    expect(shownName(ORG, "en")).toBe(ORG);
  });

  it("writes every month of the period key as people read it", () => {
    const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    MONTHS.forEach((month, i) => {
      const period = `2025-${String(i + 1).padStart(2, "0")}`;
      const f = makeFinding(REPORT_MESSAGES, "SUBMISSION_MISSING", {}, { name: ORG, period });
      expect(f.message.vi).toBe(`"${ORG}" chưa nộp báo cáo tháng ${i + 1}/2025.`);
      expect(f.message.en).toBe(`"${ORG}" has not reported for ${month} 2025.`);
    });
  });
});

// ------------------------------------------------------------ grouped findings

describe("grouped allocation findings", () => {
  const cells = ["C5", "C6", "C7", "C19"];
  const row = (cell: string, i: number) => ({ name: `${ORG} ${i}`, row: i + 5, cell });
  const of = (code: "QUOTA_STORED_AS_TEXT" | "QUOTA_ZERO" | "QUOTA_MISSING" | "HS_QUOTA_MISSING", list: readonly string[]): Finding[] =>
    list.map((cell, i) => {
      const loc = { file: "phan-bo.xlsx", sheet: "Phân bổ", cell };
      if (code === "QUOTA_MISSING") return makeFinding(ALLOCATION_MESSAGES, code, loc, row(cell, i));
      if (code === "QUOTA_STORED_AS_TEXT") return makeFinding(ALLOCATION_MESSAGES, code, loc, { ...row(cell, i), quota: 3, studentQuota: 0, value: "03" });
      return makeFinding(ALLOCATION_MESSAGES, code, loc, { ...row(cell, i), quota: code === "QUOTA_ZERO" ? 0 : 3, studentQuota: 0 });
    });

  it.each([
    ["QUOTA_STORED_AS_TEXT", "4 ô chỉ tiêu lưu dạng văn bản: C5–C7, C19 — PTĐV vẫn đọc đúng", "4 quota cells are stored as text: C5–C7, C19 — PTĐV reads them, but Excel's SUM skips them", "they still show"],
    ["QUOTA_ZERO", "4 tổ chức có chỉ tiêu bằng 0: C5–C7, C19 — nếu", "4 organisations have a quota of 0: C5–C7, C19 — assign", "organisations have"],
    ["QUOTA_MISSING", "4 ô chỉ tiêu để trống: C5–C7, C19 — hãy nhập", "4 quota cells are blank: C5–C7, C19 — enter", "cells are blank"],
    ["HS_QUOTA_MISSING", "4 trường có cấp THPT chưa được giao chỉ tiêu kết nạp học sinh: C5–C7, C19 — hãy ghi", "4 schools teaching upper-secondary classes have no student quota: C5–C7, C19 — write", "schools"],
  ] as const)("says one sentence for the %s cells of a sheet, in each language", (code, vi, en, plural) => {
    const findings = of(code, cells);
    const [groupVi, ...restVi] = groupFindings(findings, "vi");
    const [groupEn] = groupFindings(findings, "en");
    expect(restVi).toEqual([]);
    expect(groupVi).toMatchObject({ code, severity: ALLOCATION_MESSAGES[code].severity, file: "phan-bo.xlsx", sheet: "Phân bổ", cells, cellList: "C5–C7, C19" });
    expect(groupVi?.findings).toHaveLength(4);
    expect(groupVi?.message).toContain(vi);
    expect(groupEn?.message).toContain(en);
    expect(groupEn?.message).toContain(plural);
    expectWellFormed(groupVi?.message ?? "");
    expectWellFormed(groupEn?.message ?? "");
    expect(groupVi?.message).toMatch(VI_LETTER);
    expect(without(groupEn?.message ?? "", QUOTED_IN_ENGLISH)).not.toMatch(VI_LETTER);
  });

  it("counts a large group the way each language writes numbers", () => {
    const many = of(
      "QUOTA_ZERO",
      Array.from({ length: 1200 }, (_, i) => `C${i + 5}`),
    );
    expect(groupFindings(many, "vi")[0]?.message).toMatch(/^1\.200 tổ chức có chỉ tiêu bằng 0: C5–C1204 — /u);
    expect(groupFindings(many, "en")[0]?.message).toMatch(/^1,200 organisations have a quota of 0: C5–C1204 — /u);
  });

  it("keeps a lone finding's own message, and findings that say different things apart", () => {
    const [lone] = of("QUOTA_ZERO", ["C9"]);
    const dup = makeFinding(ALLOCATION_MESSAGES, "DUPLICATE_ORGANIZATION", { sheet: "Phân bổ", cell: "B12" }, { ...who, cell: "B12", firstRow: 8 });
    const dup2 = makeFinding(ALLOCATION_MESSAGES, "DUPLICATE_ORGANIZATION", { sheet: "Phân bổ", cell: "B13" }, { ...who, cell: "B13", firstRow: 8 });
    if (lone === undefined) throw new Error("no finding");
    const groups = groupFindings([lone, dup, dup2], "en");
    expect(groups.map((g) => g.message)).toEqual([lone.message.en, dup.message.en, dup2.message.en]);
  });

  it("groups only the findings of one sheet of one file that point at a cell", () => {
    const [a, b] = of("QUOTA_ZERO", ["C5", "C6"]);
    const [c] = of("QUOTA_ZERO", ["C7"]);
    if (a === undefined || b === undefined || c === undefined) throw new Error("no finding");
    const otherSheet = { ...b, sheet: "Phân bổ (2)" };
    const otherFile = { ...c, file: "phan-bo-cu.xlsx" };
    const noCell: Finding = { code: a.code, severity: a.severity, args: a.args, message: a.message, file: "phan-bo.xlsx", sheet: "Phân bổ" };
    const nowhere = makeFinding(ALLOCATION_MESSAGES, "TOTAL_BELOW_TARGET", {}, { cell: "C40", total: 1950, target: 2000, missing: 50 });
    const groups = groupFindings([a, otherSheet, otherFile, noCell, { ...a, cell: "C9" }, nowhere], "vi");
    expect(groups.map((g) => [g.file, g.sheet, g.cellList, g.findings.length])).toEqual([
      ["phan-bo.xlsx", "Phân bổ", "C5, C9", 2],
      ["phan-bo.xlsx", "Phân bổ (2)", "C6", 1],
      ["phan-bo-cu.xlsx", "Phân bổ", "C7", 1],
      ["phan-bo.xlsx", "Phân bổ", "", 1],
      [undefined, undefined, "", 1],
    ]);
    expect(groups[0]?.message).toMatch(/^2 tổ chức có chỉ tiêu bằng 0: C5, C9 — /u);
    expect(groups[3]?.message).toBe(a.message.vi);
    // A finding from no file and no sheet says so by having neither, not by an undefined one.
    expect(groups[4]).not.toHaveProperty("file");
    expect(groups[4]).not.toHaveProperty("sheet");
  });

  it("lists cells as a person does: runs of rows as ranges, column by column, odd cells last", () => {
    expect(formatCellList(["C7", "C5", "C6", "C19", "B2", "B3", "Z"])).toBe("B2–B3, C5–C7, C19, Z");
    expect(formatCellList(["C5"])).toBe("C5");
    // The next column's next row is another cell, not the end of a run.
    expect(formatCellList(["B4", "C5"])).toBe("B4, C5");
    expect(formatCellList([])).toBe("");
  });
});

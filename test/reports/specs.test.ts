import { consolidate } from "../../src/core/reports/consolidate";
import { gridFromValues } from "../../src/core/grid";
import { progressWorkbookSpec } from "../../src/core/reports/progress-spec";
import { DEFAULT_REPORT_SETTINGS } from "../../src/core/reports/settings";
import { templateWorkbookSpecs } from "../../src/core/reports/template-spec";
import { TEMPLATE_NAMES } from "../../src/core/reports/template-layout";
import type { SheetSpec, SpecCell } from "../../src/core/sheet-spec";
import { seedAllocation } from "./helpers";

const allCells = (s: SheetSpec): SpecCell[] => s.rows.flatMap((r) => r.filter((c): c is SpecCell => c !== null));
const texts = (s: SheetSpec): string[] => allCells(s).map((c) => c.value).filter((v): v is string => typeof v === "string");

describe("template specs", () => {
  const books = templateWorkbookSpecs(seedAllocation(), 2025, DEFAULT_REPORT_SETTINGS);

  it("makes one workbook per organisation with unique file names and the organisation pre-filled", () => {
    expect(books).toHaveLength(15);
    expect(new Set(books.map((b) => b.fileName)).size).toBe(15);
    expect(books[2]!.fileName).toBe("03 - Đảng bộ thị trấn D’Ran - 2025.xlsx");
    const sheet = books[10]!.sheets[0]!;
    expect(texts(sheet)).toEqual(expect.arrayContaining(["Chi bộ Trường THPT Đơn Dương", "Trường THPT", "T1", "T12", "Kết nạp trong tháng", "Lũy kế kết nạp"]));
    const at = (name: string) => {
      const r = sheet.definedNames![name]!;
      return sheet.rows[r.top]![r.left]!.value;
    };
    expect(at(TEMPLATE_NAMES.orgName)).toBe("Chi bộ Trường THPT Đơn Dương");
    expect(at(TEMPLATE_NAMES.year)).toBe(2025);
    expect(at(TEMPLATE_NAMES.quota)).toBe(3);
    expect(at(TEMPLATE_NAMES.studentQuota)).toBe(1);
  });

  it("protects the sheet, unlocks exactly the input box and validates it", () => {
    const sheet = books[0]!.sheets[0]!;
    expect(sheet.protect).toBe(true);
    const inputs = sheet.definedNames![TEMPLATE_NAMES.inputs]!;
    expect(inputs.bottom - inputs.top).toBe(11);
    expect(inputs.right - inputs.left).toBe(7);
    for (let r = inputs.top; r <= inputs.bottom; r++) {
      for (let c = inputs.left; c <= inputs.right; c++) expect(sheet.rows[r]![c]!.style?.locked).toBe(false);
    }
    const nameRange = sheet.definedNames![TEMPLATE_NAMES.orgName]!;
    expect(sheet.rows[nameRange.top]![nameRange.left]!.style?.locked).not.toBe(false);
    const v = sheet.dataValidations!;
    expect(v.every((d) => d.type === "wholeNumber" && d.min === 0)).toBe(true);
    expect(v.find((d) => d.max !== undefined)).toMatchObject({ max: "$B14", range: { top: 13, left: 2, bottom: 24, right: 6 } });
    expect(sheet.print).toMatchObject({ paper: "A4" });
  });

  it("computes the running total with a formula blank until the month is filled", () => {
    const sheet = books[0]!.sheets[0]!;
    const cum = sheet.definedNames![TEMPLATE_NAMES.cumulative]!;
    expect(sheet.rows[cum.top + 4]![cum.left]).toMatchObject({ formula: 'IF(COUNT(B18)=0,"",SUM(B$14:B18))', value: "" });
  });
});

describe("progress workbook spec", () => {
  const log = gridFromValues("Nhật ký", [
    ["TCCSĐ", "Tháng", "Kết nạp", "HS"],
    ["Đảng bộ xã Ka Đô", "4/2025", 2],
    ["Đảng bộ xã Ka Đô", "5/2025", 1],
    ["Chi bộ Trường THPT Pró", "5/2025", 1, 1],
    ["=HYPERLINK(\"http://x\")", "5/2025", 1],
  ]);
  const result = consolidate([{ file: "log.xlsx", grids: [log] }], { allocation: seedAllocation(), year: 2025, month: 5, target: 88 });
  const spec = progressWorkbookSpec(result, {
    ...DEFAULT_REPORT_SETTINGS,
    issuingBody: ["HUYỆN ỦY ĐƠN DƯƠNG", "BAN TỔ CHỨC"],
    place: "Đơn Dương",
    date: new Date(2025, 4, 31),
  });
  const [progress, monthly, findings] = spec.sheets;

  it("names no committee until the user does: the default heading is a form to complete", () => {
    const neutral = progressWorkbookSpec(result, DEFAULT_REPORT_SETTINGS);
    const t = texts(neutral.sheets[0]!);
    expect(t).toEqual(expect.arrayContaining(["BAN TỔ CHỨC", "ĐẢNG CỘNG SẢN VIỆT NAM"]));
    expect(t).not.toContain("HUYỆN ỦY ĐƠN DƯƠNG");
    expect(t.filter((x) => x.startsWith("Đơn Dương,"))).toEqual([]);
    expect(t.some((x) => x.startsWith("…………, ngày"))).toBe(true);
  });

  it("names the three sheets by period", () => {
    expect(spec.sheets.map((s) => s.name)).toEqual(["Tổng hợp T05-2025", "Theo tháng 2025", "Kiểm tra T05-2025"]);
    expect(spec.sheets.map((s) => s.role)).toEqual(["progress", "monthly", "findings"]);
  });

  it("carries the Party-document heading, the title and the 14 columns", () => {
    const t = texts(progress!);
    expect(t).toEqual(expect.arrayContaining(["HUYỆN ỦY ĐƠN DƯƠNG", "BAN TỔ CHỨC", "*", "ĐẢNG CỘNG SẢN VIỆT NAM", "Đơn Dương, ngày 31 tháng 5 năm 2025"]));
    expect(t).toContain("BÁO CÁO TIẾN ĐỘ KẾT NẠP ĐẢNG VIÊN NĂM 2025");
    const header = progress!.rows.find((r) => r[0]?.value === "STT")!;
    expect(header.map((c) => c?.value)).toEqual([
      "STT", "TCCSĐ", "Chỉ tiêu", "Trong đó HS", "Kết nạp trong tháng", "Lũy kế", "Trong đó HS", "Nữ", "DTTS", "Tôn giáo", "Đoàn viên", "Tỷ lệ %", "Còn lại", "Tình trạng",
    ]);
    expect(allCells(progress!).every((c) => c.style?.font?.name === undefined || c.style.font.name === "Times New Roman")).toBe(true);
    expect(progress!.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToWidth: true });
    expect(progress!.freeze?.rows).toBe(progress!.rows.indexOf(header) + 1);
    expect(progress!.charts).toHaveLength(1);
    expect(progress!.conditionalFormats!.length).toBeGreaterThan(0);
  });

  it("writes totals, percentages and remainders as formulas carrying the engine's results", () => {
    const total = progress!.rows.find((r) => r[0]?.value === "TỔNG CỘNG")!;
    expect(total[2]).toMatchObject({ value: 91, formula: expect.stringMatching(/^SUM\(C\d+:C\d+\)$/) });
    expect(total[5]).toMatchObject({ value: result.totals.admittedToDate, formula: expect.stringMatching(/^SUM\(F/) });
    expect(result.totals.admittedToDate).toBe(5);
    const kaDo = progress!.rows.find((r) => r[1]?.value === "Đảng bộ xã Ka Đô")!;
    expect(kaDo[11]).toMatchObject({ value: 33.3, formula: expect.stringContaining("ROUND(") });
    expect(kaDo[12]).toMatchObject({ value: 6, formula: expect.stringContaining("MAX(") });
    expect(kaDo[13]).toMatchObject({ value: "Chậm tiến độ" }); // 3 < 9 × 5/12
    expect(total[12]).toMatchObject({ value: 86, formula: expect.stringMatching(/^MAX\(C\d+-F\d+,0\)$/) });
    const targetRow = progress!.rows.find((r) => typeof r[0]?.value === "string" && (r[0].value as string).startsWith("Mục tiêu"))!;
    expect(targetRow[0]).toMatchObject({ value: "Mục tiêu của kế hoạch: kết nạp từ 88 đảng viên trở lên; đã kết nạp 5, còn thiếu 83.", formula: expect.stringContaining("MAX(88-F") });
  });

  it("keeps names that look like formulas as text", () => {
    const other = progress!.rows.find((r) => r[1]?.value === '=HYPERLINK("http://x")')!;
    expect(other[1]!.formula).toBeUndefined();
    const m = monthly!.rows.find((r) => typeof r[1]?.value === "string" && (r[1].value as string).startsWith("=HYPERLINK"))!;
    expect(m[1]!.formula).toBeUndefined();
  });

  it("lays out the monthly matrix with row and column totals", () => {
    const header = monthly!.rows.find((r) => r[0]?.value === "STT")!;
    expect(header.slice(0, 15).map((c) => c?.value)).toEqual(["STT", "TCCSĐ", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12", "Cộng"]);
    const kaDo = monthly!.rows.find((r) => r[1]?.value === "Đảng bộ xã Ka Đô")!;
    expect(kaDo.slice(2, 8).map((c) => c?.value)).toEqual([null, null, null, 2, 1, null]);
    expect(kaDo[14]).toMatchObject({ value: 3, formula: expect.stringMatching(/^SUM\(C\d+:N\d+\)$/) });
    const total = monthly!.rows[monthly!.rows.length - 1]!;
    expect(total[5]).toMatchObject({ value: 2 });
    expect(total[6]).toMatchObject({ value: 3 });
    expect(total[14]).toMatchObject({ value: 5 });
  });

  it("lists every finding with code, severity, source and message, errors first", () => {
    const rows = findings!.rows.filter((r) => typeof r[0]?.value === "number");
    expect(rows).toHaveLength(result.findings.length);
    // The code sits in the last, hidden column: printed pages carry Vietnamese only.
    const unknown = rows.find((r) => r[4]?.value === "SUBMISSION_UNKNOWN_ORGANIZATION")!;
    expect(unknown[1]!.value).toBe("Cảnh báo");
    expect(unknown[2]!.value).toBe("log.xlsx › Nhật ký › A5");
    expect(findings!.columns![4]).toMatchObject({ hidden: true });
  });
});

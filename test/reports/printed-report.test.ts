/**
 * The printed report reads as a complete Party document with consistent totals,
 * and what the templates collect is not dropped.
 */
import { gridFromValues } from "../../src/core/grid";
import { consolidate } from "../../src/core/reports/consolidate";
import { kindLabel } from "../../src/core/reports/kind-labels";
import { consolidationJson } from "../../src/core/reports/json";
import { progressWorkbookSpec } from "../../src/core/reports/progress-spec";
import { DEFAULT_REPORT_SETTINGS } from "../../src/core/reports/settings";
import type { SheetSpec, SpecCell } from "../../src/core/sheet-spec";
import { seedAllocation } from "./helpers";

const texts = (s: SheetSpec): string[] =>
  s.rows.flatMap((r) => r.filter((c): c is SpecCell => c !== null)).map((c) => c.value).filter((v): v is string => typeof v === "string");
const rowIndexOf = (s: SheetSpec, pred: (t: string) => boolean): number => s.rows.findIndex((r) => r.some((c) => typeof c?.value === "string" && pred(c.value)));
const mergedAcross = (s: SheetSpec, row: number): number => {
  const m = (s.merges ?? []).find((g) => g.top === row && g.left === 0);
  return m ? m.right - m.left + 1 : 1;
};

const log = gridFromValues("Nhật ký", [
  ["TCCSĐ", "Tháng", "Kết nạp", "Quần chúng học lớp NTVĐ", "Hồ sơ đề nghị", "Ghi chú"],
  ["Đảng bộ xã Ka Đô", "2/2026", 1, 4, 1],
  ["Đảng bộ xã Ka Đô", "3/2026", 2, 3, 2, "Mở lớp NTVĐ tháng 3 cho 3 quần chúng ưu tú, đã xét duyệt hồ sơ theo đúng quy định của Điều lệ Đảng"],
  ["Đảng bộ xã Tu Tra", "3/2026", 0, 5, 1],
  ["Chi bộ ấp Bình Minh", "3/2026", 1, 2, 0],
]);
const result = consolidate([{ file: "log.xlsx", grids: [log] }], { allocation: seedAllocation(), year: 2026, month: 3, target: 88 });
const book = progressWorkbookSpec(result, { ...DEFAULT_REPORT_SETTINGS, issuingBody: ["HUYỆN ỦY ĐƠN DƯƠNG", "BAN TỔ CHỨC"] });
const [progress, monthly, findings] = book.sheets as [SheetSpec, SheetSpec, SheetSpec];

describe("the printed progress report as a Party document", () => {
  it("puts a document-number line with a blank number under the star", () => {
    const star = rowIndexOf(progress, (t) => t === "*");
    const number = progress.rows[star + 1]![0]!.value as string;
    expect(number).toMatch(/^Số\s{3,}-BC\/BTC$/);
  });

  it("ends with 'Nơi nhận' and its default list ending in '- Lưu.' on the left and the signature block on the right, within the printed columns", () => {
    const recipients = rowIndexOf(progress, (t) => t === "Nơi nhận:");
    expect(recipients).toBeGreaterThan(rowIndexOf(progress, (t) => t === "TỔNG CỘNG"));
    expect(progress.rows[recipients + 1]![0]!.value).toBe("- Ban Tổ chức Tỉnh ủy (b/c);");
    expect(progress.rows[recipients + 3]![0]!.value).toBe("- Lưu.");
    const sign = progress.rows[recipients]!.findIndex((c) => c?.value === "T/M BAN TỔ CHỨC");
    expect(sign).toBeGreaterThan(1);
    expect(sign).toBeLessThan(14);
    expect(progress.rows[recipients + 1]![sign]!.value).toBe("TRƯỞNG BAN");
    // Room for the signature: the rows under the title stay empty.
    expect(progress.rows[recipients + 2]![sign]).toBeNull();
    expect(progress.rows[recipients + 3]![sign]).toBeNull();
    const chart = progress.charts![0]!;
    expect(chart.anchor.top).toBeGreaterThan(recipients + 3);
  });

  it("gives the monthly sheet the issuing body and its own title", () => {
    const t = texts(monthly);
    expect(t).toEqual(expect.arrayContaining(["HUYỆN ỦY ĐƠN DƯƠNG", "BAN TỔ CHỨC", "ĐẢNG CỘNG SẢN VIỆT NAM", "THEO DÕI KẾT NẠP ĐẢNG VIÊN THEO THÁNG NĂM 2026"]));
  });
});

describe("consistent totals on the progress sheet", () => {
  const total = progress.rows.find((r) => r[0]?.value === "TỔNG CỘNG")!;

  it("computes the total row's percent and remainder against the allocated quota, others included", () => {
    expect(result.totals.admittedToDate).toBe(4);
    expect(total[11]).toMatchObject({ value: 4.4 }); // 4 / 91
    expect(total[12]).toMatchObject({ value: 87, formula: expect.stringMatching(/^MAX\(C\d+-F\d+,0\)$/) });
    // The note explaining it is for the user: on the findings sheet, not on the printed report.
    expect(texts(progress).some((t) => t.includes("Tỷ lệ % = lũy kế"))).toBe(false);
    expect(texts(findings).some((t) => t.includes("Tỷ lệ % = lũy kế") && t.includes("tổng chỉ tiêu phân bổ"))).toBe(true);
  });

  it("states the target in one line merged across the table without a second percentage, matching the JSON figures", () => {
    const r = rowIndexOf(progress, (t) => t.startsWith("Mục tiêu"));
    const line = progress.rows[r]![0]!;
    expect(line.value).toBe("Mục tiêu của kế hoạch: kết nạp từ 88 đảng viên trở lên; đã kết nạp 4, còn thiếu 84.");
    expect(line.formula).toMatch(/^"Mục tiêu của kế hoạch: kết nạp từ "&FIXED\(88,0\)&" đảng viên trở lên; đã kết nạp "&FIXED\(F\d+,0\)&/);
    // One definition of "Tỷ lệ %" on the page: lũy kế ÷ chỉ tiêu phân bổ, in the table only.
    expect(texts(progress).filter((t) => t.includes("%"))).toEqual(["Tỷ lệ %"]);
    expect(mergedAcross(progress, r)).toBe(14);
    expect(progress.rows[r]!.slice(1).every((c) => c === null)).toBe(true);
    const json = consolidationJson(result, "vi");
    expect(json.totals).toMatchObject({ percentOfTarget: 4.5, remainingToTarget: 84 });
  });
});

describe("figures the templates collect", () => {
  it("adds up the awareness class to date and the pending applications of month M under the target line", () => {
    const summary = texts(progress).find((t) => t.startsWith("Nguồn kết nạp:"));
    expect(summary).toBe("Nguồn kết nạp: quần chúng đã học lớp NTVĐ (lũy kế) 14; hồ sơ đang đề nghị kết nạp (tháng 3/2026) 3.");
    expect(rowIndexOf(progress, (t) => t.startsWith("Nguồn kết nạp:"))).toBeGreaterThan(rowIndexOf(progress, (t) => t.startsWith("Mục tiêu")));
  });

  it("shows them per organisation on the monthly sheet and keeps the 14 progress columns and the JSON fields", () => {
    const header = monthly.rows.find((r) => r[0]?.value === "STT")!;
    expect(header.slice(14).map((c) => c?.value)).toEqual(["Cộng", "Quần chúng đã học lớp NTVĐ (lũy kế)", "Hồ sơ đang đề nghị kết nạp (T3)"]);
    const kaDo = monthly.rows.find((r) => r[1]?.value === "Đảng bộ xã Ka Đô")!;
    expect(kaDo.slice(14).map((c) => c?.value)).toEqual([3, 7, 2]);
    expect(progress.rows.find((r) => r[0]?.value === "STT")!.filter((c) => c !== null)).toHaveLength(14);
    const json = consolidationJson(result, "vi");
    expect(Object.keys(json.organizations[0]!)).not.toContain("awarenessClassToDate");
    expect(Object.keys(json.others[0]!)).toEqual(["name", "admittedInPeriod", "admittedToDate", "studentsToDate"]);
  });

  it("leaves the monthly total row blank for months after the period", () => {
    const total = monthly.rows[monthly.rows.length - 1]!;
    expect(total.slice(2, 5).map((c) => c?.value)).toEqual([0, 1, 3]);
    for (const c of total.slice(5, 14)) {
      expect(c?.value ?? null).toBeNull();
      expect(c?.formula).toBeUndefined();
    }
    expect(total.slice(14).map((c) => c?.value)).toEqual([4, 14, 3]);
  });
});

describe("row heights for wrapped text in print", () => {
  it("makes a findings row taller when its message wraps over more lines", () => {
    const rowOf = (code: string) => findings.rows.findIndex((r) => r[4]?.value === code);
    const heights = findings.rowHeights ?? {};
    const missing = heights[rowOf("SUBMISSION_MISSING")];
    const unknown = heights[rowOf("SUBMISSION_UNKNOWN_ORGANIZATION")];
    expect(missing).toBeGreaterThanOrEqual(15);
    expect(unknown).toBeGreaterThan(missing!);
  });

  it("sizes the merged 'Chưa nộp báo cáo' line for its list of names", () => {
    const r = rowIndexOf(progress, (t) => t.startsWith("Chưa nộp báo cáo tháng 3/2026"));
    expect(mergedAcross(progress, r)).toBe(14);
    expect(progress.rows[r]![0]!.style?.wrap).toBe(true);
    // 13 names of about 25 characters over a 156-character line: at least three lines.
    expect(progress.rowHeights?.[r]).toBeGreaterThanOrEqual(3 * 15);
  });
});

describe("wording of messages and labels", () => {
  it("writes periods as 'tháng 3/2026' and 'March 2026', never the ISO key", () => {
    const missing = result.findings.find((f) => f.code === "SUBMISSION_MISSING")!;
    expect(missing.message.vi).toContain("tháng 3/2026");
    expect(missing.message.en).toContain("March 2026");
    expect(missing.args.period).toBe("2026-03");
    for (const f of result.findings) expect(`${f.message.vi} ${f.message.en}`).not.toContain("2026-03");
  });

  it("names village branches as the Party does", () => {
    expect(kindLabel("village")).toBe("Chi bộ thôn, ấp, bản, tổ dân phố");
  });

  it("says whose figures were kept in a conflict: file, sheet and cell of the later row", () => {
    const a = gridFromValues("Nhật ký", [["TCCSĐ", "Tháng", "Kết nạp"], ["Đảng bộ xã Tu Tra", "3/2026", 2]]);
    const b = gridFromValues("Sổ", [["TCCSĐ", "Tháng", "Kết nạp"], ["Đảng bộ xã Tu Tra", "T3/2026", 3]]);
    const r = consolidate([{ file: "a.xlsx", grids: [a] }, { file: "b.csv", grids: [b] }], { allocation: seedAllocation(), year: 2026, month: 3 });
    const conflict = r.findings.find((f) => f.code === "SUBMISSION_CONFLICT")!;
    expect(conflict.message.vi).toContain("Đang dùng số liệu của b.csv › Sổ › A2");
    expect(conflict.message.vi).not.toContain("nguồn sau");
    expect(conflict.message.en).toContain("The figures of b.csv › Sổ › A2");
    expect(r.organizations.find((o) => o.name === "Đảng bộ xã Tu Tra")!.admittedToDate).toBe(3);
  });
});

describe("the heading and layout per Hướng dẫn 36-HD/VPTW", () => {
  const at = (s: SheetSpec, text: string): SpecCell => s.rows.flatMap((r) => r).find((c) => c?.value === text)!;

  it("sets the national title 15 bold with its rule, the bodies 14 (the issuer bold), the number line 14 without a colon, the date italic 14", () => {
    expect(at(progress, "ĐẢNG CỘNG SẢN VIỆT NAM").style?.font).toMatchObject({ name: "Times New Roman", size: 15, bold: true, underline: true });
    expect(at(progress, "HUYỆN ỦY ĐƠN DƯƠNG").style?.font).toMatchObject({ size: 14, bold: false });
    expect(at(progress, "BAN TỔ CHỨC").style?.font).toMatchObject({ size: 14, bold: true });
    const number = texts(progress).find((t) => t.startsWith("Số"))!;
    expect(number).not.toContain(":");
    expect(at(progress, number).style?.font).toMatchObject({ size: 14 });
    const date = texts(progress).find((t) => t.includes(", ngày"))!;
    expect(at(progress, date).style?.font).toMatchObject({ size: 14, italic: true });
  });

  it("dates the report on the last day of the reported month, never the day it is generated", () => {
    expect(texts(progress)).toContain("…………, ngày 31 tháng 3 năm 2026");
    expect(texts(monthly)).toContain("…………, ngày 31 tháng 3 năm 2026");
  });

  it("prints on A4 with margins 20/20/30/15 mm and the table's header row on every page", () => {
    for (const s of [progress, monthly, findings]) {
      const m = s.print!.margins!;
      expect([m.top, m.bottom, m.left, m.right].map((x) => Math.round(x * 25.4))).toEqual([20, 20, 30, 15]);
      expect(s.print!.repeatRows).toBeDefined();
      expect(s.print!.paper).toBe("A4");
    }
  });

  it("keeps notes for the user on the findings sheet and the finding codes in a hidden column", () => {
    expect(texts(progress).some((t) => t.startsWith("Ghi chú"))).toBe(false);
    const noTarget = progressWorkbookSpec({ ...result, target: null }, DEFAULT_REPORT_SETTINGS).sheets;
    expect(texts(noTarget[0]!).some((t) => t.includes("Chưa nhập mục tiêu"))).toBe(false);
    expect(texts(noTarget[2]!).some((t) => t.includes("Chưa nhập mục tiêu"))).toBe(true);
    const codeCol = findings.rows.find((r) => r[0]?.value === "STT")!.findIndex((c) => c?.value === "Mã");
    expect(findings.columns![codeCol]).toMatchObject({ hidden: true });
    // Everything the printed columns hold is Vietnamese: no code such as SUBMISSION_MISSING.
    const printed = findings.rows.flatMap((r) => r.filter((_, c) => c !== codeCol)).map((c) => c?.value);
    expect(printed.filter((v) => typeof v === "string" && /[A-Z]+_[A-Z]+/.test(v))).toEqual([]);
  });

  it("gives a long name on 'Theo tháng' the height of its wrapped lines", () => {
    const long = "Chi bộ Trường Phổ thông Dân tộc Nội trú THCS Đơn Dương";
    const r = monthly.rows.findIndex((row) => row[1]?.value === long);
    expect(monthly.rowHeights?.[r]).toBeGreaterThanOrEqual(2 * 15);
    const short = monthly.rows.findIndex((row) => row[1]?.value === "Đảng bộ xã Ka Đô");
    expect(monthly.rowHeights?.[short]).toBeUndefined();
  });

  it("keeps an input hook for extra summary lines, printed before the signature", () => {
    const sheet = progressWorkbookSpec(result, DEFAULT_REPORT_SETTINGS, { summaryLines: [{ vi: "Chi bộ có từ 3 đảng viên trở lên: 10/12 (83,3%)", en: "Chi bộ with 3 members or more: 10/12 (83.3%)" }] }).sheets[0]!;
    const line = rowIndexOf(sheet, (t) => t.startsWith("Chi bộ có từ 3"));
    expect(line).toBeGreaterThan(rowIndexOf(sheet, (t) => t === "TỔNG CỘNG"));
    expect(line).toBeLessThan(rowIndexOf(sheet, (t) => t === "Nơi nhận:"));
  });
});

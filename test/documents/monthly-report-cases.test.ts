/**
 * The monthly report's document model beyond the seed's ordinary month: neutral
 * default settings, settings typed by hand, an organisation without a valid quota,
 * a report sent with errors, four-digit figures, a zero target, a month nobody
 * reported, a plan without quotas.
 */
import { monthlyReportDocument, reportBodyLines } from "../../src/core/documents/monthly-report";
import type { DocBlock, DocColumns, DocParagraph, DocTable, DocTableCell, DocumentModel } from "../../src/core/documents/model";
import { DEFAULT_DOCUMENT_SETTINGS, DEFAULT_RECIPIENTS, type DocumentSettings } from "../../src/core/documents/settings";
import { gridFromValues } from "../../src/core/grid";
import { consolidate } from "../../src/core/reports/consolidate";
import { seedAllocation } from "../reports/helpers";
import { LOG, RESULT, SETTINGS } from "./fixture";

function columns(block: DocBlock | undefined): DocColumns {
  if (block?.kind !== "columns") throw new Error(`expected columns, got ${block?.kind ?? "nothing"}`);
  return block;
}
function table(block: DocBlock | undefined): DocTable {
  if (block?.kind !== "table") throw new Error(`expected a table, got ${block?.kind ?? "nothing"}`);
  return block;
}
const heading = (m: DocumentModel): DocColumns => columns(m.sections[0]?.blocks[0]);
const signature = (m: DocumentModel): DocColumns => {
  const blocks = m.sections[0]?.blocks ?? [];
  return columns(blocks[blocks.length - 1]);
};
const appendixTable = (m: DocumentModel): DocTable => table(m.sections[1]?.blocks[3]);
const texts = (ps: readonly DocParagraph[]): string[] => ps.map((p) => p.runs.map((r) => r.text).join(""));
const centred = (text: string, extra: Partial<DocTableCell> = {}): DocTableCell => ({ text, align: "center", ...extra });
const row = (stt: string, name: string, rest: readonly string[]): DocTableCell[] => [centred(stt), centred(name, { align: "left" }), ...rest.map((t) => centred(t))];
const totalRow = (figures: readonly string[]): DocTableCell[] => [
  centred("TỔNG CỘNG", { span: 2, bold: true, fill: "#F2F2F2" }),
  ...figures.map((t) => centred(t, { bold: true, fill: "#F2F2F2" })),
];
const settings = (over: Partial<DocumentSettings>): DocumentSettings => ({ ...DEFAULT_DOCUMENT_SETTINGS, ...over });

/*
 * Models are built inside the tests, never while the file loads: StrykerJS counts code
 * run at load time as covered by no test, so its mutants would survive these assertions.
 */
describe("the monthly report with the neutral default settings", () => {
  const report = (): DocumentModel => monthlyReportDocument(RESULT, DEFAULT_DOCUMENT_SETTINGS);

  it("heads it with BAN TỔ CHỨC alone, the derived symbol BC/BTC and a blank place dated the month's last day", () => {
    const model = report();
    expect(heading(model).left).toEqual([
      { kind: "paragraph", runs: [{ text: "BAN TỔ CHỨC", size: 14, bold: true }], align: "center" },
      { kind: "paragraph", runs: [{ text: "*", size: 14 }], align: "center" },
      { kind: "paragraph", runs: [{ text: "Số        -BC/BTC", size: 14 }], align: "center" },
    ]);
    expect(texts(heading(model).right)).toEqual(["ĐẢNG CỘNG SẢN VIỆT NAM", " ", "…………, ngày 31 tháng 3 năm 2026"]);
    expect(model.creator).toBe("BAN TỔ CHỨC");
    expect(model.sections[1]?.blocks[2]).toEqual({ kind: "paragraph", runs: [{ text: "(Kèm theo Báo cáo số        -BC/BTC)", size: 13, italic: true }], align: "center", spaceAfter: 6 });
  });

  it("signs T/M BAN TỔ CHỨC / TRƯỞNG BAN with the name left to write by hand, and sends it to the default recipients", () => {
    const model = report();
    const sig = signature(model);
    expect(texts(sig.right)).toEqual(["T/M BAN TỔ CHỨC", "TRƯỞNG BAN", " ", " ", " "]);
    expect(sig.right[sig.right.length - 1]).toEqual({ kind: "paragraph", runs: [{ text: " ", size: 14 }], keepNext: true });
    expect(texts(sig.left)).toEqual(["Nơi nhận:", ...DEFAULT_RECIPIENTS]);
  });

  it("writes the same body whatever the settings: the figures alone decide it", () => {
    const model = report();
    expect(model.sections[0]?.blocks.slice(5, -2)).toEqual(reportBodyLines(RESULT).map((text) => ({ kind: "paragraph", runs: [{ text, size: 14 }], align: "justify", firstLineIndent: 10, spaceAfter: 6 })));
  });
});

describe("the monthly report with settings a host passes as typed", () => {
  it("prints the bodies trimmed and in capitals, skips blank lines, and makes only the issuer's own line bold", () => {
    const model = monthlyReportDocument(RESULT, settings({ superiorBody: "  đảng bộ tỉnh lâm đồng ", issuingBody: [" đảng ủy xã ka đô ", "  ", "ban xây dựng đảng", ""] }));
    expect(heading(model).left.slice(0, 3)).toEqual([
      { kind: "paragraph", runs: [{ text: "ĐẢNG BỘ TỈNH LÂM ĐỒNG", size: 14 }], align: "center" },
      { kind: "paragraph", runs: [{ text: "ĐẢNG ỦY XÃ KA ĐÔ", size: 14, bold: false }], align: "center" },
      { kind: "paragraph", runs: [{ text: "BAN XÂY DỰNG ĐẢNG", size: 14, bold: true }], align: "center" },
    ]);
    expect(heading(model).left).toHaveLength(5);
  });

  it("prints no superior body when it is only spaces", () => {
    const model = monthlyReportDocument(RESULT, settings({ superiorBody: "   ", issuingBody: ["ĐẢNG ỦY XÃ KA ĐÔ"] }));
    expect(texts(heading(model).left)).toEqual(["ĐẢNG ỦY XÃ KA ĐÔ", "*", "Số        -BC/ĐUXKĐ"]);
  });

  it("falls back to PTĐV as the author and dots as the symbol when no issuing body is set", () => {
    const model = monthlyReportDocument(RESULT, settings({ issuingBody: [] }));
    expect(model.creator).toBe("PTĐV");
    expect(texts(heading(model).left)).toEqual(["*", "Số        -BC/……"]);
    expect(texts(signature(model).right)).toEqual(["T/M", " ", " ", " "]);
  });

  it("lists no recipients but keeps the Nơi nhận label when the list is empty", () => {
    expect(texts(signature(monthlyReportDocument(RESULT, settings({ recipients: [] }))).left)).toEqual(["Nơi nhận:"]);
  });

  it("names the month in the title, subject, appendix heading and file name", () => {
    const model = monthlyReportDocument({ ...RESULT, year: 2025, month: 11 }, SETTINGS);
    expect(model.title).toBe("Báo cáo kết quả phát triển đảng viên tháng 11/2025");
    expect(model.fileName).toBe("Bao cao PTDV T11-2025.docx");
    expect(texts(model.sections[0]?.blocks.slice(3, 4) as DocParagraph[])).toEqual(["Kết quả công tác phát triển đảng viên tháng 11 năm 2025"]);
    expect(texts(model.sections[1]?.blocks.slice(1, 2) as DocParagraph[])).toEqual(["TIẾN ĐỘ KẾT NẠP ĐẢNG VIÊN ĐẾN HẾT THÁNG 11/2025"]);
  });
});

describe("the monthly report of a May with a missing quota, a report sent with errors and four-digit figures", () => {
  const seed = seedAllocation(1950);
  const allocation = { ...seed, organizations: seed.organizations.map((o) => (o.name === "Đảng bộ xã Lạc Xuân" ? { ...o, quota: null, quotaMax: null } : o)) };
  const log = gridFromValues("Nhật ký", [
    ["TCCSĐ", "Tháng", "Kết nạp", "Nữ", "Dân tộc thiểu số", "Tôn giáo", "Đoàn viên", "Quần chúng học lớp NTVĐ", "Hồ sơ đề nghị"],
    ["Đảng bộ xã Lạc Xuân", "5/2026", 2, 1, 0, 0, 1, 0, 0],
    ["Đảng bộ xã Ka Đơn", "5/2026", "hai", 0, 0, 0, 0, 0, 0],
    ["Đảng bộ xã Tu Tra", "5/2026", 1200, 0, 0, 0, 0, 0, 0],
  ]);
  const result = consolidate([{ file: "log.xlsx", grids: [log] }], { allocation, year: 2026, month: 5, target: 1950 });
  const report = (): DocumentModel => monthlyReportDocument(result, SETTINGS);

  it("writes thousands with dots, leaves the unquoted organisation out of the status lists, and tells the sender with errors apart from the silent", () => {
    expect(result.reportedWithErrors).toEqual(["Đảng bộ xã Ka Đơn"]);
    expect(reportBodyLines(result)).toEqual([
      "Trong tháng 5/2026, toàn đảng bộ kết nạp 1.202 đảng viên. Lũy kế từ đầu năm đến hết tháng 5/2026 kết nạp 1.202 đảng viên, đạt 1.465,9% tổng chỉ tiêu phân bổ (82).",
      "So với mục tiêu của kế hoạch (kết nạp từ 1.950 đảng viên trở lên), đạt 61,6%, còn thiếu 748 đảng viên.",
      "Trong số đảng viên kết nạp từ đầu năm: nữ 1; người dân tộc thiểu số 0; người có đạo 0; đoàn viên thanh niên 1; học sinh 0 (chỉ tiêu 4).",
      "Nguồn kết nạp: quần chúng đã học lớp bồi dưỡng nhận thức về Đảng (lũy kế) 0; hồ sơ đang đề nghị kết nạp trong tháng 5/2026 0.",
      "Đã hoàn thành chỉ tiêu năm (1): Đảng bộ xã Tu Tra.",
      "Chậm tiến độ so với chỉ tiêu (13): Đảng bộ Công an huyện; Đảng bộ thị trấn Thạnh Mỹ; Đảng bộ thị trấn D’Ran; Đảng bộ xã Đạ Ròn; Đảng bộ xã Ka Đô; Đảng bộ xã Ka Đơn; Đảng bộ xã Lạc Lâm; Đảng bộ xã Quảng Lập; Chi bộ Trường THPT Đơn Dương; Chi bộ Trường THPT Hùng Vương; Chi bộ Trường THPT Lê Lợi; Chi bộ Trường THPT Pró; Chi bộ Trường Phổ thông Dân tộc Nội trú THCS Đơn Dương.",
      "Chưa gửi báo cáo tháng 5/2026 (12): Đảng bộ Công an huyện; Đảng bộ thị trấn Thạnh Mỹ; Đảng bộ thị trấn D’Ran; Đảng bộ xã Đạ Ròn; Đảng bộ xã Ka Đô; Đảng bộ xã Lạc Lâm; Đảng bộ xã Quảng Lập; Chi bộ Trường THPT Đơn Dương; Chi bộ Trường THPT Hùng Vương; Chi bộ Trường THPT Lê Lợi; Chi bộ Trường THPT Pró; Chi bộ Trường Phổ thông Dân tộc Nội trú THCS Đơn Dương.",
      "Đã gửi báo cáo tháng 5/2026 nhưng số liệu chưa hợp lệ, chưa được tính (1): Đảng bộ xã Ka Đơn.",
    ]);
  });

  it("prints the unquoted organisation's row with blank quota and percent and says it has no valid quota", () => {
    const model = report();
    expect(appendixTable(model).rows[7]).toEqual(row("08", "Đảng bộ xã Lạc Xuân", ["", "2", "2", "0", "1", "0", "0", "1", "", "Chưa có chỉ tiêu hợp lệ"]));
  });

  it("prints four-digit figures and percents with Vietnamese separators in the rows and the total", () => {
    const model = report();
    const t = appendixTable(model);
    expect(t.rows[9]).toEqual(row("10", "Đảng bộ xã Tu Tra", ["9", "1.200", "1.200", "0", "0", "0", "0", "0", "13.333,3", "Hoàn thành"]));
    expect(t.rows).toHaveLength(16);
    expect(t.rows[15]).toEqual(totalRow(["82", "1.202", "1.202", "0", "1", "0", "0", "1", "1.465,9", ""]));
  });
});

describe("the monthly report at the edges of the plan", () => {
  it("says the target's percentage cannot be given when the target is 0", () => {
    const result = consolidate([{ file: "log.xlsx", grids: [LOG] }], { allocation: seedAllocation(), year: 2026, month: 3, target: 0 });
    expect(reportBodyLines(result)[1]).toBe("So với mục tiêu của kế hoạch (kết nạp từ 0 đảng viên trở lên), đạt –, còn thiếu 0 đảng viên.");
  });

  it("writes no target sentence when the plan has no target", () => {
    const lines = reportBodyLines({ ...RESULT, target: null });
    expect(lines).toHaveLength(reportBodyLines(RESULT).length - 1);
    expect(lines[1]).toBe("Trong số đảng viên kết nạp từ đầu năm: nữ 2; người dân tộc thiểu số 1; người có đạo 1; đoàn viên thanh niên 7; học sinh 0 (chỉ tiêu 4).");
  });

  it("reports a January nobody reported as zeros, everyone behind and everyone not sent", () => {
    const result = consolidate([], { allocation: seedAllocation(null), year: 2026, month: 1 });
    const lines = reportBodyLines(result);
    expect(lines.slice(0, 3)).toEqual([
      "Trong tháng 1/2026, toàn đảng bộ kết nạp 0 đảng viên. Lũy kế từ đầu năm đến hết tháng 1/2026 kết nạp 0 đảng viên, đạt 0,0% tổng chỉ tiêu phân bổ (91).",
      "Trong số đảng viên kết nạp từ đầu năm: nữ 0; người dân tộc thiểu số 0; người có đạo 0; đoàn viên thanh niên 0; học sinh 0 (chỉ tiêu 4).",
      "Nguồn kết nạp: quần chúng đã học lớp bồi dưỡng nhận thức về Đảng (lũy kế) 0; hồ sơ đang đề nghị kết nạp trong tháng 1/2026 0.",
    ]);
    expect(lines.slice(3).map((l) => l.slice(0, l.indexOf(":")))).toEqual(["Chậm tiến độ so với chỉ tiêu (15)", "Chưa gửi báo cáo tháng 1/2026 (15)"]);
  });

  it("writes no behind or not-sent sentence in a month when everyone reported and no one is behind", () => {
    const seed = seedAllocation(null);
    const allocation = { ...seed, organizations: seed.organizations.filter((o) => o.name === "Đảng bộ Công an huyện" || o.name === "Đảng bộ xã Ka Đô") };
    const log = gridFromValues("Nhật ký", [
      ["TCCSĐ", "Tháng", "Kết nạp", "Nữ", "Dân tộc thiểu số", "Tôn giáo", "Đoàn viên", "Quần chúng học lớp NTVĐ", "Hồ sơ đề nghị"],
      ["Đảng bộ Công an huyện", "1/2026", 3, 0, 0, 0, 3, 0, 0],
      ["Đảng bộ Công an huyện", "3/2026", 0, 0, 0, 0, 0, 0, 0],
      ["Đảng bộ xã Ka Đô", "3/2026", 3, 1, 1, 0, 2, 4, 1],
    ]);
    const result = consolidate([{ file: "log.xlsx", grids: [log] }], { allocation, year: 2026, month: 3 });
    expect(reportBodyLines(result)).toEqual([
      "Trong tháng 3/2026, toàn đảng bộ kết nạp 3 đảng viên. Lũy kế từ đầu năm đến hết tháng 3/2026 kết nạp 6 đảng viên, đạt 50,0% tổng chỉ tiêu phân bổ (12).",
      "Trong số đảng viên kết nạp từ đầu năm: nữ 1; người dân tộc thiểu số 1; người có đạo 0; đoàn viên thanh niên 5; học sinh 0.",
      "Nguồn kết nạp: quần chúng đã học lớp bồi dưỡng nhận thức về Đảng (lũy kế) 4; hồ sơ đang đề nghị kết nạp trong tháng 3/2026 1.",
      "Đã hoàn thành chỉ tiêu năm (1): Đảng bộ Công an huyện.",
      "Đúng hoặc vượt tiến độ (1): Đảng bộ xã Ka Đô.",
    ]);
  });

  it("leaves out the percentage of the quota and the student quota when nothing is allocated", () => {
    const seed = seedAllocation(null);
    const allocation = { ...seed, organizations: seed.organizations.map((o) => ({ ...o, quota: 0, quotaMax: 0, studentQuota: 0, subQuotas: {} })) };
    const result = consolidate([{ file: "log.xlsx", grids: [LOG] }], { allocation, year: 2026, month: 3 });
    const lines = reportBodyLines(result);
    expect(lines[0]).toBe("Trong tháng 3/2026, toàn đảng bộ kết nạp 3 đảng viên. Lũy kế từ đầu năm đến hết tháng 3/2026 kết nạp 7 đảng viên.");
    expect(lines[1]).toBe("Trong số đảng viên kết nạp từ đầu năm: nữ 2; người dân tộc thiểu số 1; người có đạo 1; đoàn viên thanh niên 7; học sinh 0.");
    const t = appendixTable(monthlyReportDocument(result, SETTINGS));
    expect(t.rows[0]).toEqual(row("01", "Đảng bộ Công an huyện", ["0", "0", "3", "0", "0", "0", "0", "3", "", "Hoàn thành"]));
    expect(t.rows[t.rows.length - 1]).toEqual(totalRow(["0", "3", "7", "0", "2", "1", "1", "7", "", ""]));
  });

  it("names an organisation outside the table that has no name as (không có tên)", () => {
    const other = RESULT.others[0]!;
    const result = { ...RESULT, others: [{ ...other, name: "" }] };
    expect(reportBodyLines(result)).toContain("Tổ chức ngoài bảng phân bổ có kết nạp: (không có tên).");
    const t = appendixTable(monthlyReportDocument(result, SETTINGS));
    expect(t.rows[15]?.[1]).toEqual(centred("(không có tên) (ngoài phân bổ)", { align: "left" }));
  });

  it("joins several chi bộ goals in one sentence and writes none when every goal line is blank", () => {
    expect(reportBodyLines(RESULT, { branchGoalLines: ["Chi bộ có từ 10 đảng viên: 4/6", "Chi bộ 3 năm chưa kết nạp: 2"] })).toContain("Về chi bộ: Chi bộ có từ 10 đảng viên: 4/6; Chi bộ 3 năm chưa kết nạp: 2.");
    expect(reportBodyLines(RESULT, { branchGoalLines: ["", "  "] })).toEqual(reportBodyLines(RESULT));
    expect(reportBodyLines(RESULT).some((l) => l.startsWith("Về chi bộ"))).toBe(false);
  });
});

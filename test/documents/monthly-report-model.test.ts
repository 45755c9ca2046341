/**
 * The monthly report's document model, read in process: what the Word writer is
 * given for the seed's March 2026 (the same consolidation word-report.test.ts
 * prints through LibreOffice), paragraph by paragraph and cell by cell.
 */
import { monthlyReportDocument, reportBodyLines } from "../../src/core/documents/monthly-report";
import type { DocBlock, DocColumns, DocParagraph, DocSection, DocTable, DocTableCell, DocumentModel } from "../../src/core/documents/model";
import { RESULT, SETTINGS } from "./fixture";

const GOAL = "Chi bộ thôn, tổ dân phố, trường học có từ 3 đảng viên trở lên: 10/12 (83,3%)";
/**
 * Built inside each test, never at load time: StrykerJS counts code run while a
 * file loads as covered by no test, so its mutants would survive these assertions.
 */
const model = (): DocumentModel => monthlyReportDocument(RESULT, SETTINGS, { branchGoalLines: [GOAL, "   "] });
const main = (): DocSection | undefined => model().sections[0];
const appendix = (): DocSection | undefined => model().sections[1];

function columns(block: DocBlock | undefined): DocColumns {
  if (block?.kind !== "columns") throw new Error(`expected columns, got ${block?.kind ?? "nothing"}`);
  return block;
}
function table(block: DocBlock | undefined): DocTable {
  if (block?.kind !== "table") throw new Error(`expected a table, got ${block?.kind ?? "nothing"}`);
  return block;
}
/** A centred cell, as every cell of the appendix is unless it names an organisation. */
const centred = (text: string, extra: Partial<DocTableCell> = {}): DocTableCell => ({ text, align: "center", ...extra });
/** A row of figures after STT and the name, all centred. */
const row = (stt: string, name: string, rest: readonly string[]): DocTableCell[] => [centred(stt), centred(name, { align: "left" }), ...rest.map((t) => centred(t))];

const NOT_SENT = [
  "Đảng bộ Công an huyện",
  "Đảng bộ thị trấn Thạnh Mỹ",
  "Đảng bộ thị trấn D’Ran",
  "Đảng bộ xã Đạ Ròn",
  "Đảng bộ xã Ka Đơn",
  "Đảng bộ xã Lạc Lâm",
  "Đảng bộ xã Lạc Xuân",
  "Đảng bộ xã Quảng Lập",
  "Chi bộ Trường THPT Đơn Dương",
  "Chi bộ Trường THPT Hùng Vương",
  "Chi bộ Trường THPT Lê Lợi",
  "Chi bộ Trường THPT Pró",
  "Chi bộ Trường Phổ thông Dân tộc Nội trú THCS Đơn Dương",
];
const BEHIND = [
  "Đảng bộ thị trấn Thạnh Mỹ",
  "Đảng bộ thị trấn D’Ran",
  "Đảng bộ xã Đạ Ròn",
  "Đảng bộ xã Ka Đơn",
  "Đảng bộ xã Lạc Lâm",
  "Đảng bộ xã Lạc Xuân",
  "Đảng bộ xã Quảng Lập",
  "Đảng bộ xã Tu Tra",
  "Chi bộ Trường THPT Đơn Dương",
  "Chi bộ Trường THPT Hùng Vương",
  "Chi bộ Trường THPT Lê Lợi",
  "Chi bộ Trường THPT Pró",
  "Chi bộ Trường Phổ thông Dân tộc Nội trú THCS Đơn Dương",
];

/**
 * March 2026 of the fixture: Ka Đô 1 in February and 2 in March, the police 3 in
 * January, Chi bộ ấp Bình Minh (not allocated) 1 in March; 91 allocated, target 88.
 */
const BODY = [
  "Trong tháng 3/2026, toàn đảng bộ kết nạp 3 đảng viên. Lũy kế từ đầu năm đến hết tháng 3/2026 kết nạp 7 đảng viên, đạt 7,7% tổng chỉ tiêu phân bổ (91).",
  "So với mục tiêu của kế hoạch (kết nạp từ 88 đảng viên trở lên), đạt 8,0%, còn thiếu 81 đảng viên.",
  "Trong số đảng viên kết nạp từ đầu năm: nữ 2; người dân tộc thiểu số 1; người có đạo 1; đoàn viên thanh niên 7; học sinh 0 (chỉ tiêu 4).",
  "Nguồn kết nạp: quần chúng đã học lớp bồi dưỡng nhận thức về Đảng (lũy kế) 14; hồ sơ đang đề nghị kết nạp trong tháng 3/2026 3.",
  "Đã hoàn thành chỉ tiêu năm (1): Đảng bộ Công an huyện.",
  "Đúng hoặc vượt tiến độ (1): Đảng bộ xã Ka Đô.",
  `Chậm tiến độ so với chỉ tiêu (13): ${BEHIND.join("; ")}.`,
  "Tổ chức ngoài bảng phân bổ có kết nạp: Chi bộ ấp Bình Minh.",
  `Chưa gửi báo cáo tháng 3/2026 (13): ${NOT_SENT.join("; ")}.`,
  `Về chi bộ: ${GOAL}.`,
];

describe("the monthly report's document model for the seed's March 2026", () => {
  it("is titled by the month, written in Times New Roman 14 by the issuing body, and saved as T03-2026", () => {
    expect(model().title).toBe("Báo cáo kết quả phát triển đảng viên tháng 3/2026");
    expect(model().creator).toBe("ĐẢNG ỦY XÃ KA ĐÔ – BAN XÂY DỰNG ĐẢNG");
    expect(model().font).toBe("Times New Roman");
    expect(model().size).toBe(14);
    expect(model().fileName).toBe("Bao cao PTDV T03-2026.docx");
  });

  it("has a portrait A4 report with the 36-HD margins and a landscape appendix", () => {
    expect(model().sections).toHaveLength(2);
    expect(main()?.orientation).toBe("portrait");
    expect(main()?.margins).toEqual({ top: 20, bottom: 20, left: 30, right: 15 });
    expect(appendix()?.orientation).toBe("landscape");
    expect(appendix()?.margins).toEqual({ top: 20, bottom: 20, left: 20, right: 15 });
  });

  it("opens with the Party-document heading: the bodies in capitals, the issuer bold, the number line and the dated place", () => {
    const heading = columns(main()?.blocks[0]);
    expect(heading).toEqual({
      kind: "columns",
      widths: [45, 55],
      left: [
        { kind: "paragraph", runs: [{ text: "ĐẢNG BỘ TỈNH LÂM ĐỒNG", size: 14 }], align: "center" },
        { kind: "paragraph", runs: [{ text: "ĐẢNG ỦY XÃ KA ĐÔ", size: 14, bold: false }], align: "center" },
        { kind: "paragraph", runs: [{ text: "BAN XÂY DỰNG ĐẢNG", size: 14, bold: true }], align: "center" },
        { kind: "paragraph", runs: [{ text: "*", size: 14 }], align: "center" },
        { kind: "paragraph", runs: [{ text: "Số        -BC/BXDĐ", size: 14 }], align: "center" },
      ],
      right: [
        { kind: "paragraph", runs: [{ text: "ĐẢNG CỘNG SẢN VIỆT NAM", size: 15, bold: true, underline: true }], align: "center" },
        { kind: "paragraph", runs: [{ text: " ", size: 14 }], align: "center" },
        { kind: "paragraph", runs: [{ text: "Ka Đô, ngày 02 tháng 4 năm 2026", size: 14, italic: true }], align: "center" },
      ],
    });
  });

  it("follows the heading with a blank line, the title BÁO CÁO, its subject and section I", () => {
    expect(main()?.blocks.slice(1, 5)).toEqual([
      { kind: "paragraph", runs: [{ text: " " }] },
      { kind: "paragraph", runs: [{ text: "BÁO CÁO", size: 15, bold: true }], align: "center" },
      { kind: "paragraph", runs: [{ text: "Kết quả công tác phát triển đảng viên tháng 3 năm 2026", size: 14, bold: true }], align: "center", spaceAfter: 12 },
      { kind: "paragraph", runs: [{ text: "I. KẾT QUẢ KẾT NẠP ĐẢNG VIÊN", size: 14, bold: true }], firstLineIndent: 10, keepNext: true },
    ]);
  });

  it("writes the figures as sentences: the month, the year to date against quota and target, the groups, the sources, who is done, on track, behind, outside the table, silent, and the chi bộ goals", () => {
    expect(reportBodyLines(RESULT, { branchGoalLines: [GOAL, "   "] })).toEqual(BODY);
  });

  it("prints each sentence as a justified, indented paragraph, then points to the appendix", () => {
    const body = main()?.blocks.slice(5, 5 + BODY.length);
    expect(body).toEqual(BODY.map((text) => ({ kind: "paragraph", runs: [{ text, size: 14 }], align: "justify", firstLineIndent: 10, spaceAfter: 6 })));
    expect(main()?.blocks[5 + BODY.length]).toEqual({
      kind: "paragraph",
      runs: [{ text: "(Chi tiết tại Phụ lục kèm theo.)", size: 14, italic: true }],
      align: "justify",
      firstLineIndent: 10,
      spaceAfter: 12,
    });
    expect(main()?.blocks).toHaveLength(5 + BODY.length + 2);
  });

  it("ends with Nơi nhận on the left and the K/T signature with the signer's name on the right, kept together", () => {
    const keep = (text: string, size: number): DocParagraph => ({ kind: "paragraph", runs: [{ text, size }], keepNext: true });
    expect(columns(main()?.blocks.at(-1))).toEqual({
      kind: "columns",
      widths: [50, 50],
      left: [
        { kind: "paragraph", runs: [{ text: "Nơi nhận:", size: 12, bold: true, italic: true, underline: true }], keepNext: true },
        keep("- Ban Tổ chức Tỉnh ủy (b/c);", 11),
        keep("- Thường trực Đảng ủy xã (b/c);", 11),
        keep("- Lưu.", 11),
      ],
      right: [
        { kind: "paragraph", runs: [{ text: "K/T TRƯỞNG BAN", size: 14, bold: true }], align: "center", keepNext: true },
        { kind: "paragraph", runs: [{ text: "PHÓ TRƯỞNG BAN", size: 14, bold: true }], align: "center", keepNext: true },
        keep(" ", 14),
        keep(" ", 14),
        keep(" ", 14),
        { kind: "paragraph", runs: [{ text: "Nguyễn Văn An", size: 14, bold: true }], align: "center" },
      ],
    });
  });

  it("heads the appendix with PHỤ LỤC, the month and the report's number symbol", () => {
    expect(appendix()?.blocks.slice(0, 3)).toEqual([
      { kind: "paragraph", runs: [{ text: "PHỤ LỤC", size: 14, bold: true }], align: "center" },
      { kind: "paragraph", runs: [{ text: "TIẾN ĐỘ KẾT NẠP ĐẢNG VIÊN ĐẾN HẾT THÁNG 3/2026", size: 14, bold: true }], align: "center" },
      { kind: "paragraph", runs: [{ text: "(Kèm theo Báo cáo số        -BC/BXDĐ)", size: 13, italic: true }], align: "center", spaceAfter: 6 },
    ]);
    expect(appendix()?.blocks).toHaveLength(4);
  });

  it("lays the appendix table out in twelve columns of 11-point text under a shaded bold header", () => {
    const t = table(appendix()?.blocks[3]);
    expect(t.widths).toEqual([5, 30, 7, 8, 7, 7, 6, 6, 6, 7, 7, 12]);
    expect(t.size).toBe(11);
    expect(t.header).toEqual([
      ["STT", "Tổ chức cơ sở đảng", "Chỉ tiêu", "Kết nạp trong tháng", "Lũy kế", "Trong đó HS", "Nữ", "DTTS", "Tôn giáo", "Đoàn viên", "Tỷ lệ %", "Tình trạng"].map((h) =>
        centred(h, { bold: true, fill: "#D9E1F2" }),
      ),
    ]);
  });

  it("gives every allocated organisation a numbered row in the table's order, then the one outside it, then the total", () => {
    const t = table(appendix()?.blocks[3]);
    expect(t.rows).toHaveLength(15 + 1 + 1);
    expect(t.rows.slice(0, 15).map((r) => r[0]?.text)).toEqual(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15"]);
    expect(t.rows.slice(0, 15).map((r) => r[1]?.text)).toEqual(RESULT.organizations.map((o) => o.name));
  });

  it("fills an organisation's row with its quota, month, year to date, groups, one-decimal percent and status", () => {
    const t = table(appendix()?.blocks[3]);
    expect(t.rows[0]).toEqual(row("01", "Đảng bộ Công an huyện", ["3", "0", "3", "0", "0", "0", "0", "3", "100,0", "Hoàn thành"]));
    expect(t.rows[4]).toEqual(row("05", "Đảng bộ xã Ka Đô", ["9", "2", "3", "0", "2", "1", "1", "3", "33,3", "Đúng tiến độ"]));
    expect(t.rows[9]).toEqual(row("10", "Đảng bộ xã Tu Tra", ["9", "0", "0", "0", "0", "0", "0", "0", "0,0", "Chậm tiến độ"]));
  });

  it("marks the organisation outside the allocation, without STT, quota, percent or status", () => {
    const t = table(appendix()?.blocks[3]);
    expect(t.rows[15]).toEqual(row("", "Chi bộ ấp Bình Minh (ngoài phân bổ)", ["", "1", "1", "0", "0", "0", "0", "1", "", ""]));
  });

  it("closes the table with a bold, shaded TỔNG CỘNG row spanning STT and name, summing everyone", () => {
    const t = table(appendix()?.blocks[3]);
    const total = ["91", "3", "7", "0", "2", "1", "1", "7", "7,7", ""].map((text) => centred(text, { bold: true, fill: "#F2F2F2" }));
    expect(t.rows[16]).toEqual([centred("TỔNG CỘNG", { span: 2, bold: true, fill: "#F2F2F2" }), ...total]);
  });
});

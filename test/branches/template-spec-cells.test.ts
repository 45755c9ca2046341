/**
 * The "Chi bộ" template sheet's exact cells, styles and layout, each subject
 * built inside its test so the mutation suite attributes the work to it
 * (chi-bo-template-sheet.test.ts builds its subject at collection time).
 */
import { branchTemplateSheet, wantsBranchSheet } from "../../src/core/branches/template-spec";

const FONT = "Times New Roman";
const across = (row: number) => ({ top: row, left: 0, bottom: row, right: 7 });

describe("the Chi bộ template sheet, cell by cell", () => {
  it("pads every row to the eight columns with empty cells, blank lines included", () => {
    const { sheet } = branchTemplateSheet("Đảng bộ xã Ka Đô", 2024, 2);
    expect(sheet.rows).toHaveLength(15);
    for (const row of sheet.rows) expect(row).toHaveLength(8);
    expect(sheet.rows[4]).toEqual([null, null, null, null, null, null, null, null]);
    expect(sheet.rows[8]).toEqual([null, null, null, null, null, null, null, null]);
    expect(sheet.rows[0]?.slice(1)).toEqual([null, null, null, null, null, null, null]);
  });

  it("titles the sheet with the report year in bold 14 pt centred, the subtitle italic 11 pt", () => {
    const { sheet } = branchTemplateSheet("Đảng bộ xã Ka Đô", 2024, 1);
    expect(sheet.rows[0]?.[0]).toEqual({ value: "DANH SÁCH CHI BỘ TRỰC THUỘC NĂM 2024", style: { font: { name: FONT, size: 14, bold: true }, horizontal: "center" } });
    expect(sheet.rows[1]?.[0]).toEqual({
      value: "(Mỗi chi bộ một dòng; nhập vào các ô màu vàng và gửi lại cùng báo cáo)",
      style: { font: { name: FONT, size: 11, italic: true }, horizontal: "center" },
    });
    expect(sheet.rows[3]?.slice(0, 2)).toEqual([
      { value: "Năm báo cáo:", style: { font: { name: FONT, size: 12, bold: true } } },
      { value: 2024, style: { font: { name: FONT, size: 12, bold: true }, horizontal: "left" } },
    ]);
  });

  it("offers exactly the asked number of numbered yellow rows, each cell styled for its input", () => {
    const { sheet } = branchTemplateSheet("Đảng bộ xã Ka Đô", 2024, 2);
    const plain = { name: FONT, size: 12 };
    const textInput = { font: plain, fill: "#FFF2CC", border: true, locked: false, wrap: true };
    const listInput = { font: plain, fill: "#FFF2CC", horizontal: "center", border: true, locked: false };
    const numberInput = { ...listInput, numFmt: "0" };
    const blankRow = (stt: number) => [
      { value: stt, style: { font: plain, horizontal: "center", border: true } },
      { value: null, style: textInput },
      { value: null, style: listInput },
      { value: null, style: numberInput },
      { value: null, style: numberInput },
      { value: null, style: numberInput },
      { value: null, style: listInput },
      { value: null, style: textInput },
    ];
    expect(sheet.rows.slice(6, 9)).toEqual([blankRow(1), blankRow(2), [null, null, null, null, null, null, null, null]]);
  });

  it("sets only the first instruction line in bold", () => {
    const { sheet } = branchTemplateSheet("Đảng bộ xã Ka Đô", 2024, 1);
    const lines = sheet.rows.slice(8).map((r) => r[0]?.style);
    expect(lines).toEqual([
      { font: { name: FONT, size: 12, bold: true } },
      { font: { name: FONT, size: 12 } },
      { font: { name: FONT, size: 12 } },
      { font: { name: FONT, size: 12 } },
      { font: { name: FONT, size: 12 } },
      { font: { name: FONT, size: 12 } },
    ]);
    expect(sheet.rows[8]?.[0]?.value).toBe("Hướng dẫn:");
  });

  it("validates members, admissions and the year over exactly the blank rows", () => {
    const { sheet, listValidations } = branchTemplateSheet("Đảng bộ xã Ka Đô", 2024, 4);
    expect(sheet.dataValidations).toEqual([
      { range: { top: 6, left: 3, bottom: 9, right: 4 }, type: "wholeNumber", min: 0, errorTitle: "Số không hợp lệ", errorMessage: "Nhập số nguyên từ 0 trở lên." },
      {
        range: { top: 6, left: 5, bottom: 9, right: 5 },
        type: "wholeNumber",
        min: 1930,
        max: 2024,
        errorTitle: "Năm không hợp lệ",
        errorMessage: "Nhập năm từ 1930 đến 2024; để trống nếu chưa kết nạp hoặc không rõ.",
        prompt: "Năm gần nhất chi bộ kết nạp đảng viên (trước năm báo cáo).",
      },
    ]);
    expect(listValidations).toEqual([
      {
        range: { top: 6, left: 2, bottom: 9, right: 2 },
        type: "list",
        values: ["thôn/ấp/bản", "tổ dân phố/khu phố", "trường học", "cơ quan - đơn vị", "doanh nghiệp", "lực lượng vũ trang", "khác"],
        errorTitle: "Loại không hợp lệ",
        errorMessage: "Chọn loại chi bộ trong danh sách.",
      },
      { range: { top: 6, left: 6, bottom: 9, right: 6 }, type: "list", values: ["Có", "Không"], errorTitle: "Giá trị không hợp lệ", errorMessage: "Chọn Có hoặc Không." },
    ]);
  });

  it("merges the titles, the TCCSĐ's name and the five numbered instructions, not the heading line", () => {
    const { sheet } = branchTemplateSheet("Đảng bộ xã Ka Đô", 2024, 1);
    // One input row (6), a blank line (7), then "Hướng dẫn:" (8) unmerged and the numbered lines.
    expect(sheet.merges).toEqual([across(0), across(1), { top: 2, left: 1, bottom: 2, right: 7 }, across(9), across(10), across(11), across(12), across(13)]);
  });

  it("is a protected template sheet, landscape A4, frozen under the header, with fixed widths", () => {
    const { sheet } = branchTemplateSheet("Đảng bộ xã Ka Đô", 2024, 1);
    expect(sheet.name).toBe("Chi bộ");
    expect(sheet.role).toBe("template");
    expect(sheet.protect).toBe(true);
    expect(sheet.columns).toEqual([{ width: 6 }, { width: 34 }, { width: 20 }, { width: 11 }, { width: 11 }, { width: 13 }, { width: 10 }, { width: 24 }]);
    expect(sheet.rowHeights).toEqual({ 0: 24, 5: 48 });
    expect(sheet.freeze).toEqual({ rows: 6, columns: 2 });
    expect(sheet.print).toEqual({ orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { first: 5, last: 5 }, centerHorizontally: true });
    expect(sheet.tabColor).toBe("#375623");
    expect(sheet.definedNames).toEqual({
      PTDV_BRANCHES: { top: 6, left: 1, bottom: 6, right: 7 },
      PTDV_BRANCH_ORG_NAME: { top: 2, left: 1, bottom: 2, right: 1 },
      PTDV_BRANCH_YEAR: { top: 3, left: 1, bottom: 3, right: 1 },
    });
  });
});

describe("which organisations get the Chi bộ sheet", () => {
  it.each([
    ["Đảng bộ xã Ka Đô", true],
    ["Đảng ủy xã Ka Đô", true],
    ["Xã Ka Đô", true],
    ["Đảng bộ", true],
    ["ĐB Công an huyện", true],
    ["Đảng bộ - Bệnh viện Đa khoa", true],
    ["  Đảng   bộ Bệnh viện", true],
    ["Đảng bộ đặc khu Phú Quốc", true],
    ["Đặc khu Côn Đảo", true],
    ["Đảng bộ.Bệnh viện", true],
    ["- Đảng bộ Công an huyện", true],
    ["Đảng – bộ Công an huyện", true],
    ["Chi bộ Đảng bộ cũ", false],
    ["Chi bộ Trường THPT Đơn Dương", false],
    ["Chi bộ Đặc khuyên", false],
    ["Đảng bộphận", false],
    ["DBS Công ty", false],
  ])("%s → %s", (name, expected) => {
    expect(wantsBranchSheet(name)).toBe(expected);
  });
});

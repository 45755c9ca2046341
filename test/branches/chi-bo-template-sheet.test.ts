/**
 * The "Chi bộ" sheet of a TCCSĐ's template as the engine describes it;
 * template-round-trip.test.ts writes and reopens it through LibreOffice, which
 * the mutation suite does not run.
 */
import { branchTemplateSheet } from "../../src/core/branches/template-spec";
import { BRANCH_TEMPLATE_ROWS } from "../../src/core/branches/template-layout";

describe("the Chi bộ sheet of a template", () => {
  const { sheet, listValidations } = branchTemplateSheet("Đảng bộ xã Ka Đô", 2025, 3);
  const values = sheet.rows.map((r) => (r ?? []).map((c) => (c === null ? "·" : c.value)));

  it("heads the sheet with the year, the TCCSĐ and the eight column labels", () => {
    expect(sheet.name).toBe("Chi bộ");
    expect(sheet.role).toBe("template");
    expect(values.slice(0, 6)).toEqual([
      ["DANH SÁCH CHI BỘ TRỰC THUỘC NĂM 2025", "·", "·", "·", "·", "·", "·", "·"],
      ["(Mỗi chi bộ một dòng; nhập vào các ô màu vàng và gửi lại cùng báo cáo)", "·", "·", "·", "·", "·", "·", "·"],
      ["Tổ chức cơ sở đảng:", "Đảng bộ xã Ka Đô", "·", "·", "·", "·", "·", "·"],
      ["Năm báo cáo:", 2025, "·", "·", "·", "·", "·", "·"],
      ["·", "·", "·", "·", "·", "·", "·", "·"],
      ["STT", "Tên chi bộ", "Loại", "Số đảng viên", "Kết nạp trong năm", "Năm kết nạp gần nhất", "Còn nguồn", "Ghi chú"],
    ]);
  });

  it("offers numbered blank rows, then a blank line and the instructions", () => {
    expect(values.slice(6, 10)).toEqual([
      [1, null, null, null, null, null, null, null],
      [2, null, null, null, null, null, null, null],
      [3, null, null, null, null, null, null, null],
      ["·", "·", "·", "·", "·", "·", "·", "·"],
    ]);
    expect(values.slice(10).map((r) => r[0])).toEqual([
      "Hướng dẫn:",
      "1. Mỗi chi bộ trực thuộc một dòng; chỉ nhập vào các ô màu vàng. Không chèn hoặc xóa cột.",
      "2. Loại: chọn trong danh sách (thôn/ấp/bản, tổ dân phố/khu phố, trường học, cơ quan - đơn vị, doanh nghiệp, lực lượng vũ trang, khác).",
      "3. Số đảng viên: tổng số đảng viên của chi bộ tại thời điểm báo cáo. Kết nạp trong năm: số đảng viên kết nạp từ đầu năm.",
      "4. Năm kết nạp gần nhất: năm gần nhất trước năm báo cáo chi bộ kết nạp đảng viên; để trống nếu chưa kết nạp hoặc không rõ.",
      '5. Còn nguồn: "Có" nếu chi bộ còn quần chúng ưu tú đang được bồi dưỡng, giới thiệu kết nạp; "Không" nếu hết nguồn.',
    ]);
    expect(sheet.rows).toHaveLength(16);
  });

  it("offers 60 rows by default", () => {
    expect(BRANCH_TEMPLATE_ROWS).toBe(60);
    const full = branchTemplateSheet("Đảng bộ xã Ka Đô", 2025).sheet;
    expect(full.definedNames?.["PTDV_BRANCHES"]).toEqual({ top: 6, left: 1, bottom: 65, right: 7 });
    expect(full.rows[65]?.[0]?.value).toBe(60);
    expect(full.rows[67]?.[0]?.value).toBe("Hướng dẫn:");
  });

  it("names the input box, the TCCSĐ and the year cells", () => {
    expect(sheet.definedNames).toEqual({
      PTDV_BRANCHES: { top: 6, left: 1, bottom: 8, right: 7 },
      PTDV_BRANCH_ORG_NAME: { top: 2, left: 1, bottom: 2, right: 1 },
      PTDV_BRANCH_YEAR: { top: 3, left: 1, bottom: 3, right: 1 },
    });
  });

  it("leaves only the yellow input cells editable, with whole numbers centred", () => {
    const input = sheet.rows[6] ?? [];
    const yellow = { name: "Times New Roman", size: 12 };
    expect(input[0]?.style).toEqual({ font: yellow, horizontal: "center", border: true });
    expect(input[1]?.style).toEqual({ font: yellow, fill: "#FFF2CC", border: true, locked: false, wrap: true });
    expect(input[2]?.style).toEqual({ font: yellow, fill: "#FFF2CC", horizontal: "center", border: true, locked: false });
    for (const c of [3, 4, 5]) expect(input[c]?.style).toEqual({ font: yellow, fill: "#FFF2CC", horizontal: "center", border: true, locked: false, numFmt: "0" });
    expect(input[6]?.style).toEqual(input[2]?.style);
    expect(input[7]?.style).toEqual(input[1]?.style);
    expect(sheet.rows[5]?.[0]?.style).toEqual({ font: { name: "Times New Roman", size: 11, bold: true }, fill: "#D9E1F2", horizontal: "center", vertical: "middle", wrap: true, border: true });
    expect(sheet.rows[2]?.[0]?.style).toEqual({ font: { name: "Times New Roman", size: 12, bold: true } });
    expect(sheet.rows[2]?.[1]?.style).toEqual({ font: { name: "Times New Roman", size: 12, bold: true }, horizontal: "left" });
    expect(sheet.rows[0]?.[0]?.style).toEqual({ font: { name: "Times New Roman", size: 14, bold: true }, horizontal: "center" });
    expect(sheet.rows[1]?.[0]?.style).toEqual({ font: { name: "Times New Roman", size: 11, italic: true }, horizontal: "center" });
    expect(sheet.rows[10]?.[0]?.style).toEqual({ font: { name: "Times New Roman", size: 12, bold: true } });
    expect(sheet.rows[11]?.[0]?.style).toEqual({ font: { name: "Times New Roman", size: 12 } });
    expect(sheet.protect).toBe(true);
  });

  it("accepts whole numbers of members and admissions and a year from 1930 to the report year", () => {
    expect(sheet.dataValidations).toEqual([
      { range: { top: 6, left: 3, bottom: 8, right: 4 }, type: "wholeNumber", min: 0, errorTitle: "Số không hợp lệ", errorMessage: "Nhập số nguyên từ 0 trở lên." },
      {
        range: { top: 6, left: 5, bottom: 8, right: 5 },
        type: "wholeNumber",
        min: 1930,
        max: 2025,
        errorTitle: "Năm không hợp lệ",
        errorMessage: "Nhập năm từ 1930 đến 2025; để trống nếu chưa kết nạp hoặc không rõ.",
        prompt: "Năm gần nhất chi bộ kết nạp đảng viên (trước năm báo cáo).",
      },
    ]);
  });

  it("offers the seven kinds and Có/Không as drop-down lists", () => {
    expect(listValidations).toEqual([
      {
        range: { top: 6, left: 2, bottom: 8, right: 2 },
        type: "list",
        values: ["thôn/ấp/bản", "tổ dân phố/khu phố", "trường học", "cơ quan - đơn vị", "doanh nghiệp", "lực lượng vũ trang", "khác"],
        errorTitle: "Loại không hợp lệ",
        errorMessage: "Chọn loại chi bộ trong danh sách.",
      },
      { range: { top: 6, left: 6, bottom: 8, right: 6 }, type: "list", values: ["Có", "Không"], errorTitle: "Giá trị không hợp lệ", errorMessage: "Chọn Có hoặc Không." },
    ]);
  });

  it("merges the titles, the TCCSĐ's name and each numbered instruction across the sheet", () => {
    const across = (row: number) => ({ top: row, left: 0, bottom: row, right: 7 });
    expect(sheet.merges).toEqual([across(0), across(1), { top: 2, left: 1, bottom: 2, right: 7 }, across(11), across(12), across(13), across(14), across(15)]);
  });

  it("prints landscape with the header repeated, frozen under the header and beside the names", () => {
    expect(sheet.columns).toEqual([{ width: 6 }, { width: 34 }, { width: 20 }, { width: 11 }, { width: 11 }, { width: 13 }, { width: 10 }, { width: 24 }]);
    expect(sheet.rowHeights).toEqual({ 0: 24, 5: 48 });
    expect(sheet.freeze).toEqual({ rows: 6, columns: 2 });
    expect(sheet.print).toEqual({ orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { first: 5, last: 5 }, centerHorizontally: true });
    expect(sheet.tabColor).toBe("#375623");
  });
});

/** How messages name a cell: by address on a sheet, by row and column in a Word table (issue #11: "Bảng 1, dòng 5"). */
import { checkAllocation } from "../../src/core/allocation/check";
import { targetPhrase } from "../../src/core/allocation/target-text";
import { cellEn, cellVi } from "../../src/core/cell-naming";
import { gridFromValues, type Grid } from "../../src/core/grid";

describe("cellVi and cellEn", () => {
  it("name a sheet's cell by its address", () => {
    expect(cellVi("C8", "a1")).toBe("ô C8");
    expect(cellEn("C8", "a1")).toBe("cell C8");
  });

  it("name a document table's cell by its row and column, counted from 1", () => {
    expect(cellVi("C8", "tableRowColumn")).toBe("ô tại dòng 8, cột 3");
    expect(cellEn("C8", "tableRowColumn")).toBe("the cell at row 8, column 3");
    expect(cellVi("AA1", "tableRowColumn")).toBe("ô tại dòng 1, cột 27");
  });

  it("keep what is no single address as it is written, rather than inventing a row", () => {
    expect(cellVi("C8:C9", "tableRowColumn")).toBe("ô C8:C9");
    expect(cellEn("", "tableRowColumn")).toBe("cell ");
  });
});

const ROWS = [
  ["PHÂN BỔ CHỈ TIÊU NĂM 2025 (từ 20 đảng viên trở lên)"],
  ["STT", "TCCSĐ", "CHỈ TIÊU"],
  ["01", "Đảng bộ xã Ka Đô", null],
  ["02", "Chi bộ Trường THPT Hùng Vương", 3],
  ["03", "Đảng bộ xã Tu Tra", 0],
];

function wordTable(): Grid {
  return { ...gridFromValues("Bảng 1", ROWS), cellNaming: "tableRowColumn" };
}

describe("a check of a Word table", () => {
  const r = checkAllocation([wordTable()]);
  const messages = r.findings.flatMap((f) => [f.message.vi, f.message.en]);

  it("names every cell it points at by row and column, in both languages, and never by address", () => {
    const byCode = new Map(r.findings.map((f) => [f.code, f]));
    expect(byCode.get("QUOTA_MISSING")?.message.vi).toContain("(ô tại dòng 3, cột 3 để trống)");
    expect(byCode.get("QUOTA_MISSING")?.message.en).toContain("(the cell at row 3, column 3 is blank)");
    expect(byCode.get("HS_QUOTA_MISSING")?.message.vi).toContain("Hãy ghi ô tại dòng 4, cột 3 theo dạng 03 (01 HS)");
    expect(byCode.get("QUOTA_ZERO")?.message.en).toContain("has a quota of 0 (the cell at row 5, column 3)");
    expect(messages.filter((m) => /\b(ô|cell) [A-Z]+\d/.test(m))).toEqual([]);
  });

  it("keeps the findings' cells as addresses, for the hosts that place them", () => {
    expect(r.findings.find((f) => f.code === "QUOTA_MISSING")?.cell).toBe("C3");
  });

  it("says where its target was read the same way", () => {
    expect(r).toMatchObject({ target: 20, targetCell: "A1", cellNaming: "tableRowColumn" });
    expect(targetPhrase(r, "vi")).toBe("chỉ tiêu kế hoạch từ 20 trở lên, đọc ở ô tại dòng 1, cột 1");
    expect(targetPhrase(r, "en")).toBe("plan target of 20 or more, read from the cell at row 1, column 1");
  });

  it("is worded by address when the same table is a sheet's", () => {
    const sheet = checkAllocation([gridFromValues("Bảng 1", ROWS)]);
    expect(sheet.findings.find((f) => f.code === "QUOTA_MISSING")?.message.vi).toContain("(ô C3 để trống)");
    expect(sheet).not.toHaveProperty("cellNaming");
    expect(targetPhrase(sheet, "vi")).toBe("chỉ tiêu kế hoạch từ 20 trở lên, đọc ở ô A1");
  });
});

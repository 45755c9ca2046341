/** How messages name a cell: by address on a sheet, by row and column in a Word table (issue #11: "Bảng 1, dòng 5"). */
import { checkAllocation } from "../../src/core/allocation/check";
import { targetPhrase } from "../../src/core/allocation/target-text";
import { checkBranchMembers } from "../../src/core/branches/check";
import { A1_NAMES, cellNames, tableColumn } from "../../src/core/cell-naming";
import { gridFromValues, type CellRange, type Grid } from "../../src/core/grid";

const ROWS = [
  ["PHÂN BỔ CHỈ TIÊU NĂM 2025 (từ 20 đảng viên trở lên)"],
  ["STT", "TCCSĐ", "CHỈ TIÊU"],
  ["01", "Đảng bộ xã Ka Đô", null],
  ["02", "Chi bộ Trường THPT Hùng Vương", 3],
  ["03", "Đảng bộ xã Tu Tra", 0],
];

function wordTable(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>> = ROWS, merges: CellRange[] = []): Grid {
  return { ...gridFromValues("Bảng 1", rows, { merges }), cellNaming: "tableRowColumn" };
}

describe("cellNames", () => {
  it("names a sheet's cell by its address", () => {
    const names = cellNames(gridFromValues("Phân bổ", ROWS));
    expect(names).toBe(A1_NAMES);
    expect([names.vi("C8"), names.en("C8")]).toEqual(["ô C8", "cell C8"]);
  });

  it("names a document table's cell by its row and column, counted from 1", () => {
    const names = cellNames(wordTable());
    expect(names.vi("C3")).toBe("ô tại dòng 3, cột 3");
    expect(names.en("C3")).toBe("the cell at row 3, column 3");
  });

  it("keeps what is no single address as it is written, rather than inventing a row", () => {
    const names = cellNames(wordTable());
    expect(names.vi("C8:C9")).toBe("ô C8:C9");
    expect(names.en("")).toBe("cell ");
  });
});

describe("tableColumn: the column a person counts in a Word row", () => {
  it("counts a cell spanning two grid columns (w:gridSpan) once", () => {
    // STT | TCCSĐ (two grid columns) | CHỈ TIÊU: the quota, at grid column D, is the third cell.
    const grid = wordTable([["STT", "TCCSĐ", undefined, "CHỈ TIÊU"], ["01", "Xã A", undefined, 3]], [
      { top: 0, left: 1, bottom: 0, right: 2 },
      { top: 1, left: 1, bottom: 1, right: 2 },
    ]);
    expect(tableColumn(grid, 1, 3)).toBe(3);
    expect(cellNames(grid).vi("D2")).toBe("ô tại dòng 2, cột 3");
  });

  it("counts the continuation of a vertically merged cell (w:vMerge), which the grid leaves empty", () => {
    // A "Khối" cell merged down rows 1–2: row 2 holds nothing at A, yet Word shows the merged cell there.
    const grid = wordTable([["Khối xã", "Xã A", 3], [undefined, "Xã B", 4]], [{ top: 0, left: 0, bottom: 1, right: 0 }]);
    expect(tableColumn(grid, 1, 2)).toBe(3);
  });

  it("does not count the grid columns a row skips (w:gridBefore)", () => {
    const grid = wordTable([["STT", "TCCSĐ", "CHỈ TIÊU"], [undefined, "Xã A", 3]]);
    expect(tableColumn(grid, 1, 2)).toBe(2);
  });
});

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

  it("says which row of the table its target was read from", () => {
    expect(r).toMatchObject({ target: 20, targetCell: "A1", cellNaming: "tableRowColumn" });
    expect(targetPhrase(r, "vi")).toBe("chỉ tiêu kế hoạch từ 20 trở lên, đọc ở dòng 1 của bảng");
    expect(targetPhrase(r, "en")).toBe("plan target of 20 or more, read from row 1 of the table");
  });

  it("is worded by address when the same table is a sheet's", () => {
    const sheet = checkAllocation([gridFromValues("Bảng 1", ROWS)]);
    expect(sheet.findings.find((f) => f.code === "QUOTA_MISSING")?.message.vi).toContain("(ô C3 để trống)");
    expect(sheet).not.toHaveProperty("cellNaming");
    expect(targetPhrase(sheet, "vi")).toBe("chỉ tiêu kế hoạch từ 20 trở lên, đọc ở ô A1");
  });
});

describe("the chi bộ findings of a Word plan with a members column", () => {
  it("name the first of two rows of one chi bộ by row and column, as the allocation's findings do", () => {
    const grid: Grid = {
      ...gridFromValues("Bảng 1", [
        ["STT", "Chi bộ", "Chỉ tiêu", "Số đảng viên"],
        [1, "Chi bộ thôn Ka Đô 1", 1, 12],
        [2, "Chi bộ thôn Ka Đô 1", 1, 12],
      ]),
      cellNaming: "tableRowColumn",
    };
    const r = checkAllocation([grid]);
    const duplicate = checkBranchMembers(r.organizations, { sheet: "Bảng 1", cellNames: cellNames(grid) }).findings.find((f) => f.code === "BRANCH_DUPLICATE");
    expect(duplicate?.message.vi).toContain("(lần đầu ở ô tại dòng 2, cột 2)");
    expect(duplicate?.message.en).toContain("(first in the cell at row 2, column 2)");
    const onASheet = checkBranchMembers(r.organizations, { sheet: "Bảng 1" }).findings.find((f) => f.code === "BRANCH_DUPLICATE");
    expect(onASheet?.message.vi).toContain("(lần đầu ở ô B2)");
  });
});

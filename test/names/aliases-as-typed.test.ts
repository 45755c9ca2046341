import { gridFromValues } from "../../src/core/grid";
import { aliasRowsAsTyped, aliasSheetSpec } from "../../src/core/names/aliases";
import { specToGrid } from "../../src/browser/spec-grid";

describe("an alias table as the user typed it", () => {
  test("keeps every typed row, incomplete or unknown ones included, under a header anywhere in the first rows", () => {
    const grid = gridFromValues("Bí danh", [
      ["Danh sách bí danh"],
      [null, "Written as", "Organisation"],
      [null, "CA huyện", "Đảng bộ Công an huyện"],
      [null, "", ""],
      [null, "Chỉ có tên viết", ""],
      [null, "  Xã  Mới ", "Không có"],
    ]);
    expect(aliasRowsAsTyped(grid)).toEqual([
      { written: "CA huyện", target: "Đảng bộ Công an huyện" },
      { written: "Chỉ có tên viết", target: "" },
      { written: "Xã Mới", target: "Không có" },
    ]);
  });

  test("finds the header by the same words as the alias reader: Vietnamese, folded, with trailing words", () => {
    const grid = gridFromValues("Bí danh", [
      ["TÊN VIẾT (như trong báo cáo)", "Tổ chức cơ sở đảng"],
      ["Xã Tu  Tra", "Đảng bộ xã Tu Tra"],
    ]);
    expect(aliasRowsAsTyped(grid)).toEqual([{ written: "Xã Tu Tra", target: "Đảng bộ xã Tu Tra" }]);
  });

  test("takes the first two columns from the first row when there is no header", () => {
    const grid = gridFromValues("Bí danh", [
      ["CA huyện", "Đảng bộ Công an huyện"],
      ["Xã Mới", "Đảng bộ xã Ka Đô"],
    ]);
    expect(aliasRowsAsTyped(grid)).toEqual([
      { written: "CA huyện", target: "Đảng bộ Công an huyện" },
      { written: "Xã Mới", target: "Đảng bộ xã Ka Đô" },
    ]);
  });

  test("reads back what the engine's alias sheet spec writes, in either language, formula-like text included", () => {
    const rows = [{ written: "=SUM(A1)", target: "Đảng bộ xã Ka Đô" }];
    expect(aliasRowsAsTyped(specToGrid(aliasSheetSpec(rows, "vi")))).toEqual(rows);
    expect(aliasRowsAsTyped(specToGrid(aliasSheetSpec(rows, "en")))).toEqual(rows);
  });
});

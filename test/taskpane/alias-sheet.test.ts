import { gridFromValues } from "../../src/core/grid";
import { aliasSheetSpec } from "../../src/core/names/aliases";
import { specToGrid } from "../../src/browser/spec-grid";
import { aliasRowsAsTyped, findAliasSheet, findAliasSheets, isAliasSheet, withAlias } from "../../src/taskpane/alias-sheet";

describe("the pane's view of the alias sheet", () => {
  test("prefers the add-in's own alias sheet over a user's sheet named Bí danh, and ignores other sheets", () => {
    expect(findAliasSheet([{ name: "Phân bổ", owned: false }, { name: "Bí danh", owned: false }, { name: "Bí danh (2)", owned: true, role: "aliases" }])).toEqual({ name: "Bí danh (2)" });
    expect(findAliasSheet([{ name: "BI DANH", owned: false, file: "a.xlsx" }])).toEqual({ name: "BI DANH", file: "a.xlsx" });
    expect(findAliasSheet([{ name: "Phân bổ", owned: false }, { name: "Tổng hợp", owned: true, role: "progress" }])).toBeNull();
    expect(isAliasSheet({ name: "Bí danh của tôi", owned: false })).toBe(false);
  });

  test("lists the add-in's own alias sheet to write and the user's own alias sheets to read as well", () => {
    const sheets = [{ name: "Phân bổ", owned: false }, { name: "Bí danh", owned: false }, { name: "Aliases", owned: false, file: "b.xlsx" }, { name: "Bí danh (2)", owned: true, role: "aliases" as const }];
    expect(findAliasSheets(sheets)).toEqual({ owned: { name: "Bí danh (2)" }, user: [{ name: "Bí danh" }, { name: "Aliases", file: "b.xlsx" }] });
    expect(findAliasSheets([{ name: "Bí danh", owned: false }])).toEqual({ owned: null, user: [{ name: "Bí danh" }] });
  });

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

  test("reads back what the add-in wrote in either language", () => {
    const rows = [{ written: "=SUM(A1)", target: "Đảng bộ xã Ka Đô" }];
    expect(aliasRowsAsTyped(specToGrid(aliasSheetSpec(rows, "vi")))).toEqual(rows);
    expect(aliasRowsAsTyped(specToGrid(aliasSheetSpec(rows, "en")))).toEqual(rows);
  });

  test("a confirmed alias replaces a row written the same way instead of adding a second one", () => {
    const rows = [
      { written: "Xã Ka  Đô cũ", target: "Sai tên" },
      { written: "CA huyện", target: "Đảng bộ Công an huyện" },
    ];
    expect(withAlias(rows, { written: "xã ka đô cũ", target: "Đảng bộ xã Ka Đô" })).toEqual([
      { written: "xã ka đô cũ", target: "Đảng bộ xã Ka Đô" },
      { written: "CA huyện", target: "Đảng bộ Công an huyện" },
    ]);
    expect(withAlias(rows, { written: "Ka Đơn", target: "Đảng bộ xã Ka Đơn" })).toHaveLength(3);
  });
});

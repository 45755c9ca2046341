import { findAliasSheets, isAliasSheet } from "../../src/taskpane/alias-sheet";

describe("the pane's view of the alias sheet", () => {
  test("knows alias sheets by role or by a name like Bí danh / Aliases, not by a name that merely starts so", () => {
    expect(isAliasSheet({ name: "Tổng hợp", owned: true, role: "aliases" })).toBe(true);
    expect(isAliasSheet({ name: "BI DANH (3)", owned: false })).toBe(true);
    expect(isAliasSheet({ name: "Aliases", owned: false })).toBe(true);
    expect(isAliasSheet({ name: "Bí danh của tôi", owned: false })).toBe(false);
    expect(isAliasSheet({ name: "Tổng hợp", owned: true, role: "progress" })).toBe(false);
  });

  test("lists the add-in's own alias sheet to write and the user's own alias sheets to read as well", () => {
    const sheets = [{ name: "Phân bổ", owned: false }, { name: "Bí danh", owned: false }, { name: "Aliases", owned: false, file: "b.xlsx" }, { name: "Bí danh (2)", owned: true, role: "aliases" as const }];
    expect(findAliasSheets(sheets)).toEqual({ owned: { name: "Bí danh (2)" }, user: [{ name: "Bí danh" }, { name: "Aliases", file: "b.xlsx" }] });
    expect(findAliasSheets([{ name: "Bí danh", owned: false }])).toEqual({ owned: null, user: [{ name: "Bí danh" }] });
  });
});

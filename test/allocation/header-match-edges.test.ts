/**
 * header-match beyond the common headers: the first letter of a key found
 * without folding, synonym lists holding a stateful (g/y) RegExp, which take
 * the uncached walk, and the row window of findHeaderRow.
 */
import { findHeaderRow, headerKey, headerKeyInitial, mapHeaderRow, matchHeader, STT_HEADERS } from "../../src/core/allocation/header-match";
import { gridFromValues } from "../../src/core/grid";

describe("headerKeyInitial is the first character of headerKey", () => {
  it.each([
    ["0 đảng viên", "0"],
    ["9", "9"],
    ["/9", "9"],
    [":a", "a"],
    ["@Z", "z"],
    ["Zebra", "z"],
    ["[a", "a"],
    ["`a", "a"],
    ["a", "a"],
    ["z", "z"],
    ["{b", "b"],
    ["- Tổng", "t"],
    ["Đảng bộ", "d"],
    ["ðảng", "d"],
    ["Ổn định", "o"],
    ["Ω1", "1"],
    ["≠1", "1"],
    ["«Chi bộ»", "c"],
    ["—", ""],
    ["", ""],
  ])("%p → %p", (text, initial) => {
    expect(headerKeyInitial(text)).toBe(initial);
    expect(headerKey(text).charAt(0)).toBe(initial);
  });
});

describe("a synonym list with a stateful RegExp", () => {
  // Fresh lists per test: a g/y RegExp keeps its lastIndex between calls.
  const sttWithStateful = () => ["STT", /^so thu tu$/g];

  it("matches its strings, spaces ignored, and its patterns", () => {
    expect(matchHeader("Số TT", sttWithStateful())).toBe(false);
    expect(matchHeader("S.T.T", sttWithStateful())).toBe(true);
    expect(matchHeader("stt", sttWithStateful())).toBe(true);
    expect(matchHeader("Số thứ tự", sttWithStateful())).toBe(true);
    expect(matchHeader("Số TT", ["STT", "Số TT", /^x$/y])).toBe(true);
  });

  it("never matches a text without letters or digits, even by a pattern that accepts an empty key", () => {
    expect(matchHeader("---", ["STT", /^(stt)?$/g])).toBe(false);
    expect(matchHeader("   ", [/^(stt)?$/y])).toBe(false);
    expect(matchHeader("---", ["STT", /^(stt)?$/])).toBe(false);
  });

  it("maps a row cell by cell: first matching spec claims the cell, each spec its leftmost cell, blanks skipped", () => {
    const grid = gridFromValues("S", [["", "STT", "Tên đơn vị", "Số TT", "Chỉ tiêu", "Chỉ tiêu năm 2026"]]);
    const specs = [
      { key: "stt", synonyms: STT_HEADERS },
      { key: "name", synonyms: ["Tên đơn vị", "Đơn vị"] },
      { key: "quota", synonyms: [/^chi tieu( nam \d{4})?$/y] },
    ];
    expect(mapHeaderRow(grid, 0, specs)).toEqual({ stt: 1, name: 2, quota: 4 });
  });

  it("a cell matching two specs goes to the first one only", () => {
    const grid = gridFromValues("S", [["Đơn vị", "Tên đơn vị"]]);
    const specs = [
      { key: "unit", synonyms: ["Đơn vị", "Tên đơn vị", /^x$/g] },
      { key: "name", synonyms: ["Tên đơn vị"] },
    ];
    expect(mapHeaderRow(grid, 0, specs)).toEqual({ unit: 0, name: 1 });
  });
});

describe("findHeaderRow's window", () => {
  const grid = gridFromValues("S", [["STT"], ["Ghi chú"], ["STT"], ["Ghi chú"], ["Ghi chú"], ["STT"]]);
  const specs = [{ key: "stt", synonyms: STT_HEADERS, required: true }];

  it("starts at firstRow and stops at lastRow", () => {
    expect(findHeaderRow(grid, specs, { firstRow: 1 })).toEqual({ row: 2, columns: { stt: 0 } });
    expect(findHeaderRow(grid, specs, { firstRow: 3 })).toEqual({ row: 5, columns: { stt: 0 } });
    expect(findHeaderRow(grid, specs, { firstRow: 1, lastRow: 1 })).toBeNull();
    expect(findHeaderRow(grid, specs, { firstRow: 3, lastRow: 4 })).toBeNull();
  });

  it("a window reaching past the sheet is cut to it", () => {
    expect(findHeaderRow(grid, specs, { firstRow: -5, lastRow: 99 })).toEqual({ row: 0, columns: { stt: 0 } });
    expect(findHeaderRow(grid, specs, { firstRow: 6, lastRow: 99 })).toBeNull();
  });
});

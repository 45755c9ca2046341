/**
 * Grid decoding in sheet coordinates: a used range that does not start at A1,
 * the encoding reported for a sheet with several, and whole-sheet decoding up to
 * its last column.
 */
import { gridFromValues, type Grid } from "../../src/core/grid";
import { decodeGridColumns, decodeWholeGrid } from "../../src/core/text/decode-grid";
import { encodeLegacy } from "../../src/core/text/legacy";

const tcvn3 = (s: string): string => encodeLegacy(s, "tcvn3");
const vni = (s: string): string => encodeLegacy(s, "vni");

function values(grid: Grid): unknown[][] {
  return grid.rows.map((r) => r.map((c) => c?.value));
}

describe("a used range that starts at C4", () => {
  const grid = gridFromValues(
    "S",
    [
      ["STT", tcvn3("Tên tổ chức cơ sở đảng")],
      [1, tcvn3("Đảng bộ xã Ka Đô")],
    ],
    { origin: { row: 3, col: 2 } },
  );

  it("decodes the sheet columns asked for, and names the cells by their sheet address", () => {
    const out = decodeGridColumns(grid, [3]);
    expect(values(out.grid)).toEqual([
      ["STT", "Tên tổ chức cơ sở đảng"],
      [1, "Đảng bộ xã Ka Đô"],
    ]);
    expect(out.decodedCells).toEqual(["D4", "D5"]);
    expect(out.grid.origin).toEqual({ row: 3, col: 2 });
  });

  it("decodes nothing for sheet columns left of or past the range, and a column asked twice once", () => {
    expect(decodeGridColumns(grid, [0, 1, 4, 5]).decodedCells).toEqual([]);
    expect(decodeGridColumns(grid, [3, 3]).decodedCells).toEqual(["D4", "D5"]);
  });

  it("decodes every column of it as a whole sheet", () => {
    expect(values(decodeWholeGrid(grid))).toEqual([
      ["STT", "Tên tổ chức cơ sở đảng"],
      [1, "Đảng bộ xã Ka Đô"],
    ]);
  });
});

describe("the encoding reported for a sheet", () => {
  it("is the one most decoded cells were in", () => {
    const grid = gridFromValues("S", [
      [tcvn3("Đảng bộ xã Ka Đô"), vni("Đảng bộ xã Quảng Lập")],
      [tcvn3("Chi bộ Trường THPT Lê Lợi"), "Ghi chú"],
    ]);
    const out = decodeGridColumns(grid, [0, 1]);
    expect(out.encoding).toBe("tcvn3");
    expect(values(out.grid)).toEqual([
      ["Đảng bộ xã Ka Đô", "Đảng bộ xã Quảng Lập"],
      ["Chi bộ Trường THPT Lê Lợi", "Ghi chú"],
    ]);
  });

  it("is the one met first when as many cells were in each", () => {
    const grid = gridFromValues("S", [[tcvn3("Đảng bộ xã Ka Đô"), vni("Đảng bộ xã Quảng Lập")]]);
    expect(decodeGridColumns(grid, [0, 1]).encoding).toBe("tcvn3");
    expect(decodeGridColumns(grid, [1, 0]).encoding).toBe("vni");
  });

  it("is the majority even when the minority comes first", () => {
    const grid = gridFromValues("S", [
      [vni("Đảng bộ xã Quảng Lập"), tcvn3("Đảng bộ xã Ka Đô")],
      ["Ghi chú", tcvn3("Chi bộ Trường THPT Lê Lợi")],
    ]);
    expect(decodeGridColumns(grid, [0, 1]).encoding).toBe("tcvn3");
  });
});

describe("decodeWholeGrid", () => {
  it("decodes legacy text in the sheet's last column", () => {
    const grid = gridFromValues("S", [
      ["STT", "Ký hiệu", tcvn3("Tên tổ chức cơ sở đảng")],
      [1, "KD", tcvn3("Đảng bộ xã Ka Đô")],
    ]);
    expect(values(decodeWholeGrid(grid))).toEqual([
      ["STT", "Ký hiệu", "Tên tổ chức cơ sở đảng"],
      [1, "KD", "Đảng bộ xã Ka Đô"],
    ]);
  });

  it("keeps the defined names of a sheet it decodes", () => {
    const grid: Grid = { ...gridFromValues("S", [[tcvn3("Đảng bộ xã Ka Đô")]]), definedNames: { Ten: { top: 0, left: 0, bottom: 0, right: 0 } } };
    const out = decodeWholeGrid(grid);
    expect(values(out)).toEqual([["Đảng bộ xã Ka Đô"]]);
    expect(out.definedNames).toEqual({ Ten: { top: 0, left: 0, bottom: 0, right: 0 } });
  });

  it("returns an empty sheet itself", () => {
    const grid = gridFromValues("S", []);
    expect(decodeWholeGrid(grid)).toBe(grid);
  });
});

/**
 * Which cells of a legacy column are decoded: a legacy font decides alone; a cell
 * without one is decoded only when that reads at least as well, so Unicode text
 * that Latin-1 also spells (`Hà Tây`, `Phòng 2×3`) survives a TCVN3 column.
 */
import { gridFromValues, type Cell, type Grid } from "../../src/core/grid";
import { decodeGridColumns } from "../../src/core/text/decode-grid";
import { encodeLegacy } from "../../src/core/text/legacy";

const tcvn3 = (s: string): string => encodeLegacy(s, "tcvn3");

/** A TCVN3 column of commune names with one more cell at the end. */
function tcvn3ColumnWith(last: string | Cell): Grid {
  return gridFromValues("S", [[tcvn3("Đảng bộ xã Ka Đô")], [tcvn3("Đảng bộ xã Quảng Lập")], [last]]);
}

function lastCell(grid: Grid): Cell | undefined {
  return decodeGridColumns(grid, [0]).grid.rows.at(-1)?.[0];
}

describe("a cell without a font in a TCVN3 column", () => {
  it("keeps Unicode place names that Latin-1 spells, though most of their words would still read as Vietnamese", () => {
    // As TCVN3 they would read `TrỔ Vinh - HỔ Tõy - CỔ Mau`: three syllables of four, worse than as it stands.
    const out = decodeGridColumns(tcvn3ColumnWith("Trà Vinh - Hà Tây - Cà Mau"), [0]);
    expect(out.grid.rows.map((r) => r[0]?.value)).toEqual(["Đảng bộ xã Ka Đô", "Đảng bộ xã Quảng Lập", "Trà Vinh - Hà Tây - Cà Mau"]);
    expect(out.decodedCells).toEqual(["A1", "A2"]);
  });

  it("keeps text whose decoding reads no better and holds no sign foreign to Vietnamese (a × in a size)", () => {
    expect(lastCell(tcvn3ColumnWith("Phòng 2\u00D73"))).toEqual({ value: "Phòng 2\u00D73" });
    expect(lastCell(tcvn3ColumnWith("2\u00D73"))).toEqual({ value: "2\u00D73" });
  });

  it("decodes a short legacy header whose signs all become letters (TCCS§ → TCCSĐ)", () => {
    expect(lastCell(tcvn3ColumnWith("TCCS\u00A7"))).toEqual({ value: "TCCSĐ" });
  });
});

describe("a cell in a legacy font", () => {
  it("is decoded even when its bytes read as Latin-1 Vietnamese: .VnTime shows `Tây` as `Tõy`", () => {
    const grid = gridFromValues("S", [[{ value: "Tây", font: ".VnTime" }]]);
    const out = decodeGridColumns(grid, [0]);
    expect(out.grid.rows[0]?.[0]).toStrictEqual({ value: "Tõy" });
    expect(out.encoding).toBe("tcvn3");
  });

  it("decides the column's encoding for the cells in it that have no font", () => {
    // `TCCSÑ` reads as nothing by content; the VNI font of the first cell says VNI for both.
    const grid = gridFromValues("S", [[{ value: "TCCS\u00D1", font: "VNI-Times" }], ["TCCS\u00D1"]]);
    const out = decodeGridColumns(grid, [0]);
    expect(out.grid.rows.map((r) => r[0])).toStrictEqual([{ value: "TCCSĐ" }, { value: "TCCSĐ" }]);
    expect(out.encoding).toBe("vni");
  });

  it("reads a .VnTimeH cell in capitals, and a VNI cell in the case it was typed", () => {
    const grid = gridFromValues("S", [[{ value: tcvn3("tổ chức đảng"), font: ".VnTimeH" }, { value: encodeLegacy("tổ chức đảng", "vni"), font: "VNI-Times" }]]);
    const out = decodeGridColumns(grid, [0, 1]);
    expect(out.grid.rows[0]).toStrictEqual([{ value: "TỔ CHỨC ĐẢNG" }, { value: "tổ chức đảng" }]);
  });
});

describe("cells that are not plain text", () => {
  it("decodes the displayed text of a number whose format adds TCVN3 words, and keeps the number", () => {
    const grid = gridFromValues("S", [[{ value: 3, text: tcvn3("3 đảng viên") }], [{ value: 12, text: tcvn3("12 đảng viên") }]]);
    const out = decodeGridColumns(grid, [0]);
    expect(out.grid.rows.map((r) => r[0])).toStrictEqual([
      { value: 3, text: "3 đảng viên" },
      { value: 12, text: "12 đảng viên" },
    ]);
    expect(out.decodedCells).toEqual(["A1", "A2"]);
  });

  it("leaves empty, numeric and missing cells of a decoded column as they were", () => {
    const grid = gridFromValues("S", [
      ["STT", tcvn3("Tên tổ chức cơ sở đảng")],
      [1, tcvn3("Đảng bộ xã Ka Đô")],
      [2],
      [3, null],
      [4, tcvn3("Đảng bộ xã Quảng Lập")],
    ]);
    const out = decodeGridColumns(grid, [0, 1]);
    expect(out.grid.rows).toStrictEqual([
      [{ value: "STT" }, { value: "Tên tổ chức cơ sở đảng" }],
      [{ value: 1 }, { value: "Đảng bộ xã Ka Đô" }],
      [{ value: 2 }],
      [{ value: 3 }, { value: null }],
      [{ value: 4 }, { value: "Đảng bộ xã Quảng Lập" }],
    ]);
    expect(out.decodedCells).toEqual(["B1", "B2", "B5"]);
  });

  it("gives a decoded cell no displayed text when it had none", () => {
    const cell = decodeGridColumns(tcvn3ColumnWith(tcvn3("Chi bộ Trường THPT Lê Lợi")), [0]).grid.rows[2]?.[0];
    expect(cell).toStrictEqual({ value: "Chi bộ Trường THPT Lê Lợi" });
    expect(cell !== undefined && "text" in cell).toBe(false);
  });
});

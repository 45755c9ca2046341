import { gridFromValues, type Cell, type Grid } from "../../src/core/grid";
import { decodeGridColumns, decodeWholeGrid } from "../../src/core/text/decode-grid";
import { detectEncoding, encodeLegacy } from "../../src/core/text/legacy";
import { legacyTyped } from "../names/forms";
import { seedOrganisations } from "../names/seed-orgs";

const SEED = seedOrganisations();

function seedGrid(encode: (s: string) => string | Cell): Grid {
  return gridFromValues("Phân bổ", [
    [encode("STT"), encode("TCCSĐ"), encode("CHỈ TIÊU")],
    ...SEED.map((name, i) => [String(i + 1).padStart(2, "0"), encode(name), i >= 10 && i < 14 ? "03 (01 HS)" : 3]),
  ]);
}

function column(grid: Grid, col: number): string[] {
  return grid.rows.map((r) => String(r[col]?.value ?? ""));
}

describe("decodeGridColumns", () => {
  it.each(["tcvn3", "vni", "viscii"] as const)("decodes the seed table typed in %s without a font hint", (enc) => {
    const grid = seedGrid((s) => encodeLegacy(legacyTyped(s), enc));
    const out = decodeGridColumns(grid, [0, 1, 2]);
    expect(out.encoding).toBe(enc);
    expect(column(out.grid, 1).slice(1)).toEqual(SEED.map(legacyTyped));
    expect(out.decodedCells).toContain("B2");
  });

  it("leaves a Unicode table alone and returns the very same grid", () => {
    const grid = seedGrid((s) => s);
    const out = decodeGridColumns(grid, [0, 1, 2]);
    expect(out).toEqual({ grid, encoding: null, decodedCells: [] });
    expect(out.grid).toBe(grid);
  });

  it("decodes only the legacy cells of a column that mixes old and new names", () => {
    const grid = gridFromValues("S", [["Đảng bộ xã Ka Đô"], [encodeLegacy("Đảng bộ xã Ka Đơn", "tcvn3")], [encodeLegacy("Đảng bộ xã Lạc Lâm", "tcvn3")], ["Chi bộ Trường THPT Pró"]]);
    const out = decodeGridColumns(grid, [0]);
    expect(column(out.grid, 0)).toEqual(["Đảng bộ xã Ka Đô", "Đảng bộ xã Ka Đơn", "Đảng bộ xã Lạc Lâm", "Chi bộ Trường THPT Pró"]);
    expect(out.decodedCells).toEqual(["A2", "A3"]);
  });

  it("trusts the cell font for a short ambiguous cell: .VnTime → TCVN3, VNI-Times → VNI", () => {
    const grid = gridFromValues("S", [[{ value: "Hµ", font: ".VnTime" }, { value: "Haø", font: "VNI-Times" }]]);
    const out = decodeGridColumns(grid, [0, 1]);
    expect(column(out.grid, 0)).toEqual(["Hà"]);
    expect(column(out.grid, 1)).toEqual(["Hà"]);
  });

  it("reads a .VnTimeH cell in capitals", () => {
    const grid = gridFromValues("S", [[{ value: encodeLegacy("huyện ủy đơn dương", "tcvn3"), font: ".VnTimeH" }]]);
    expect(column(decodeGridColumns(grid, [0]).grid, 0)).toEqual(["HUYỆN ỦY ĐƠN DƯƠNG"]);
  });

  it("never decodes Unicode Vietnamese, even in a .VnTime cell", () => {
    const grid = gridFromValues("S", [[{ value: "Đảng bộ xã Ka Đô", font: ".VnTime" }]]);
    expect(decodeGridColumns(grid, [0]).decodedCells).toEqual([]);
  });

  it("decides per column: one TCVN3 column, one VNI column", () => {
    const grid = gridFromValues("S", [
      [encodeLegacy("Đảng bộ xã Tu Tra", "tcvn3"), encodeLegacy("Đảng bộ xã Tu Tra", "vni")],
      [encodeLegacy("Chi bộ Trường THPT Lê Lợi", "tcvn3"), encodeLegacy("Chi bộ Trường THPT Lê Lợi", "vni")],
    ]);
    const out = decodeGridColumns(grid, [0, 1]);
    expect(out.grid.rows.map((r) => r.map((c) => c?.value))).toEqual([
      ["Đảng bộ xã Tu Tra", "Đảng bộ xã Tu Tra"],
      ["Chi bộ Trường THPT Lê Lợi", "Chi bộ Trường THPT Lê Lợi"],
    ]);
  });

  it("decodes a short TCVN3 header with no syllable to count (TCCS§ → TCCSĐ) when its column is TCVN3", () => {
    const grid = gridFromValues("S", [["TCCS\u00A7"], [encodeLegacy("Đảng bộ xã Ka Đô", "tcvn3")], [encodeLegacy("Đảng bộ xã Lạc Lâm", "tcvn3")]]);
    expect(column(decodeGridColumns(grid, [0]).grid, 0)).toEqual(["TCCSĐ", "Đảng bộ xã Ka Đô", "Đảng bộ xã Lạc Lâm"]);
  });

  it("lets the sheet decide for a column whose only legacy cell is a short header", () => {
    const grid = gridFromValues("S", [
      ["TCCS\u00A7", encodeLegacy("Ghi chú", "tcvn3")],
      ["Đảng bộ xã Ka Đô", encodeLegacy("Đã nộp báo cáo tháng", "tcvn3")],
      ["Đảng bộ xã Lạc Lâm", encodeLegacy("Chưa có nguồn kết nạp", "tcvn3")],
    ]);
    const out = decodeGridColumns(grid, [0, 1]);
    expect(column(out.grid, 0)).toEqual(["TCCSĐ", "Đảng bộ xã Ka Đô", "Đảng bộ xã Lạc Lâm"]);
    expect(column(out.grid, 1)).toEqual(["Ghi chú", "Đã nộp báo cáo tháng", "Chưa có nguồn kết nạp"]);
  });

  it("leaves a short header alone on a Unicode sheet: nothing else says TCVN3", () => {
    const grid = gridFromValues("S", [["TCCS\u00A7"], ["Đảng bộ xã Ka Đô"], ["Chi bộ Trường THPT Pró"]]);
    expect(decodeGridColumns(grid, [0]).decodedCells).toEqual([]);
  });

  it("keeps a Latin-1-only Unicode name (Pró) in a TCVN3 column without font", () => {
    const grid = gridFromValues("S", [[encodeLegacy("Đảng bộ xã Ka Đô", "tcvn3")], [encodeLegacy("Đảng bộ xã Quảng Lập", "tcvn3")], ["Chi bộ Trường THPT Pró"]]);
    expect(column(decodeGridColumns(grid, [0]).grid, 2 - 2).at(-1)).toBe("Chi bộ Trường THPT Pró");
  });

  it("is idempotent and keeps the sheet's other parts", () => {
    const base = seedGrid((s) => ({ value: encodeLegacy(legacyTyped(s), "tcvn3"), font: ".VnTime" }));
    const grid: Grid = { ...base, merges: [{ top: 0, left: 0, bottom: 0, right: 2 }], definedNames: { Ten: { top: 1, left: 1, bottom: 1, right: 1 } } };
    const once = decodeGridColumns(grid, [0, 1, 2]);
    const twice = decodeGridColumns(once.grid, [0, 1, 2]);
    expect(twice.decodedCells).toEqual([]);
    expect(twice.grid.merges).toEqual(grid.merges);
    expect(twice.grid.definedNames).toEqual(grid.definedNames);
  });

  it("decodes the displayed text as well as the value", () => {
    const grid = gridFromValues("S", [[{ value: "§¶ng bé x· Ka §«", text: "§¶ng bé x· Ka §«", font: ".VnTime" }]]);
    const cell = decodeGridColumns(grid, [0]).grid.rows[0]?.[0];
    expect(cell).toEqual({ value: "Đảng bộ xã Ka Đô", text: "Đảng bộ xã Ka Đô" });
  });

  it("ignores columns outside the grid and non-text cells", () => {
    const grid = gridFromValues("S", [[1, true, null]]);
    expect(decodeGridColumns(grid, [-1, 0, 1, 2, 99]).decodedCells).toEqual([]);
  });
});

describe("detectEncoding", () => {
  it("returns null for ASCII and for Unicode text", () => {
    expect(detectEncoding([{ text: "STT" }, { text: "Ka Do" }])).toBeNull();
    expect(detectEncoding(SEED.map((text) => ({ text })))).toBeNull();
  });

  it("lets fonts outvote content", () => {
    expect(detectEncoding([{ text: "Hµ", font: ".VnArial" }, { text: "Hµ", font: ".VnTime" }])).toBe("tcvn3");
    expect(detectEncoding([{ text: "Haø", font: "VNI-Helve" }])).toBe("vni");
  });
});

describe("decodeWholeGrid", () => {
  it("decodes a sheet once for every reader that asks, and leaves the input untouched", () => {
    const grid = seedGrid((s) => encodeLegacy(legacyTyped(s), "tcvn3"));
    const before = JSON.stringify(grid);
    const first = decodeWholeGrid(grid);
    expect(column(first, 1).slice(1)).toEqual(SEED.map(legacyTyped));
    expect(decodeWholeGrid(grid)).toBe(first);
    expect(JSON.stringify(grid)).toBe(before);
  });

  it("returns a Unicode sheet itself", () => {
    const grid = seedGrid((s) => s);
    expect(decodeWholeGrid(grid)).toBe(grid);
  });
});

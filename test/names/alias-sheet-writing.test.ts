/**
 * Writing the owned "Bí danh" sheet: the exact spec (styles, widths, frozen
 * header), and a rewrite that keeps every cell the user typed as typed.
 */
import { gridFromValues } from "../../src/core/grid";
import { aliasSheetSpec, aliasSheetSpecPreserving } from "../../src/core/names/aliases";
import type { SpecCell } from "../../src/core/sheet-spec";

const HEADER_STYLE = { font: { bold: true }, fill: "#D9E1F2", border: true, wrap: true, vertical: "middle" } as const;
const DATA_STYLE = { border: true, locked: false } as const;
const head = (value: string): SpecCell => ({ value, style: HEADER_STYLE });
const data = (value: SpecCell["value"], extra: Partial<SpecCell> = {}): SpecCell => ({ value, style: DATA_STYLE, ...extra });

describe("aliasSheetSpec", () => {
  it("is two bold, filled header cells and unlocked data cells, 40 and 55 wide, the header frozen", () => {
    expect(aliasSheetSpec([{ written: "KĐ", target: "Đảng bộ xã Ka Đô" }], "en")).toEqual({
      name: "Bí danh",
      role: "aliases",
      rows: [
        [head("Written as"), head("Organisation (as in the allocation table)")],
        [data("KĐ"), data("Đảng bộ xã Ka Đô")],
      ],
      columns: [{ width: 40 }, { width: 55 }],
      freeze: { rows: 1, columns: 0 },
    });
  });

  it("has its Vietnamese headers", () => {
    expect(aliasSheetSpec([], "vi").rows).toEqual([[head("Viết là"), head("Tổ chức cơ sở đảng")]]);
  });
});

describe("aliasSheetSpecPreserving", () => {
  const typed = gridFromValues("Bí danh", [
    [null, "Viết là", "Tổ chức cơ sở đảng", "Ghi chú"],
    [null, "KĐ", "Đảng bộ xã Ka Đô", { value: 45000, numFmt: "dd/mm/yyyy" }],
    [null, "", "Đảng bộ xã Tu Tra", { value: 3, formula: "1+2" }],
    [null, "Kđ", "cũ", new Date(Date.UTC(2025, 0, 2))],
    [null, "x", "y", { error: "#REF!" }],
    [null, "z", "w", true],
    [null, "   ", "", 7],
    [],
    [null, "ghi chú", { value: "mã", numFmt: "@" }, { value: 5, numFmt: "0.0" }, { value: 4, formula: "" }],
  ]);
  const spec = aliasSheetSpecPreserving(
    typed,
    [
      { written: "kđ", target: "Đảng bộ xã Ka Đơn" },
      { written: "Mới", target: "Đảng bộ xã Tu Tra" },
    ],
    "vi",
  );

  it("keeps each typed cell as typed, replaces the first row written the same way and adds a new alias where the table ends", () => {
    expect(spec.rows).toEqual([
      [null, head("Viết là"), head("Tổ chức cơ sở đảng"), data("Ghi chú"), null],
      [null, data("kđ"), data("Đảng bộ xã Ka Đơn"), data(45000, { style: { ...DATA_STYLE, numFmt: "dd/mm/yyyy" } }), null],
      // A half-filled row still belongs to the table; a formula the user typed stays one.
      [null, null, data("Đảng bộ xã Tu Tra"), data(3, { formula: "1+2" }), null],
      [null, data("Kđ"), data("cũ"), data("2025-01-02"), null],
      [null, data("x"), data("y"), data("#REF!"), null],
      [null, data("z"), data("w"), data(true), null],
      // The first row without an alias ends the table: the new alias goes there, the rest moves down.
      [null, data("Mới"), data("Đảng bộ xã Tu Tra")],
      [null, null, null, data(7), null],
      [null, null, null, null, null],
      // A number format is kept on numbers only; an empty formula is no formula.
      [null, data("ghi chú"), data("mã"), data(5, { style: { ...DATA_STYLE, numFmt: "0.0" } }), data(4)],
    ]);
  });

  it("sizes the alias columns 40 and 55 wide and others 20, freezing the rows down to the header", () => {
    expect(spec.columns).toEqual([{ width: 20 }, { width: 40 }, { width: 55 }, { width: 20 }, { width: 20 }]);
    expect(spec.freeze).toEqual({ rows: 1, columns: 0 });
    expect(spec).toMatchObject({ name: "Bí danh", role: "aliases" });
  });

  it("finds a header below a title, in either column order", () => {
    const below = gridFromValues("Bí danh", [["Bảng bí danh"], [], ["Tổ chức cơ sở đảng", "Viết là"], ["Đảng bộ xã Ka Đô", "KĐ"]]);
    const out = aliasSheetSpecPreserving(below, [{ written: "TT", target: "Đảng bộ xã Tu Tra" }], "vi");
    expect(out.rows).toEqual([
      [data("Bảng bí danh"), null],
      [null, null],
      [head("Tổ chức cơ sở đảng"), head("Viết là")],
      [data("Đảng bộ xã Ka Đô"), data("KĐ")],
      [data("Đảng bộ xã Tu Tra"), data("TT")],
    ]);
    expect(out.columns).toEqual([{ width: 55 }, { width: 40 }]);
    expect(out.freeze).toEqual({ rows: 3, columns: 0 });
  });

  it("writes the plain table over a sheet that holds only blanks", () => {
    const aliases = [{ written: "KĐ", target: "Đảng bộ xã Ka Đô" }];
    expect(aliasSheetSpecPreserving(gridFromValues("Bí danh", [["", "  "], [null, "\t"]]), aliases, "en")).toEqual(aliasSheetSpec(aliases, "en"));
  });
});

import { cellAt, colSpan, displayText, gridFromValues, isBlank, isCellError, rowSpan, type Cell } from "../../src/core/grid";

describe("reading a cell by sheet coordinates", () => {
  // A used range starting at D3, as hosts hand it over when the table does not begin at A1.
  const grid = gridFromValues(
    "Phân bổ",
    [
      ["STT", "TCCSĐ", "CHỈ TIÊU"],
      ["01", undefined],
      [],
    ],
    { origin: { row: 2, col: 3 } },
  );

  it("finds the cell at the grid's origin and beside it", () => {
    expect(cellAt(grid, 2, 3)).toEqual({ value: "STT" });
    expect(cellAt(grid, 2, 5)).toEqual({ value: "CHỈ TIÊU" });
    expect(cellAt(grid, 3, 3)).toEqual({ value: "01" });
  });

  it("answers an empty cell outside the grid, past a short row and for a hole", () => {
    for (const [row, col] of [
      [0, 0],
      [2, 2],
      [1, 3],
      [2, 6],
      [3, 4],
      [3, 5],
      [4, 3],
      [5, 3],
    ] as const) {
      expect(cellAt(grid, row, col)).toEqual({ value: null });
    }
  });

  it("shares one frozen empty cell so no caller can write into it", () => {
    const empty = cellAt(grid, 100, 100);
    expect(Object.isFrozen(empty)).toBe(true);
    expect(cellAt(grid, 0, 0)).toBe(empty);
  });
});

describe("spans of a grid", () => {
  it("gives the first and last sheet row and column, the widest row deciding the width", () => {
    const grid = gridFromValues("S", [["a"], ["a", "b", "c"], ["a", "b"]], { origin: { row: 5, col: 1 } });
    expect(rowSpan(grid)).toEqual({ first: 5, last: 7 });
    expect(colSpan(grid)).toEqual({ first: 1, last: 3 });
  });

  it("gives an empty span (last before first) for a grid without rows", () => {
    const grid = gridFromValues("S", [], { origin: { row: 4, col: 2 } });
    expect(rowSpan(grid)).toEqual({ first: 4, last: 3 });
    expect(colSpan(grid)).toEqual({ first: 2, last: 1 });
  });

  it("counts from A1 when no origin is given", () => {
    const grid = gridFromValues("S", [["a", "b"]]);
    expect(grid.origin).toEqual({ row: 0, col: 0 });
    expect(rowSpan(grid)).toEqual({ first: 0, last: 0 });
    expect(colSpan(grid)).toEqual({ first: 0, last: 1 });
  });
});

describe("the text a person reads in a cell", () => {
  it.each<[string, Cell, string]>([
    ["an empty cell", { value: null }, ""],
    ["text", { value: "Đảng bộ xã Ka Đô" }, "Đảng bộ xã Ka Đô"],
    ["a whole number", { value: 12 }, "12"],
    ["a fraction", { value: 1.5 }, "1.5"],
    ["zero", { value: 0 }, "0"],
    ["true", { value: true }, "true"],
    ["false", { value: false }, "false"],
    ["a date", { value: new Date(Date.UTC(2026, 0, 1)) }, "2026-01-01"],
    ["an error value", { value: { error: "#REF!" } }, "#REF!"],
    ["a formatted number", { value: 9, text: "09" }, "09"],
    ["a cell whose displayed text is empty", { value: 5, text: "" }, ""],
    ["a formatted empty cell", { value: null, text: "-" }, "-"],
  ])("shows %s", (_label, cell, text) => {
    expect(displayText(cell)).toBe(text);
  });
});

describe("error values and blank cells", () => {
  it("tells an Excel error value from text that looks like one", () => {
    expect(isCellError({ error: "#N/A" })).toBe(true);
    expect(isCellError("#N/A")).toBe(false);
    expect(isCellError(null)).toBe(false);
    expect(isCellError(0)).toBe(false);
    expect(isCellError(false)).toBe(false);
    expect(isCellError(new Date(Date.UTC(2026, 0, 1)))).toBe(false);
  });

  it.each<[string, Cell, boolean]>([
    ["an empty cell", { value: null }, true],
    ["an empty string", { value: "" }, true],
    ["spaces, tabs and line breaks", { value: " \t\n " }, true],
    ["text", { value: "x" }, false],
    ["text padded with spaces", { value: "  x " }, false],
    ["zero", { value: 0 }, false],
    ["false", { value: false }, false],
    ["an error value", { value: { error: "#VALUE!" } }, false],
    ["a date", { value: new Date(Date.UTC(2026, 0, 1)) }, false],
  ])("counts %s as blank: %p", (_label, cell, blank) => {
    expect(isBlank(cell)).toBe(blank);
  });
});

describe("building a grid from plain values", () => {
  it("wraps plain values, keeps given cells as they are and leaves holes empty", () => {
    const formatted: Cell = { value: 9, text: "09", numFmt: "00" };
    const day = new Date(Date.UTC(2026, 4, 31));
    const grid = gridFromValues("Tháng 5", [["a", 1, true, null, undefined, day, { error: "#DIV/0!" }, formatted]]);
    expect(grid.name).toBe("Tháng 5");
    expect(grid.rows).toEqual([
      [{ value: "a" }, { value: 1 }, { value: true }, { value: null }, undefined, { value: day }, { value: { error: "#DIV/0!" } }, formatted],
    ]);
    expect(grid.rows[0]?.[7]).toBe(formatted);
    expect(grid.merges).toEqual([]);
  });

  it("keeps the origin and merges it is given", () => {
    const merges = [{ top: 0, left: 0, bottom: 0, right: 2 }];
    const grid = gridFromValues("S", [["Tiêu đề"]], { origin: { row: 3, col: 1 }, merges });
    expect(grid.origin).toEqual({ row: 3, col: 1 });
    expect(grid.merges).toEqual(merges);
  });
});

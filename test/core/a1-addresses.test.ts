import { columnLetters, parseA1, parseRange, rangeToA1, toA1 } from "../../src/core/address";
import { InvalidArgumentError } from "../../src/core/errors";

describe("column letters", () => {
  it.each([
    [0, "A"],
    [1, "B"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("turns column %i into %s", (col, letters) => {
    expect(columnLetters(col)).toBe(letters);
  });

  it.each([-1, 16384, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("refuses column %p as a programmer error", (col) => {
    expect(() => columnLetters(col)).toThrow(InvalidArgumentError);
    expect(() => columnLetters(col)).toThrow(`column out of range: ${col}`);
  });
});

describe("A1 addresses from coordinates", () => {
  it("writes the first, an inner and the last cell of a sheet", () => {
    expect(toA1(0, 0)).toBe("A1");
    expect(toA1(4, 2)).toBe("C5");
    expect(toA1(1048575, 16383)).toBe("XFD1048576");
  });

  it.each([-1, 1048576, 0.5, Number.NaN])("refuses row %p as a programmer error", (row) => {
    expect(() => toA1(row, 0)).toThrow(InvalidArgumentError);
    expect(() => toA1(row, 0)).toThrow(`row out of range: ${row}`);
  });

  it("refuses a column past XFD even on a valid row", () => {
    expect(() => toA1(0, 16384)).toThrow("column out of range: 16384");
  });

  it("writes a one-cell range as a single address and a larger range as two", () => {
    expect(rangeToA1({ top: 1, left: 1, bottom: 1, right: 1 })).toBe("B2");
    expect(rangeToA1({ top: 0, left: 0, bottom: 4, right: 2 })).toBe("A1:C5");
    expect(rangeToA1({ top: 6, left: 0, bottom: 6, right: 2 })).toBe("A7:C7");
  });
});

describe("reading A1 addresses", () => {
  it.each([
    ["A1", 0, 0],
    ["C5", 4, 2],
    ["$C$5", 4, 2],
    ["$C5", 4, 2],
    ["C$5", 4, 2],
    ["c5", 4, 2],
    ["aa10", 9, 26],
    ["  C5 ", 4, 2],
    ["A01", 0, 0],
    ["Z1", 0, 25],
    ["AA1", 0, 26],
    ["XFD1048576", 1048575, 16383],
  ])("reads %p as row %i, column %i", (address, row, col) => {
    expect(parseA1(address)).toEqual({ row, col });
  });

  it.each(["", "A", "5", "A0", "XFE1", "ZZZ1", "A1048577", "AAAA1", "A12345678", "C5x", "#C5", "1A", "C-5", "$$C5", "C 5", "A1:B2", "Ă1"])(
    "returns nothing for %p",
    (address) => {
      expect(parseA1(address)).toBeUndefined();
    },
  );
});

describe("reading ranges", () => {
  it("reads a range written top-left to bottom-right", () => {
    expect(parseRange("A1:C5")).toEqual({ top: 0, left: 0, bottom: 4, right: 2 });
  });

  it("normalises a range written from any corner", () => {
    expect(parseRange("C5:A1")).toEqual({ top: 0, left: 0, bottom: 4, right: 2 });
    expect(parseRange("C1:A5")).toEqual({ top: 0, left: 0, bottom: 4, right: 2 });
    expect(parseRange("A5:C1")).toEqual({ top: 0, left: 0, bottom: 4, right: 2 });
    expect(parseRange("$B$3:$D$9")).toEqual({ top: 2, left: 1, bottom: 8, right: 3 });
  });

  it("reads a single cell as a one-cell range", () => {
    expect(parseRange("B2")).toEqual({ top: 1, left: 1, bottom: 1, right: 1 });
  });

  it.each(["", ":", "A1:", ":B2", "A1:ZZZ9", "foo", "A0:B2"])("returns nothing for the malformed range %p", (ref) => {
    expect(parseRange(ref)).toBeUndefined();
  });

  it("round-trips every range it writes", () => {
    for (const r of [
      { top: 0, left: 0, bottom: 0, right: 0 },
      { top: 7, left: 0, bottom: 30, right: 2 },
      { top: 0, left: 16383, bottom: 1048575, right: 16383 },
    ]) {
      expect(parseRange(rangeToA1(r))).toEqual(r);
    }
  });
});

describe("A1 addresses outside a sheet", () => {
  it.each(["XFE1", "A0", "A1048577", "ZZZ9"])("reads %s as no cell at all", (address) => {
    expect(parseA1(address)).toBeUndefined();
  });

  it("reads the last cell of a sheet as a cell", () => {
    expect(parseA1("XFD1048576")).toEqual({ row: 1048575, col: 16383 });
  });

  it("reads a range with an empty start as no range", () => {
    expect(parseRange(":B2")).toBeUndefined();
    expect(parseRange("")).toBeUndefined();
  });
});

import { MAX_SHEET_NAME, sanitizeSheetName, uniqueSheetName } from "../../src/excel/sheet-names";

describe("sheet names Excel accepts", () => {
  it("never end in an apostrophe after cutting a place name such as Ea H'Leo", () => {
    const name = sanitizeSheetName("02 - Chi bộ Công an huyện Ea H'Leo");
    expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    expect(name).not.toMatch(/^'|'$/);
    expect(name).toBe("02 - Chi bộ Công an huyện Ea H");
  });

  it("keep an apostrophe inside the name", () => {
    expect(sanitizeSheetName("Thị trấn D'Ran")).toBe("Thị trấn D'Ran");
  });

  it("count length in UTF-16 units and never split a surrogate pair", () => {
    const name = sanitizeSheetName(`${"a".repeat(30)}😀b`);
    expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    expect(name).toBe("a".repeat(30));
  });

  it("replace characters Excel forbids and rename the reserved History", () => {
    expect(sanitizeSheetName("Tổng hợp [T5/2025]: *?")).toBe("Tổng hợp T5 2025");
    expect(sanitizeSheetName("History")).toBe("History (PTĐV)");
    expect(sanitizeSheetName("''")).toBe("PTĐV");
  });

  it("add a numbered suffix within 31 units when the name is taken", () => {
    const taken = new Set(["b".repeat(31)]);
    const name = uniqueSheetName("b".repeat(40), (n) => taken.has(n));
    expect(name).toBe(`${"b".repeat(27)} (2)`);
  });
});

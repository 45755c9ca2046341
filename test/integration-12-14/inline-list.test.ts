/** Inline list validations (the Chi bộ sheet's Loại and Còn nguồn): Excel's limits are kept, never silently broken. */
import { INLINE_LIST_MAX_CHARS, InvalidArgumentError, inlineListFormula, type SheetSpec } from "../../src/core";
import { writeWorkbook } from "../../src/xlsx/write-workbook";

const sheetWith = (values: readonly string[]): SheetSpec => ({
  name: "S",
  role: "template",
  rows: [[{ value: null }]],
  inputValidations: [{ kind: "list", range: { top: 0, left: 0, bottom: 3, right: 0 }, values }],
});

describe("inline list formulas", () => {
  it("joins items with commas inside quotes, up to Excel's 255 characters", () => {
    expect(inlineListFormula(["Có", "Không"])).toBe('"Có,Không"');
    const exactly = ["x".repeat(INLINE_LIST_MAX_CHARS - 2), "y"];
    expect(exactly.join(",")).toHaveLength(INLINE_LIST_MAX_CHARS);
    expect(inlineListFormula(exactly)).toBe(`"${exactly.join(",")}"`);
    expect(inlineListFormula(["x".repeat(INLINE_LIST_MAX_CHARS - 1), "y"])).toBeNull();
  });

  it("refuses items an inline list cannot hold: a comma, a quote, none at all", () => {
    expect(inlineListFormula(["a,b", "c"])).toBeNull();
    expect(inlineListFormula(['say "hi"'])).toBeNull();
    expect(inlineListFormula([])).toBeNull();
  });

  it("makes the .xlsx writer throw a named error rather than write a list Excel would reject", async () => {
    await expect(writeWorkbook({ sheets: [sheetWith(["a,b"])] })).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(writeWorkbook({ sheets: [sheetWith(["Có", "Không"])] })).resolves.toBeInstanceOf(Uint8Array);
  });
});

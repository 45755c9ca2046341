import { INLINE_LIST_MAX_CHARS, inlineListFormula } from "../../src/core/sheet-spec";

describe("the formula of an inline drop-down list", () => {
  it("quotes the items joined by commas", () => {
    expect(inlineListFormula(["Đảng viên mới", "Quần chúng"])).toBe('"Đảng viên mới,Quần chúng"');
    expect(inlineListFormula(["Có"])).toBe('"Có"');
  });

  it("is impossible without items", () => {
    expect(inlineListFormula([])).toBeNull();
  });

  it("is impossible when any one item holds a comma or a double quote", () => {
    expect(inlineListFormula(["Có", "Không, chưa"])).toBeNull();
    expect(inlineListFormula(["a,b"])).toBeNull();
    expect(inlineListFormula(["Có", 'Chi bộ "A"'])).toBeNull();
    expect(inlineListFormula(['"'])).toBeNull();
  });

  it("allows exactly Excel's 255 joined characters and no more", () => {
    expect(INLINE_LIST_MAX_CHARS).toBe(255);
    // 127 + 1 comma + 127 = 255 characters once joined.
    const at = ["a".repeat(127), "b".repeat(127)];
    expect(inlineListFormula(at)).toBe(`"${at.join(",")}"`);
    expect(inlineListFormula(["a".repeat(128), "b".repeat(127)])).toBeNull();
    expect(inlineListFormula(["x".repeat(255)])).toBe(`"${"x".repeat(255)}"`);
    expect(inlineListFormula(["x".repeat(256)])).toBeNull();
  });
});

/**
 * Numbers as each language writes them (src/core/number-format.ts): every
 * domain's messages, summaries and reports go through these two functions, so
 * their cases live with the engine's shared helpers, not with one domain.
 */
import { formatNumber, formatPercent } from "../../src/core/number-format";

describe("numbers as each language writes them", () => {
  it.each<[number, "vi" | "en", number, string]>([
    [123, "vi", 0, "123"],
    [1950, "vi", 0, "1.950"],
    [1950, "en", 0, "1,950"],
    [123456, "vi", 0, "123.456"],
    [1234567, "vi", 0, "1.234.567"],
    [1234567, "en", 0, "1,234,567"],
    [-1950, "vi", 0, "-1.950"],
    [-1905, "vi", 0, "-1.905"],
    [-0.4, "vi", 0, "0"],
    [0, "vi", 0, "0"],
    [0, "en", 0, "0"],
    [66.666, "vi", 1, "66,7"],
    [66.666, "en", 1, "66.7"],
    [6.25, "vi", 1, "6,3"],
    [0.05, "en", 1, "0.1"],
    [Number.NaN, "vi", 0, "NaN"],
    [Number.POSITIVE_INFINITY, "vi", 0, "Infinity"],
    [Number.NEGATIVE_INFINITY, "en", 0, "-Infinity"],
  ])("formatNumber(%p, %s, %p) is %p", (n, lang, digits, text) => {
    expect(formatNumber(n, lang, digits)).toBe(text);
  });

  it("defaults to Vietnamese, whole numbers, and one decimal for percentages", () => {
    expect(formatNumber(1950)).toBe("1.950");
    expect(formatNumber(2.5)).toBe("3");
    expect(formatPercent(66.666)).toBe("66,7%");
    expect(formatPercent(66.666, "vi")).toBe("66,7%");
    expect(formatPercent(50, "en")).toBe("50.0%");
  });
});

import { formatCount, formatPercent } from "../../src/core/branches/format";
import { roundOneDecimal } from "../../src/core/branches/rounding";
import { percentOf } from "../../src/core/branches/compute";

describe("chi bộ counts as each language writes them", () => {
  it.each([
    [0, "0", "0"],
    [7, "7", "7"],
    [999, "999", "999"],
    [1000, "1.000", "1,000"],
    [1950, "1.950", "1,950"],
    [1234567, "1.234.567", "1,234,567"],
    [-1950, "-1.950", "-1,950"],
    [-5, "-5", "-5"],
    [12.7, "12", "12"],
  ])("writes %p as %s in Vietnamese and %s in English", (n, vi, en) => {
    expect(formatCount(n, "vi")).toBe(vi);
    expect(formatCount(n, "en")).toBe(en);
  });
});

describe("shares of chi bộ as each language writes them", () => {
  it.each([
    [66.666, "66,7%", "66.7%"],
    [50, "50,0%", "50.0%"],
    [0, "0,0%", "0.0%"],
    [100, "100,0%", "100.0%"],
    [1234.5, "1.234,5%", "1,234.5%"],
  ])("writes %p as %s and %s", (p, vi, en) => {
    expect(formatPercent(p, "vi")).toBe(vi);
    expect(formatPercent(p, "en")).toBe(en);
  });

  it("writes a dash when there is nothing to divide by", () => {
    expect(formatPercent(null, "vi")).toBe("–");
    expect(formatPercent(null, "en")).toBe("–");
  });
});

describe("shares rounded as Excel's ROUND does", () => {
  it("rounds halves away from zero despite binary fractions", () => {
    expect(roundOneDecimal(6.25)).toBe(6.3);
    expect(roundOneDecimal(6.24)).toBe(6.2);
    expect(roundOneDecimal(66.666)).toBe(66.7);
    expect(roundOneDecimal(1.05)).toBe(1.1);
  });

  it("gives a share in percent only when there is a whole", () => {
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(1, 8)).toBe(12.5);
    expect(percentOf(0, 4)).toBe(0);
    expect(percentOf(3, 3)).toBe(100);
    expect(percentOf(0, 0)).toBeNull();
    // 23 / 80 × 100 is 28.749999999999996 in binary; Excel's ROUND still shows 28.8.
    expect(percentOf(23, 80)).toBe(28.8);
    expect(percentOf(41, 80)).toBe(51.3);
  });
});

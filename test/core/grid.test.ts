import { checkAllocation } from "../../src/core/allocation/check";
import { displayText, gridFromValues } from "../../src/core/grid";

describe("grid display text", () => {
  it("shows an invalid date as empty instead of throwing", () => {
    expect(displayText({ value: new Date(NaN) })).toBe("");
  });

  it("shows a valid date as its ISO day and a number plainly", () => {
    expect(displayText({ value: new Date(Date.UTC(2025, 4, 31)) })).toBe("2025-05-31");
    expect(displayText({ value: 9 })).toBe("9");
    expect(displayText({ value: 9, text: "09" })).toBe("09");
  });

  it("lets the allocation check read a sheet holding an invalid date", () => {
    const grid = gridFromValues("S", [["STT", "TCCSĐ", "CHỈ TIÊU"], ["01", "Đảng bộ xã Ka Đô", new Date(NaN)]]);
    const r = checkAllocation([grid], {});
    expect(r.findings.map((f) => f.code)).toContain("QUOTA_INVALID");
  });
});

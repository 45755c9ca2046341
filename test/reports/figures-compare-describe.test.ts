/** How two reports of the same month are compared, and how figures are quoted in messages. */
import { gridFromValues } from "../../src/core/grid";
import { consolidate } from "../../src/core/reports/consolidate";
import { describeFigures, FIGURE_KEYS, sameFigures, zeroFigures, type FigureKey } from "../../src/core/reports/figures";
import { seedAllocation } from "./helpers";

describe("describeFigures", () => {
  it("lists the admitted count always and every other part only when it is not zero", () => {
    expect(describeFigures({ ...zeroFigures(), admitted: 0 }, "vi")).toBe("kết nạp 0");
    expect(describeFigures({ ...zeroFigures(), admitted: 2, women: 1 }, "vi")).toBe("kết nạp 2, nữ 1");
    expect(describeFigures({ ...zeroFigures(), admitted: 2, women: 1, pendingApplications: 3 }, "en")).toBe("admitted 2, women 1, applications 3");
  });
});

describe("sameFigures", () => {
  it.each(FIGURE_KEYS.map((k) => [k] as [FigureKey]))("tells two reports apart when only %s differs", (key) => {
    const a = { ...zeroFigures(), admitted: 5 };
    expect(sameFigures(a, { ...a })).toBe(true);
    expect(sameFigures(a, { ...a, [key]: a[key] + 1 })).toBe(false);
  });

  it("makes a repeat that differs only in pending applications a conflict, not a duplicate", () => {
    const header = ["TCCSĐ", "Tháng", "Kết nạp", "Hồ sơ đang đề nghị kết nạp", "Quần chúng đã học lớp NTVĐ"];
    const log = (pending: number, awareness: number) => gridFromValues("Log", [header, ["Đảng bộ xã Tu Tra", "5/2025", 2, pending, awareness]]);
    const run = (a: readonly [number, number], b: readonly [number, number]) =>
      consolidate([{ file: "a.xlsx", grids: [log(...a)] }, { file: "b.xlsx", grids: [log(...b)] }], { allocation: seedAllocation(), year: 2025, month: 5 }).findings.map((f) => f.code);
    expect(run([1, 0], [1, 0])).toContain("SUBMISSION_DUPLICATE");
    expect(run([1, 0], [4, 0])).toContain("SUBMISSION_CONFLICT");
    expect(run([1, 0], [1, 6])).toContain("SUBMISSION_CONFLICT");
  });
});

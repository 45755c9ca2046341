/** Where a status or a remainder changes: the exact boundaries, each with its neighbour on the other side. */
import { gridFromValues, type CellValue } from "../../src/core/grid";
import { consolidate } from "../../src/core/reports/consolidate";
import type { ConsolidationResult } from "../../src/core/reports/result";
import { seedAllocation } from "./helpers";

function run(rows: ReadonlyArray<ReadonlyArray<CellValue>>, month: number, target: number | null = 88): ConsolidationResult {
  const grid = gridFromValues("Nhật ký báo cáo", [["TCCSĐ", "Tháng", "Kết nạp"], ...rows]);
  return consolidate([{ file: "log.xlsx", grids: [grid] }], { allocation: seedAllocation(target), year: 2025, month, target });
}
const statusOf = (r: ConsolidationResult, name: string) => r.organizations.find((o) => o.name === name)!.status;

describe("on-track means at least quota × M / 12", () => {
  // Ka Đô's quota is 9: through April the prorated quota is 9 × 4 / 12 = 3 exactly.
  it.each([
    [3, "on-track"],
    [2, "behind"],
    [8, "on-track"],
    [9, "done"],
  ])("through April, Ka Đô (quota 9) with %i admitted is %s", (admitted, status) => {
    expect(statusOf(run([["Đảng bộ xã Ka Đô", "4/2025", admitted]], 4), "Đảng bộ xã Ka Đô")).toBe(status);
  });

  it("through December the prorated quota is the whole quota: one short is behind", () => {
    const r = run([["Đảng bộ xã Ka Đô", "12/2025", 8]], 12);
    expect(statusOf(r, "Đảng bộ xã Ka Đô")).toBe("behind");
  });

  it("with nothing admitted and month 1, a quota of 3 is behind (3 × 1 / 12 > 0)", () => {
    expect(statusOf(run([["Đảng bộ Công an huyện", "1/2025", 0]], 1), "Đảng bộ Công an huyện")).toBe("behind");
  });
});

describe("what is left to do never goes below zero", () => {
  it("remainingToTarget is 0 when the target is exceeded, 0 when met exactly and 1 when one short", () => {
    expect(run([["Đảng bộ xã Ka Đô", "5/2025", 9], ["Đảng bộ xã Tu Tra", "5/2025", 9]], 5, 10).totals).toMatchObject({ admittedToDate: 18, remainingToTarget: 0, percentOfTarget: 180 });
    expect(run([["Đảng bộ xã Ka Đô", "5/2025", 10]], 5, 10).totals.remainingToTarget).toBe(0);
    expect(run([["Đảng bộ xã Ka Đô", "5/2025", 9]], 5, 10).totals.remainingToTarget).toBe(1);
  });

  it("remainingToTarget and percentOfTarget are null without a target", () => {
    expect(run([["Đảng bộ xã Ka Đô", "5/2025", 9]], 5, null).totals).toMatchObject({ remainingToTarget: null, percentOfTarget: null });
  });

  it("an organisation over its quota has 0 remaining, not a negative number", () => {
    const r = run([["Đảng bộ Công an huyện", "5/2025", 5]], 5);
    expect(r.organizations.find((o) => o.name === "Đảng bộ Công an huyện")).toMatchObject({ remaining: 0, status: "done", percent: 166.7 });
  });
});

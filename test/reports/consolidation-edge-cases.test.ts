/** Edges of consolidation that no ordinary report reaches: empty sources, a zero target, many near names. */
import { gridFromValues } from "../../src/core/grid";
import { consolidate, SUGGESTION_SEPARATOR } from "../../src/core/reports/consolidate";
import { seedAllocation } from "./helpers";

const log = (rows: ReadonlyArray<ReadonlyArray<string | number>>) => gridFromValues("Nhật ký báo cáo", [["TCCSĐ", "Tháng", "Kết nạp"], ...rows]);

describe("a source with nothing in it", () => {
  it("is unrecognised, not skipped as one of PTĐV's own workbooks", () => {
    const r = consolidate([{ file: "rong.xlsx", grids: [] }], { allocation: seedAllocation(), year: 2025, month: 5 });
    expect(r.findings.find((f) => f.code === "SUBMISSION_UNRECOGNISED")).toMatchObject({ severity: "error", file: "rong.xlsx", args: { what: "rong.xlsx" } });
  });
});

describe("a target of 0", () => {
  it("has no percentage (never Infinity or NaN) and nothing remaining", () => {
    const r = consolidate([{ file: "a.xlsx", grids: [log([["Đảng bộ xã Ka Đô", "5/2025", 2]])] }], { allocation: seedAllocation(0), year: 2025, month: 5, target: 0 });
    expect(r.totals).toMatchObject({ percentOfTarget: null, remainingToTarget: 0, admittedToDate: 2 });
  });
});

describe("suggestions for an unknown name", () => {
  const r = consolidate([{ file: "a.xlsx", grids: [log([["Chi bộ Trường THPT", "5/2025", 1]])] }], { allocation: seedAllocation(), year: 2025, month: 5 });
  const f = r.findings.find((x) => x.code === "SUBMISSION_UNKNOWN_ORGANIZATION")!;

  it("offers at most three names, best first, for people and for programs alike", () => {
    const people = String(f.args["suggestions"]).split("; ");
    const programs = String(f.args["suggestionList"]).split(SUGGESTION_SEPARATOR);
    expect(people).toHaveLength(3);
    expect(programs).toEqual(people);
  });

  it("separates the programs' list with a line break, which no cleaned name holds", () => {
    expect(SUGGESTION_SEPARATOR).toBe("\n");
    expect(String(f.args["suggestionList"])).not.toContain(";");
  });
});

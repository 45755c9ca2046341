/**
 * The two goals counted over reports built by hand, to pin what each kind of
 * chi bộ, each admission figure and each report counts for.
 */
import { computeBranches } from "../../src/core/branches/compute";
import { branchesJson } from "../../src/core/branches/json";
import { branchSummaryLines } from "../../src/core/branches/summary";
import { BRANCH_KINDS, DEFAULT_BRANCH_THRESHOLDS, GOAL_KINDS, isGoalKind, type BranchKind, type BranchReport, type BranchRow } from "../../src/core/branches/types";

const Y = 2025;

function row(branch: string, over: Partial<BranchRow> = {}): BranchRow {
  return {
    organization: "Đảng bộ xã A",
    branch,
    kind: "village",
    kindInferred: false,
    members: 12,
    admittedThisYear: null,
    lastAdmissionYear: Y,
    hasSources: null,
    note: "",
    admissionsReported: true,
    location: { sheet: "Chi bộ", cell: `B${branch.length}` },
    ...over,
  };
}

function report(organization: string, rows: BranchRow[], rowsRead = rows.length, file = `${organization}.xlsx`): BranchReport {
  return { organization, rows, rowsRead, location: { file, sheet: "Chi bộ" } };
}

describe("which chi bộ the members goal counts", () => {
  it("counts village, residential and school chi bộ and no other kind", () => {
    expect(GOAL_KINDS).toEqual(["village", "residential", "school"]);
    expect(BRANCH_KINDS.filter(isGoalKind)).toEqual(["village", "residential", "school"]);
    const kinds: BranchKind[] = ["village", "residential", "school", "agency", "enterprise", "armed", "other"];
    const r = computeBranches({ reports: [report("Đảng bộ xã A", kinds.map((kind) => row(`Chi bộ ${kind}`, { kind, members: 3 })))], year: Y });
    expect(r.goalKinds).toBe(3);
    expect(r.under.map((u) => u.kind)).toEqual(["village", "residential", "school"]);
    expect(r.reported).toBe(7);
  });

  it("uses 10 members and 3 years unless the plan overrides one of them", () => {
    expect(DEFAULT_BRANCH_THRESHOLDS).toEqual({ minMembers: 10, years: 3 });
    expect(computeBranches({ reports: [], year: Y }).thresholds).toEqual({ minMembers: 10, years: 3 });
    expect(computeBranches({ reports: [], year: Y, thresholds: { years: 5 } }).thresholds).toEqual({ minMembers: 10, years: 5 });
    expect(computeBranches({ reports: [], year: Y, thresholds: { minMembers: 7 } }).thresholds).toEqual({ minMembers: 7, years: 3 });
  });

  it("gives each TCCSĐ its counts and share, and the totals over all", () => {
    const r = computeBranches({
      reports: [
        report("Đảng bộ xã A", [row("Chi bộ thôn 1", { members: 10 }), row("Chi bộ thôn 2", { members: 9 }), row("Chi bộ thôn 3", { members: 30 })]),
        report("Đảng bộ xã B", [row("Chi bộ Cơ quan", { kind: "agency", members: 2 })]),
      ],
      year: Y,
    });
    expect(r.organizations).toEqual([
      { organization: "Đảng bộ xã A", reported: 3, goalKinds: 3, atLeastMin: 2, percent: 66.7, location: { file: "Đảng bộ xã A.xlsx", sheet: "Chi bộ" } },
      { organization: "Đảng bộ xã B", reported: 1, goalKinds: 0, atLeastMin: 0, percent: null, location: { file: "Đảng bộ xã B.xlsx", sheet: "Chi bộ" } },
    ]);
    expect([r.reported, r.goalKinds, r.atLeastMin, r.percent, r.year]).toEqual([4, 3, 2, 66.7, Y]);
    expect(r.findings.map((f) => [f.code, f.severity, f.args])).toEqual([
      ["BRANCH_UNDER_10", "info", { organization: "Đảng bộ xã A", branch: "Chi bộ thôn 2", members: 9, minMembers: 10 }],
    ]);
  });
});

describe("which chi bộ count as admitting no one for years", () => {
  const r = computeBranches({
    reports: [
      report("Đảng bộ xã A", [
        row("Chi bộ thôn 1", { lastAdmissionYear: Y - 3, admittedThisYear: 0, hasSources: false }),
        row("Chi bộ thôn 2", { lastAdmissionYear: Y - 2 }),
        row("Chi bộ thôn 3", { lastAdmissionYear: null, hasSources: null }),
        row("Chi bộ thôn 4", { lastAdmissionYear: 2000, admittedThisYear: 1, hasSources: true }),
        row("Chi bộ thôn 5", { lastAdmissionYear: 2001, hasSources: true, kind: "agency" }),
        row("Chi bộ thôn 6", { lastAdmissionYear: null, admissionsReported: false, hasSources: true }),
        row("Chi bộ thôn 7", { lastAdmissionYear: Y - 4, hasSources: false }),
      ]),
    ],
    year: Y,
  });

  it("lists a last admission at Y − 3 or earlier or none, of any kind, unless admitted this year or not reported, còn nguồn first then unknown then none", () => {
    expect(r.noAdmission.map((e) => [e.branch, e.kind, e.lastAdmissionYear, e.hasSources])).toEqual([
      ["Chi bộ thôn 5", "agency", 2001, true],
      ["Chi bộ thôn 3", "village", null, null],
      ["Chi bộ thôn 1", "village", 2022, false],
      ["Chi bộ thôn 7", "village", 2021, false],
    ]);
    expect(r.noAdmissionWithSources).toBe(1);
    expect(r.noAdmission[0]?.location).toEqual({ sheet: "Chi bộ", cell: "B13" });
  });

  it("gives each a finding with the year (0 when unknown), the threshold and whether candidates remain", () => {
    const f = r.findings.filter((x) => x.code === "BRANCH_NO_ADMISSION_3Y");
    expect(f.map((x) => [x.severity, x.args])).toEqual([
      ["warning", { organization: "Đảng bộ xã A", branch: "Chi bộ thôn 5", lastAdmissionYear: 2001, years: 3, hasSources: "yes" }],
      ["info", { organization: "Đảng bộ xã A", branch: "Chi bộ thôn 3", lastAdmissionYear: 0, years: 3, hasSources: "unknown" }],
      ["info", { organization: "Đảng bộ xã A", branch: "Chi bộ thôn 1", lastAdmissionYear: 2022, years: 3, hasSources: "no" }],
      ["info", { organization: "Đảng bộ xã A", branch: "Chi bộ thôn 7", lastAdmissionYear: 2021, years: 3, hasSources: "no" }],
    ]);
    expect(f[0]?.cell).toBe("B13");
  });
});

describe("reports of one TCCSĐ and TCCSĐ that sent nothing", () => {
  it("joins reports of one TCCSĐ written alike, keeping the first spelling, and counts a chi bộ sent twice once", () => {
    const first = row("Chi bộ thôn 1", { location: { sheet: "S1" } });
    const r = computeBranches({
      reports: [report("Đảng bộ xã A", [first], 1), report("ĐẢNG BỘ XÃ  A", [row("thôn 1", { location: { sheet: "S2", cell: "B9" } }), row("Chi bộ thôn 2")], 3)],
      year: Y,
      expected: [{ name: "đảng bộ xã a" }],
    });
    expect(r.organizations.map((o) => [o.organization, o.reported])).toEqual([["Đảng bộ xã A", 2]]);
    expect(r.findings.filter((f) => f.code === "BRANCH_DUPLICATE").map((f) => [f.sheet, f.cell, f.args])).toEqual([
      ["S2", "B9", { organization: "Đảng bộ xã A", branch: "thôn 1", firstCell: "" }],
    ]);
    expect(r.notReported).toEqual([]);
  });

  it("keeps a TCCSĐ whose rows were all refused, but not one whose sheet had nothing typed", () => {
    const r = computeBranches({
      reports: [report("Đảng bộ xã A", [], 2), report("Đảng bộ xã B", [], 0)],
      year: Y,
      expected: [{ name: "Đảng bộ xã A" }, { name: "Đảng bộ xã B", location: { file: "b.xlsx" } }, { name: "Đảng bộ xã C" }],
    });
    expect(r.organizations).toEqual([{ organization: "Đảng bộ xã A", reported: 0, goalKinds: 0, atLeastMin: 0, percent: null, location: { file: "Đảng bộ xã A.xlsx", sheet: "Chi bộ" } }]);
    expect(r.notReported).toEqual(["Đảng bộ xã B", "Đảng bộ xã C"]);
    expect(r.notReportedLocations).toEqual([{ file: "b.xlsx" }, {}]);
    expect(r.findings.map((f) => [f.code, f.severity, f.file ?? null, f.args])).toEqual([
      ["BRANCH_SHEET_MISSING", "info", "b.xlsx", { organization: "Đảng bộ xã B" }],
      ["BRANCH_SHEET_MISSING", "info", null, { organization: "Đảng bộ xã C" }],
    ]);
    expect(r.percent).toBeNull();
  });

  it("keeps the written name where the resolver knows none", () => {
    const r = computeBranches({ reports: [report("xã Lạc Lâm", [row("Chi bộ thôn 1")])], year: Y, resolveOrganization: () => null });
    expect(r.organizations.map((o) => o.organization)).toEqual(["xã Lạc Lâm"]);
  });
});

describe("the branches block of consolidate --json", () => {
  it("carries each list with exactly its documented fields", () => {
    const r = computeBranches({
      reports: [report("Đảng bộ xã A", [row("Chi bộ thôn 1", { members: 4, lastAdmissionYear: 2020, hasSources: true }), row("Chi bộ Cơ quan", { kind: "agency", members: 20 })])],
      year: Y,
      expected: [{ name: "Đảng bộ xã C", location: { file: "c.xlsx" } }],
    });
    expect(branchesJson(r)).toStrictEqual({
      reported: 2,
      goalKinds: 1,
      atLeastMin: 0,
      under: [{ organization: "Đảng bộ xã A", branch: "Chi bộ thôn 1", kind: "village", members: 4 }],
      noAdmission: [{ organization: "Đảng bộ xã A", branch: "Chi bộ thôn 1", kind: "village", lastAdmissionYear: 2020, hasSources: true }],
      notReported: ["Đảng bộ xã C"],
    });
  });
});

describe("summary lines over a large district", () => {
  it("writes the count of chi bộ with candidates in each language's digits", () => {
    const rows = Array.from({ length: 1000 }, (_, i) => row(`Chi bộ thôn ${i + 1}`, { members: 12, lastAdmissionYear: 2001, hasSources: true }));
    const r = computeBranches({ reports: [report("Đảng bộ huyện", rows)], year: Y });
    expect(branchSummaryLines(r, "vi")).toEqual([
      "Chi bộ thôn, tổ dân phố, trường học có từ 10 đảng viên trở lên: 1.000/1.000 (100,0%)",
      "Chi bộ 3 năm trở lên chưa kết nạp đảng viên, còn nguồn: 1.000",
    ]);
    expect(branchSummaryLines(r, "en")).toEqual([
      "Village, residential-group and school chi bộ with 10 members or more: 1,000/1,000 (100.0%)",
      "Chi bộ with no admission for 3 years or more, still with candidates: 1,000",
    ]);
  });
});

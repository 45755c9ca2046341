/**
 * The goal computation's invariants under random chi bộ lists; fast-check
 * prints the seed and path of any failure so it can be replayed.
 */
import fc from "fast-check";
import { BRANCH_KINDS, computeBranches, isGoalKind, type BranchReport, type BranchRow } from "../../src/core";

const Y = 2025;

const row = (organization: string): fc.Arbitrary<BranchRow> =>
  fc.record({
    organization: fc.constant(organization),
    branch: fc.constantFrom("Chi bộ thôn 1", "chi bo thon 1", "Thôn 2", "Chi bộ Trường TH A", "Chi bộ tổ dân phố 3", "Chi bộ Cơ quan", "CHI BỘ THÔN 2"),
    kind: fc.constantFrom(...BRANCH_KINDS),
    kindInferred: fc.boolean(),
    members: fc.nat({ max: 40 }),
    admittedThisYear: fc.option(fc.nat({ max: 5 }), { nil: null }),
    lastAdmissionYear: fc.option(fc.integer({ min: 1930, max: Y }), { nil: null }),
    hasSources: fc.option(fc.boolean(), { nil: null }),
    note: fc.constant(""),
    admissionsReported: fc.boolean(),
    location: fc.nat({ max: 200 }).map((r) => ({ sheet: "Chi bộ", cell: `B${r + 1}` })),
  });

const report = fc.constantFrom("Đảng bộ xã A", "ĐẢNG BỘ XÃ A", "Đảng bộ xã B").chain((org) =>
  fc.array(row(org), { maxLength: 12 }).map((rows): BranchReport => ({ organization: org, rows, rowsRead: rows.length, location: {} })),
);

const thresholds = fc.record({ minMembers: fc.integer({ min: 1, max: 30 }), years: fc.integer({ min: 1, max: 10 }) });

describe("chi bộ goals under random lists", () => {
  it("keeps every count consistent with the lists, whatever the thresholds", () => {
    fc.assert(
      fc.property(fc.array(report, { maxLength: 4 }), thresholds, (reports, t) => {
        const r = computeBranches({ reports, year: Y, thresholds: t });
        expect(r.atLeastMin).toBeLessThanOrEqual(r.goalKinds);
        expect(r.goalKinds).toBeLessThanOrEqual(r.reported);
        expect(r.under).toHaveLength(r.goalKinds - r.atLeastMin);
        expect(r.under.every((u) => u.members < t.minMembers && isGoalKind(u.kind))).toBe(true);
        expect(r.reported).toBe(r.organizations.reduce((s, o) => s + o.reported, 0));
        const duplicates = r.findings.filter((f) => f.code === "BRANCH_DUPLICATE").length;
        expect(r.reported + duplicates).toBe(reports.reduce((s, x) => s + x.rows.length, 0));
        // "còn nguồn" first, then unknown, then none.
        const ranks = r.noAdmission.map((e) => (e.hasSources === true ? 0 : e.hasSources === null ? 1 : 2));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        expect(r.noAdmission.every((e) => e.lastAdmissionYear === null || e.lastAdmissionYear <= Y - t.years)).toBe(true);
        expect(r.noAdmissionWithSources).toBe(r.findings.filter((f) => f.code === "BRANCH_NO_ADMISSION_3Y" && f.severity === "warning").length);
      }),
      { numRuns: 300 },
    );
  });
});

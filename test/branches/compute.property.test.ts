/**
 * The goal computation's invariants under random chi bộ lists; fast-check
 * prints the seed and path of any failure so it can be replayed.
 */
import fc from "fast-check";
import { BRANCH_KINDS, computeBranches, gridFromValues, isGoalKind, readBranchList, type BranchReport, type BranchRow, type CellValue } from "../../src/core";
import { assertProperty } from "../properties/seed";

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
    assertProperty(
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

const anyValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.constantFrom("Có", "không", "x", "2022", "1.250", "-", "#REF!", " 012 ", "=1+1"),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 3000 }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom({ error: "#VALUE!" }),
);

describe("chi bộ lists of random cells", () => {
  it("never throws, and every row it keeps has a whole number of members and a year from 1930 to Y", () => {
    assertProperty(
      fc.property(fc.array(fc.array(anyValue, { minLength: 7, maxLength: 7 }), { maxLength: 15 }), (cells) => {
        const grid = gridFromValues("DS", [["TCCSĐ", "Tên chi bộ", "Loại", "Số ĐV", "Kết nạp trong năm", "Năm KN gần nhất", "Nguồn"], ...cells]);
        const reading = readBranchList(grid, { year: Y });
        for (const rep of reading?.reports ?? []) {
          for (const row of rep.rows) {
            expect(Number.isInteger(row.members) && row.members >= 0).toBe(true);
            if (row.lastAdmissionYear !== null) expect(row.lastAdmissionYear >= 1930 && row.lastAdmissionYear <= Y).toBe(true);
            expect(BRANCH_KINDS).toContain(row.kind);
          }
        }
        computeBranches({ reports: reading?.reports ?? [], year: Y });
      }),
      { numRuns: 300 },
    );
  });
});

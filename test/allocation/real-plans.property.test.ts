import fc from "fast-check";
import { checkAllocation } from "../../src/core/allocation/check";
import { groupFindings } from "../../src/core/allocation/group-findings";
import { readPlanFacts } from "../../src/core/allocation/plan-target";
import { gridFromValues } from "../../src/core/grid";
import { classifyKind, ORG_KINDS } from "../../src/core/names/kind";
import { anyText, messyText } from "../properties/arbitraries";
import { assertProperty } from "../properties/seed";

/** Sheets of random text around a real header: a failure prints fast-check's seed to replay it. */
const sheet = fc.record({
  above: fc.array(fc.array(fc.oneof(messyText, anyText), { maxLength: 3 }), { maxLength: 6 }),
  rows: fc.array(fc.tuple(messyText, messyText, fc.oneof(messyText, fc.integer({ min: -5, max: 3000 }).map(String))), { maxLength: 8 }),
  below: fc.array(fc.array(messyText, { maxLength: 2 }), { maxLength: 4 }),
});

describe("real-plan reading under random input", () => {
  it("never throws; the target, when found, is a whole number read from a cell outside the table", () => {
    assertProperty(
      fc.property(sheet, (s) => {
        const grid = gridFromValues("P", [...s.above, ["STT", "Chi bộ", "Chỉ tiêu"], ...s.rows, [], [], ...s.below]);
        const facts = readPlanFacts(grid);
        if (facts.target !== null) {
          expect(Number.isInteger(facts.target.value)).toBe(true);
          expect(facts.target.cell).toMatch(/^[A-Z]+\d+$/);
        }
        const r = checkAllocation([grid]);
        for (const f of r.findings) expect(f.message.vi.length).toBeGreaterThan(0);
        const grouped = groupFindings(r.findings, "vi");
        expect(grouped.reduce((n, g) => n + g.findings.length, 0)).toBe(r.findings.length);
      }),
      { numRuns: 200 },
    );
  });

  it("classifies any name as one of the listed kinds", () => {
    assertProperty(
      fc.property(fc.oneof(messyText, anyText), (name) => {
        expect(ORG_KINDS).toContain(classifyKind(name));
      }),
      { numRuns: 300 },
    );
  });
});

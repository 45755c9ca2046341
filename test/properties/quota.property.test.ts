import fc from "fast-check";
import { assertProperty } from "./seed";
import { checkAllocation } from "../../src/core/allocation/check";
import { MAX_QUOTA, parseQuotaCell, parseQuotaText, type QuotaCellParse } from "../../src/core/allocation/quota";
import { gridFromValues } from "../../src/core/grid";
import { anyCell, anyText, messyText, RUNS } from "./arbitraries";

function expectSound(p: QuotaCellParse): void {
  expect(["blank", "ok", "invalid"]).toContain(p.status);
  if (p.status !== "ok") return;
  expect(Number.isInteger(p.quota)).toBe(true);
  expect(Number.isInteger(p.studentQuota)).toBe(true);
  expect(p.quota).toBeGreaterThanOrEqual(0);
  expect(p.studentQuota).toBeGreaterThanOrEqual(0);
  expect(p.quota).toBeLessThanOrEqual(MAX_QUOTA);
  expect(p.studentQuota).toBeLessThanOrEqual(MAX_QUOTA);
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** The spellings of `03 (01 HS)` that boards really type. */
const studentForm = fc
  .record({
    quota: fc.integer({ min: 0, max: 999 }),
    students: fc.integer({ min: 0, max: 999 }),
    padQuota: fc.boolean(),
    padStudents: fc.boolean(),
    space: fc.constantFrom("", " ", "  ", "\u00A0"),
    open: fc.constantFrom("(", "["),
    lead: fc.constantFrom("", "trong đó ", "trong đó có: ", "Trong đó "),
    word: fc.constantFrom("HS", "hs", "Hs", "học sinh", "hoc sinh", "H/S"),
    wordFirst: fc.boolean(),
    fullStop: fc.boolean(),
  })
  .map((r) => {
    const q = r.padQuota ? pad2(r.quota) : String(r.quota);
    const s = r.padStudents ? pad2(r.students) : String(r.students);
    const inner = r.wordFirst ? `${r.word}: ${s}` : `${s} ${r.word}`;
    const close = r.open === "(" ? ")" : "]";
    return { ...r, text: `${q}${r.space}${r.open}${r.lead}${inner}${close}${r.fullStop ? "." : ""}` };
  });

describe("quota cells under random input", () => {
  it("never throws on any text and an accepted quota is a whole number from 0 to the maximum", () => {
    assertProperty(
      fc.property(anyText, (t) => expectSound(parseQuotaText(t))),
      RUNS,
    );
  });

  it("never throws on any cell (numbers, NaN, dates, booleans, error values, odd formats) and stays sound", () => {
    assertProperty(
      fc.property(anyCell, (c) => expectSound(parseQuotaCell(c))),
      RUNS,
    );
  });

  it("reads back every common spelling of `NN (MM HS)` as NN and MM", () => {
    assertProperty(
      fc.property(studentForm, (f) => {
        const p = parseQuotaText(f.text);
        expect(p).toMatchObject({ status: "ok", quota: f.quota, studentQuota: f.students, isText: true, storedAsText: false });
      }),
      RUNS,
    );
  });

  it("reads a whole number typed as text, zero-padded or not, as that number stored as text", () => {
    assertProperty(
      fc.property(fc.integer({ min: 0, max: MAX_QUOTA }), fc.integer({ min: 0, max: 4 }), (n, zeros) => {
        const p = parseQuotaText(`${"0".repeat(zeros)}${n}`);
        expect(p).toMatchObject({ status: "ok", quota: n, studentQuota: 0, storedAsText: true });
      }),
      RUNS,
    );
  });

  it("rejects negative and fractional numbers in cells instead of rounding them", () => {
    assertProperty(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => x < 0 || !Number.isInteger(x)), (x) => {
        const p = parseQuotaCell({ value: x });
        expect(p.status).toBe("invalid");
      }),
      RUNS,
    );
  });

  it("rejects a decimal comma and reads a dot before three digits as a thousands group", () => {
    assertProperty(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 999 }), fc.constantFrom(".", ","), (a, b, sep) => {
        const p = parseQuotaText(`${a}${sep}${String(b).padStart(3, "0")}`);
        if (sep === "." && a > 0) expect(p).toMatchObject({ status: "ok", quota: a * 1000 + b, storedAsText: true });
        else expect(p.status).toBe("invalid");
      }),
      RUNS,
    );
  });

  it("has the check flag a student quota above the quota exactly when it is above", () => {
    assertProperty(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), (quota, students) => {
        const grid = gridFromValues("Phân bổ", [
          ["STT", "TCCSĐ", "CHỈ TIÊU"],
          [1, "Chi bộ Trường THPT Đơn Dương", `${pad2(quota)} (${pad2(students)} HS)`],
          [2, "Đảng bộ xã Ka Đô", 9],
        ]);
        const result = checkAllocation([grid], { target: null });
        const flagged = result.findings.some((f) => f.code === "STUDENT_QUOTA_EXCEEDS_TOTAL");
        expect(flagged).toBe(students > quota);
        expect(result.organizations[0]).toMatchObject({ quota, studentQuota: students });
      }),
      { numRuns: 100 },
    );
  });

  it("gives a Vietnamese and an English message for every finding of a table of random quota text", () => {
    assertProperty(
      fc.property(fc.array(messyText, { minLength: 1, maxLength: 6 }), (quotas) => {
        const grid = gridFromValues("Phân bổ", [["STT", "TCCSĐ", "CHỈ TIÊU"], ...quotas.map((q, i) => [i + 1, `Đảng bộ xã Số ${i + 1}`, q])]);
        const result = checkAllocation([grid], { target: 10 });
        for (const f of result.findings) {
          expect(f.message.vi.length).toBeGreaterThan(0);
          expect(f.message.en.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 100 },
    );
  });
});

/**
 * The engine's documented rule (src/core/reports/count.ts): a count is a whole
 * number ≥ 0; text with a separator (`1.234`, `1,5`) is invalid, never guessed,
 * because `.` groups thousands in Vietnamese and `,` marks decimals.
 */
import fc from "fast-check";
import { assertProperty } from "./seed";
import { MAX_COUNT, parseCount, type CountParse } from "../../src/core/reports/count";
import { anyCell, anyText, RUNS } from "./arbitraries";

function expectSound(p: CountParse): void {
  expect(["blank", "ok", "invalid"]).toContain(p.status);
  if (p.status !== "ok") return;
  expect(Number.isInteger(p.value)).toBe(true);
  expect(p.value).toBeGreaterThanOrEqual(0);
  expect(p.value).toBeLessThanOrEqual(MAX_COUNT);
}

describe("counts in Vietnamese number formats under random input", () => {
  it("never throws on any cell and an accepted count is a whole number from 0 to the maximum", () => {
    assertProperty(
      fc.property(anyCell, (c) => expectSound(parseCount(c))),
      RUNS,
    );
  });

  it("never throws on any text in a cell", () => {
    assertProperty(
      fc.property(anyText, (t) => expectSound(parseCount({ value: t }))),
      RUNS,
    );
  });

  it("reads monthly counts typed as text with leading zeros, spaces or non-breaking spaces", () => {
    assertProperty(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.constantFrom("", "0", "00"), fc.constantFrom("", " ", "\u00A0"), (n, zeros, space) => {
        expect(parseCount({ value: `${space}${zeros}${n}${space}` })).toEqual({ status: "ok", value: n });
      }),
      RUNS,
    );
  });

  it("reads any whole number up to the maximum typed as plain digits", () => {
    assertProperty(
      fc.property(fc.integer({ min: 0, max: MAX_COUNT }), (n) => {
        expect(parseCount({ value: String(n) })).toEqual({ status: "ok", value: n });
      }),
      RUNS,
    );
  });

  it("rejects thousands-grouped `1.234` and decimal `1,5` text instead of guessing either meaning", () => {
    assertProperty(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999 }), fc.constantFrom(".", ","), fc.boolean(), (a, b, sep, three) => {
        const text = `${a}${sep}${three ? String(b).padStart(3, "0") : String(b)}`;
        expect(parseCount({ value: text })).toEqual({ status: "invalid", displayed: text });
      }),
      RUNS,
    );
  });

  it("rejects negative and fractional numeric cells and numbers above the maximum", () => {
    assertProperty(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true }).filter((x) => x < 0 || !Number.isInteger(x)),
          fc.integer({ min: MAX_COUNT + 1, max: Number.MAX_SAFE_INTEGER }),
        ),
        (x) => {
          expect(parseCount({ value: x }).status).toBe("invalid");
        },
      ),
      RUNS,
    );
  });

  it("accepts every whole numeric cell from 0 to the maximum as itself", () => {
    assertProperty(
      fc.property(fc.integer({ min: 0, max: MAX_COUNT }), (n) => {
        expect(parseCount({ value: n })).toEqual({ status: "ok", value: n });
      }),
      RUNS,
    );
  });
});

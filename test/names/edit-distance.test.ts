import fc from "fast-check";
import { assertProperty } from "../properties/seed";
import { boundedEditDistance, editDistanceFrom, type EditWork } from "../../src/core/names/edit-distance";

/** The textbook quadratic table: the unbounded reference the fast versions must agree with. */
function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_v, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const curr = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      curr[j] = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = curr;
  }
  return prev[b.length]!;
}

/** A string of `length` letters from a fixed pseudo-random sequence: long names without fast-check's cost. */
function pseudoRandomName(length: number, seed: number): string {
  let x = seed;
  let out = "";
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out += String.fromCharCode(97 + (x % 26));
  }
  return out;
}

/** `name` with `edits` substitutions, deletions and insertions spread along it. */
function edited(name: string, edits: number): string {
  let out = name;
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(((e + 1) * out.length) / (edits + 1));
    const op = e % 3;
    if (op === 0) out = `${out.slice(0, at)}#${out.slice(at + 1)}`;
    else if (op === 1) out = out.slice(0, at) + out.slice(at + 1);
    else out = `${out.slice(0, at)}@${out.slice(at)}`;
  }
  return out;
}

describe("edit distance", () => {
  it.each([
    ["ka do", "ka don", 1],
    ["hung vuong", "hung vuong", 0],
    ["", "abc", 3],
    ["abc", "", 3],
    ["kitten", "sitting", 3],
    ["flaw", "lawn", 2],
    ["ab", "ba", 2],
  ])("%s → %s is %i", (a, b, d) => {
    expect(editDistanceFrom(a)(b)).toBe(d);
    expect(boundedEditDistance(a, b, 10)).toBe(d);
    expect(boundedEditDistance(b, a, 10)).toBe(d);
  });

  it("gives up past the bound, answering the bound plus one", () => {
    expect(boundedEditDistance("abcdef", "uvwxyz", 2)).toBe(3);
    expect(boundedEditDistance("abcdef", "abcxyz", 3)).toBe(3);
    expect(boundedEditDistance("abcdef", "abcxyz", 2)).toBe(3);
    expect(editDistanceFrom("abcdef")("uvwxyz", 2)).toBe(3);
    expect(editDistanceFrom("abcdef")("abcdxf", 1)).toBe(1);
    expect(editDistanceFrom("abcdef")("abcdxf", 0)).toBe(1);
  });

  it("answers at once when the lengths alone differ by more than the bound", () => {
    const work: EditWork = { steps: 0 };
    expect(boundedEditDistance("a".repeat(10), "a".repeat(100_000), 5, work)).toBe(6);
    expect(editDistanceFrom("ab", work)("b".repeat(100_000), 5)).toBe(6);
    expect(editDistanceFrom("x".repeat(40), work)("y".repeat(100_000), 5)).toBe(6);
    expect(work.steps).toBe(0);
  });

  it("reads a negative or NaN bound as zero", () => {
    expect(boundedEditDistance("ab", "ac", -3)).toBe(1);
    expect(boundedEditDistance("ab", "ab", Number.NaN)).toBe(0);
    expect(boundedEditDistance("ab", "ac", Number.NaN)).toBe(1);
    expect(editDistanceFrom("ab")("ac", -1)).toBe(1);
  });

  it("agrees with the quadratic table on random text, short and long, bounded or not", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "b", "c", "đ", "ơ", " ", "\u{1F600}"), maxLength: 45 });
    assertProperty(
      fc.property(text, text, fc.integer({ min: 0, max: 50 }), (a, b, max) => {
        const exact = levenshtein(a, b);
        expect(editDistanceFrom(a)(b)).toBe(exact);
        expect(boundedEditDistance(a, b, Math.max(a.length, b.length))).toBe(exact);
        expect(boundedEditDistance(a, b, max)).toBe(Math.min(exact, max + 1));
        expect(editDistanceFrom(a)(b, max)).toBe(Math.min(exact, max + 1));
      }),
      { numRuns: 1000 },
    );
  });

  it("agrees with the quadratic table on a long name and an edited copy of it", () => {
    assertProperty(
      fc.property(fc.integer({ min: 33, max: 120 }), fc.nat(), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 20 }), (length, seed, edits, max) => {
        const a = pseudoRandomName(length, seed);
        const b = edited(a, edits);
        const exact = levenshtein(a, b);
        expect(editDistanceFrom(a)(b)).toBe(exact);
        expect(editDistanceFrom(a)(b, max)).toBe(Math.min(exact, max + 1));
      }),
      { numRuns: 200 },
    );
  });

  it("does work in proportion to the name, not its square, for a 10,000-character name and a similar one", () => {
    const a = pseudoRandomName(10_000, 7);
    const b = edited(a, 5);
    const work: EditWork = { steps: 0 };
    const d = editDistanceFrom(a, work)(b);
    expect(d).toBeLessThanOrEqual(5);
    expect(d).toBeGreaterThan(0);
    // One pass along the name plus the few diagonals around it; the full table would be 100,000,000 cells.
    expect(work.steps).toBeLessThan(12 * 10_000);
  });

  it("ten 10,000-character names and ten edited copies stay within a few passes each (issue #17 item 7)", () => {
    const names = Array.from({ length: 10 }, (_v, i) => pseudoRandomName(10_000, i + 1));
    const work: EditWork = { steps: 0 };
    names.forEach((n, i) => {
      const unknown = edited(n, 1 + (i % 4));
      // The bound suggestions use: a name more than half different scores below the minimum.
      expect(editDistanceFrom(unknown, work)(n, 5_000)).toBeLessThanOrEqual(4);
    });
    // The full tables would be 10 × 100,000,000 cells.
    expect(work.steps).toBeLessThan(10 * 12 * 10_000);
  });

  it("stops far names at a fraction of the full table: diagonals first, then 32 columns at a time", () => {
    const a = pseudoRandomName(1_200, 1);
    const b = pseudoRandomName(1_200, 2);
    const work: EditWork = { steps: 0 };
    const d = boundedEditDistance(a, b, 600, work);
    expect(d).toBe(Math.min(levenshtein(a, b), 601));
    expect(work.steps).toBeLessThan((1_200 * 1_200) / 4);
  });

  it("never visits more than (d + 1)² diagonals plus one pass per diagonal", () => {
    assertProperty(
      fc.property(fc.string({ unit: fc.constantFrom("a", "b"), maxLength: 80 }), fc.string({ unit: fc.constantFrom("a", "b"), maxLength: 80 }), fc.integer({ min: 0, max: 60 }), (a, b, max) => {
        const work: EditWork = { steps: 0 };
        const d = boundedEditDistance(a, b, max, work);
        const rounds = Math.min(d, max + 1);
        const bitParallel = Math.ceil(b.length / 32) * a.length;
        expect(work.steps).toBeLessThanOrEqual((rounds + 1) ** 2 + (2 * rounds + 1) * (Math.min(a.length, b.length) + 1) + a.length + bitParallel);
      }),
      { numRuns: 500 },
    );
  });
});

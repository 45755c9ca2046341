import fc from "fast-check";
import { boundedEditDistance, editDistanceFrom } from "../../src/core/names/edit-distance";

describe("edit distance", () => {
  it.each([
    ["ka do", "ka don", 1],
    ["hung vuong", "hung vuong", 0],
    ["", "abc", 3],
    ["kitten", "sitting", 3],
  ])("%s → %s is %i", (a, b, d) => {
    expect(editDistanceFrom(a)(b)).toBe(d);
    expect(boundedEditDistance(a, b, 10)).toBe(d);
  });

  it("the bit-parallel and the table versions agree, short and long", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "b", "c", "đ", "ơ", " "), maxLength: 45 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(editDistanceFrom(a)(b)).toBe(boundedEditDistance(a, b, Math.max(a.length, b.length)));
      }),
      { numRuns: 1000 },
    );
  });

  it("gives up past the bound", () => {
    expect(boundedEditDistance("abcdef", "uvwxyz", 2)).toBe(3);
  });
});

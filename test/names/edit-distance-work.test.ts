/**
 * The work an edit distance reports (diagonals visited plus characters
 * compared) on names small enough to count by hand: the counter is how tests
 * bound the cost without timing it, so it must count exactly what was done.
 */
import { boundedEditDistance, editDistanceFrom, type EditWork } from "../../src/core/names/edit-distance";

function bounded(a: string, b: string, max: number): [number, number] {
  const work: EditWork = { steps: 0 };
  return [boundedEditDistance(a, b, max, work), work.steps];
}

function from(a: string, b: string, max?: number): [number, number] {
  const work: EditWork = { steps: 0 };
  return [editDistanceFrom(a, work)(b, max), work.steps];
}

describe("the work of a bounded edit distance", () => {
  it("costs nothing for two equal names", () => {
    expect(bounded("Ka Đô", "Ka Đô", 3)).toEqual([0, 0]);
  });

  it("counts the shared head and tail, then one visit per diagonal and one per character compared", () => {
    // Head "abc" and tail "ef" are 5 comparisons; d = 0 visits diagonal 0 (1), d = 1 visits −1 and 0 (2).
    expect(bounded("abcdef", "abcxef", 5)).toEqual([1, 8]);
    expect(bounded("abcdef", "abcxef", 1)).toEqual([1, 8]);
  });

  it("answers a name that only adds a tail from the skipped head alone", () => {
    expect(bounded("abc", "abcxyz", 5)).toEqual([3, 3]);
    expect(bounded("abcxyz", "abc", 5)).toEqual([3, 3]);
  });

  it("tries the diagonals up to √(m·n/32) first, then the bit-parallel table", () => {
    // kitten/sitting: diagonals d = 0…2 cost 13, the 32-bit table one pass over 6 characters.
    expect(bounded("kitten", "sitting", 10)).toEqual([3, 19]);
    // Within a bound of 2 only the diagonals run, and give up answering 3.
    expect(bounded("kitten", "sitting", 2)).toEqual([3, 13]);
  });
});

describe("the work of distances from one name to many", () => {
  it("is one step per character of the other name while the first fits in 32 bits", () => {
    expect(from("kitten", "sitting")).toEqual([3, 7]);
    expect(from("a".repeat(31) + "b", "a".repeat(32))).toEqual([1, 32]);
  });

  it("switches to the diagonals for a 33-character name", () => {
    // 32 equal head characters, then d = 0 and d = 1 over the last pair.
    expect(from("a".repeat(32) + "b", "a".repeat(33))).toEqual([1, 35]);
  });
});

describe("characters just outside ASCII", () => {
  it("compares U+0080 like any other character, on both sides of the ASCII table", () => {
    expect(editDistanceFrom("a\u0080")("a\u0080")).toBe(0);
    expect(editDistanceFrom("\u007F\u0080")("\u0080\u007F")).toBe(2);
    expect(editDistanceFrom("x\u0080y")("xy")).toBe(1);
    expect(editDistanceFrom("\u0080")("\u0080", 0)).toBe(0);
  });
});

describe("distances from a name longer than 32 characters, without a bound", () => {
  it("are exact against an empty or a much shorter name", () => {
    const long = "đảng bộ xã ka đô huyện đơn dương tỉnh lâm đồng";
    expect(long.length).toBeGreaterThan(32);
    expect(editDistanceFrom(long)("")).toBe(long.length);
    expect(editDistanceFrom(long)("ka đô")).toBe(long.length - 5);
  });
});

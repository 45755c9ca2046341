/**
 * Suggestions for a name the matcher leaves to the user: their exact scores,
 * order and number, and the kinds they may never cross; and the kindless match
 * where one side does not state its kind.
 */
import { createMatcher, type MatchResult } from "../../src/core/names/matcher";
import type { OrgKind } from "../../src/core/names/kind";
import { nameReadings, OrgIndex, type OrgRef } from "../../src/core/names/org-index";
import { identityKey } from "../../src/core/text/normalize";

const KA_DO: readonly OrgRef[] = [
  { name: "Đảng bộ xã Ka Đô" },
  { name: "Đảng bộ phường Ka Đô" },
  { name: "Chi bộ thôn Ka Đô" },
  { name: "Ka Đô", kind: "commune" },
  { name: "Chi bộ Trường THCS Ka Đô" },
];

const suggestions = (r: MatchResult): unknown => (r.status === "unmatched" ? r.suggestions : r);

describe("the score of a suggestion", () => {
  const index = new OrgIndex([{ name: "Đảng bộ xã Ka Đô" }, { name: "Chi bộ Trường THCS Ka Đô" }, { name: "Đảng bộ Công an huyện" }]);
  const score = (written: string, org: number): number | undefined => index.suggest(nameReadings(written)).find((s) => s.index === org)?.score;

  it("is 1 less 0.02 when only the accents differ, in the same unit", () => {
    expect(score("Đảng bộ xã Ka Do", 0)).toBe(0.98);
  });

  it("is lowered by a tenth when one side states no unit", () => {
    expect(score("Ka Đô", 0)).toBe(0.9);
    expect(score("Ka Do", 0)).toBe(0.882);
  });

  it("is lowered by a fifth for another unit of the same kind, by two fifths across kinds", () => {
    expect(score("Đảng bộ phường Ka Do", 0)).toBe(0.784);
    expect(score("Trường THPT Ka Đô", 1)).toBe(0.6);
  });

  it("compares whole names when a proper name is empty ('Công an' against 'Công an huyện')", () => {
    expect(score("Công an", 2)).toBe(0.595);
  });

  it("offers a suggestion scoring exactly the minimum, 0.5", () => {
    // No proper names: "school:thpt " against "school:thcs " is two edits in twelve, then two school levels (× 0.6).
    expect(suggestions(createMatcher([{ name: "Chi bộ Trường THCS" }]).match("Chi bộ Trường THPT"))).toEqual([{ index: 0, name: "Chi bộ Trường THCS", score: 0.5 }]);
  });

  it("falls with the edit distance over the longer proper name", () => {
    // "ka don" against "ka do": one edit in six characters, then accents and another unit of the same kind.
    const r = createMatcher([{ name: "Đảng bộ phường Ka Đơn" }]).match("Đảng bộ xã Ka Do");
    expect(suggestions(r)).toEqual([{ index: 0, name: "Đảng bộ phường Ka Đơn", score: 0.651 }]);
  });
});

describe("the list of suggestions", () => {
  it("keeps the three best, equal scores in table order", () => {
    // All five score 0.882; the table's first three are offered.
    expect(suggestions(createMatcher(KA_DO).match("Ka Do"))).toEqual([
      { index: 0, name: "Đảng bộ xã Ka Đô", score: 0.882 },
      { index: 1, name: "Đảng bộ phường Ka Đô", score: 0.882 },
      { index: 2, name: "Chi bộ thôn Ka Đô", score: 0.882 },
    ]);
  });

  it("orders equal scores by table order even when the later organisation was found first", () => {
    // "Ka Đa" shares the written name's first character pair, "Hà Đô" only later ones; both are one edit away.
    const m = createMatcher([{ name: "Đảng bộ xã Hà Đô" }, { name: "Đảng bộ xã Ka Đa" }]);
    expect(suggestions(m.match("Đảng bộ xã Ka Đô"))).toEqual([
      { index: 0, name: "Đảng bộ xã Hà Đô", score: 0.78 },
      { index: 1, name: "Đảng bộ xã Ka Đa", score: 0.78 },
    ]);
  });

  it("honours a smaller limit and a restriction to given organisations", () => {
    const index = new OrgIndex(KA_DO);
    expect(index.suggest(nameReadings("Ka Do"), 2).map((s) => s.index)).toEqual([0, 1]);
    expect(index.suggest(nameReadings("Ka Do"), 3, new Set([4, 0])).map((s) => s.index)).toEqual([0, 4]);
  });

  it("puts the closer name first whatever the table order", () => {
    const m = createMatcher([{ name: "Đảng bộ phường Ka Đơn" }, { name: "Ka Đa" }, { name: "Đảng bộ xã Ka Đô" }]);
    expect(suggestions(m.match("Đảng bộ xã Ka Do"))).toEqual([
      { index: 2, name: "Đảng bộ xã Ka Đô", score: 0.98 },
      { index: 1, name: "Ka Đa", score: 0.702 },
      { index: 0, name: "Đảng bộ phường Ka Đơn", score: 0.651 },
    ]);
  });

  it("offers a table whose only entry has no proper name when the written name has none either", () => {
    expect(suggestions(createMatcher([{ name: "Đảng bộ Công an huyện" }, { name: "Đảng bộ xã Ka Đô" }]).match("Công an"))).toEqual([
      { index: 0, name: "Đảng bộ Công an huyện", score: 0.595 },
    ]);
  });
});

describe("organisations whose proper name is empty", () => {
  it("are scored against a written name that has one, on whole names", () => {
    expect(suggestions(createMatcher([{ name: "Đảng bộ Công an" }, { name: "Đảng bộ xã Ka Đô" }]).match("Đảng bộ Công an huyện"))).toEqual([
      { index: 0, name: "Đảng bộ Công an", score: 0.595 },
    ]);
  });
});

describe("the kind an organisation is given with its name", () => {
  it("counts only where the name states none: a school named as one stays a school", () => {
    const m = createMatcher([{ name: "Chi bộ Trường THPT Pró", kind: "police" }]);
    expect(suggestions(m.match("Trường THCS Pró"))).toEqual([{ index: 0, name: "Chi bộ Trường THPT Pró", score: 0.6 }]);
  });
});

describe("suggestions never cross kinds that cannot be one organisation", () => {
  const m = createMatcher([{ name: "Chi bộ Trường THPT Pró" }, { name: "Đảng bộ Quân sự huyện" }]);

  it("offers a school of another level (a slip the user can confirm)", () => {
    expect(suggestions(m.match("Trường Tiểu học Pró"))).toEqual([{ index: 0, name: "Chi bộ Trường THPT Pró", score: 0.6 }]);
  });

  it("offers no school for police or the military of the same name, nor the military for the police", () => {
    expect(m.match("Công an Pró")).toEqual({ status: "unmatched", suggestions: [] });
    expect(m.match("Quân sự Pró")).toEqual({ status: "unmatched", suggestions: [] });
    expect(m.match("Đảng bộ Công an huyện")).toEqual({ status: "unmatched", suggestions: [] });
  });

  it("offers no police unit for a school of the same name", () => {
    const police = createMatcher([{ name: "Công an Pró" }]);
    expect(police.match("Chi bộ Trường THPT Pró")).toEqual({ status: "unmatched", suggestions: [] });
  });
});

describe("a kindless match against a table that lists a proper name with a kind", () => {
  /** [the table's kind for "Pró", what "THPT Pró", "Trường Phổ thông Pró" and "xã Pró" become]. */
  const TABLE: ReadonlyArray<readonly [OrgKind | undefined, readonly [boolean, boolean, boolean]]> = [
    [undefined, [true, true, true]],
    ["other", [true, true, true]],
    ["locality", [true, true, true]],
    ["commune", [false, true, true]],
    ["police", [false, true, false]],
    ["district", [false, true, false]],
  ];

  it.each(TABLE)("table kind %s", (kind, expected) => {
    const m = createMatcher([kind === undefined ? { name: "Pró" } : { name: "Pró", kind }]);
    const matched = ["Chi bộ Trường THPT Pró", "Trường Phổ thông Pró", "Đảng bộ xã Pró"].map((w) => {
      const r = m.match(w);
      return r.status === "matched" && r.via === "kindless" && r.index === 0;
    });
    expect(matched).toEqual(expected);
  });

  it("never takes a bare Party level for an organisation whose proper name is empty", () => {
    const m = createMatcher([{ name: "Đảng bộ Công an" }, { name: "Đảng bộ xã Lạc" }]);
    expect(m.match("Đảng bộ")).toEqual({ status: "unmatched", suggestions: [] });
    expect(m.match("Chi bộ")).toEqual({ status: "unmatched", suggestions: [] });
  });

  it("matches a town to a kindless commune of the same name, but never another unit to a stated one", () => {
    const m = createMatcher(KA_DO.slice(3, 4));
    expect(m.match("Đảng bộ thị trấn Ka Đô")).toEqual({ status: "matched", index: 0, via: "kindless" });
    expect(createMatcher(KA_DO.slice(0, 1)).match("Đảng bộ thị trấn Ka Đô").status).toBe("unmatched");
  });
});

describe("nameReadings", () => {
  it("adds the decoded reading of a legacy-encoded name after its raw one", () => {
    for (const legacy of ["§¶ng bé x· Ka §«", "Ñaûng boä xaõ Ka Ñoâ"]) {
      const readings = nameReadings(legacy);
      expect(readings).toHaveLength(2);
      expect(readings[1]).toEqual({ unit: "xã", kind: "commune", proper: identityKey("ka đô") });
    }
  });

  it("reads Unicode Vietnamese, ASCII and other scripts once, as written", () => {
    expect(nameReadings("Đảng bộ xã Ka Đô")).toEqual([{ unit: "xã", kind: "commune", proper: identityKey("ka đô") }]);
    expect(nameReadings("Dang bo xa Ka Do")).toEqual([{ unit: "xã", kind: "commune", proper: "ka do" }]);
    expect(nameReadings("東京")).toEqual([{ unit: null, kind: null, proper: "東京" }]);
    expect(nameReadings("Café Ka Đô")).toEqual([{ unit: null, kind: null, proper: identityKey("café ka đô") }]);
  });
});

describe("the character-pair filter before edit distances", () => {
  it("still scores a name sharing exactly 40 % of its character pairs", () => {
    // " hoa son " (8 pairs) and " ka don " (7) share 3: Dice 6 / 15 = 0.4.
    expect(suggestions(createMatcher([{ name: "Đảng bộ xã Ka Đơn" }]).match("Đảng bộ xã Hòa Sơn"))).toEqual([{ index: 0, name: "Đảng bộ xã Ka Đơn", score: 0.551 }]);
  });

  it("never offers a name sharing fewer pairs, though its edit distance alone would score above the minimum", () => {
    // " lien ha " and " dien ban " share 3 pairs (Dice 0.375); three edits in eight would score 0.605.
    expect(createMatcher([{ name: "Đảng bộ xã Điện Bàn" }]).match("Đảng bộ xã Liên Hà")).toEqual({ status: "unmatched", suggestions: [] });
  });
});

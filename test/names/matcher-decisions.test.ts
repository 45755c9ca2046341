/** The matcher's order of decisions where two rules could both answer. */
import { createMatcher, type MatchResult } from "../../src/core/names/matcher";

const ORGS = [{ name: "Đảng bộ xã Ka Đô" }, { name: "Đảng ủy xã Ka Đô" }, { name: "Đảng bộ xã Tu Tra" }, { name: "Đảng bộ xã Lạc Lâm" }];
const TU_TRA = 2;
const LAC_LAM = 3;

const matchedIndex = (r: MatchResult): number | null => (r.status === "matched" ? r.index : null);
const suggested = (r: MatchResult): string[] => (r.status === "unmatched" ? r.suggestions.map((s) => s.name) : []);

describe("two organisations of the same identity", () => {
  it("leave a name of that identity unmatched, suggesting exactly those two", () => {
    const r = createMatcher(ORGS).match("Đảng bộ xã Ka Đô");
    expect(r.status).toBe("unmatched");
    expect(suggested(r)).toEqual(["Đảng bộ xã Ka Đô", "Đảng ủy xã Ka Đô"]);
  });

  it("are not overridden by an alias of the same spelling: an ambiguous identity is never guessed", () => {
    const m = createMatcher(ORGS, [{ written: "ĐB xã Ka Đô", target: "Đảng bộ xã Tu Tra" }]);
    const r = m.match("ĐB xã Ka Đô");
    expect(matchedIndex(r)).toBeNull();
    expect(suggested(r)).toEqual(["Đảng bộ xã Ka Đô", "Đảng ủy xã Ka Đô"]);
  });

  it("do not disturb a name of another identity", () => {
    expect(createMatcher(ORGS).match("ĐB xã Tu Tra")).toMatchObject({ status: "matched", index: TU_TRA, via: "identity" });
  });
});

describe("two aliases for the same written name", () => {
  it("the first row wins, whatever spelling the later row uses", () => {
    const m = createMatcher(ORGS, [
      { written: "Xã Mới", target: "Đảng bộ xã Tu Tra" },
      { written: "XÃ  MỚI", target: "Đảng bộ xã Lạc Lâm" },
    ]);
    expect(m.match("Xã Mới")).toMatchObject({ status: "matched", index: TU_TRA, via: "alias" });
    expect(m.match("XÃ MỚI")).toMatchObject({ status: "matched", index: TU_TRA, via: "alias" });
  });

  it("in the other order the other organisation wins: it is order, not the target, that decides", () => {
    const m = createMatcher(ORGS, [
      { written: "XÃ  MỚI", target: "Đảng bộ xã Lạc Lâm" },
      { written: "Xã Mới", target: "Đảng bộ xã Tu Tra" },
    ]);
    expect(matchedIndex(m.match("Xã Mới"))).toBe(LAC_LAM);
  });
});

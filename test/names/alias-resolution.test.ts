/** Which organisation each alias row points at, and how the matcher applies the rows it can use. */
import { resolveAliases, resolveDirect } from "../../src/core/names/alias-resolve";
import { createMatcher } from "../../src/core/names/matcher";
import { nameReadings, OrgIndex } from "../../src/core/names/org-index";

const ORGS = [
  { name: "Đảng bộ xã Ka Đô" },
  { name: "Đảng bộ xã Tu Tra" },
  { name: "Đảng bộ xã Lạc Lâm" },
  { name: "Chi bộ Trường THPT Đơn Dương" },
  { name: "Chi bộ Trường THCS Đơn Dương" },
];
const index = new OrgIndex(ORGS);

describe("resolveDirect", () => {
  it("resolves by identity or by a single kindless fit, lists the candidates of an ambiguous name, else knows nothing", () => {
    expect(resolveDirect(index, nameReadings("xã Lạc Lâm"))).toEqual({ status: "resolved", index: 2 });
    expect(resolveDirect(index, nameReadings("Lạc Lâm"))).toEqual({ status: "resolved", index: 2 });
    expect(resolveDirect(index, nameReadings("Đơn Dương"))).toEqual({ status: "ambiguous", candidates: [3, 4] });
    expect(resolveDirect(index, nameReadings("Xã Không Có"))).toEqual({ status: "unknown" });
    expect(resolveDirect(index, [])).toEqual({ status: "unknown" });
  });

  it("lists both organisations that share one identity", () => {
    const twins = new OrgIndex([{ name: "Đảng bộ xã Tu Tra" }, { name: "Đảng bộ xã Ka Đô" }, { name: "Đảng ủy xã Ka Đô" }]);
    expect(resolveDirect(twins, nameReadings("Đảng bộ xã Ka Đô"))).toEqual({ status: "ambiguous", candidates: [1, 2] });
    expect(resolveDirect(twins, nameReadings("Tu Tra"))).toEqual({ status: "resolved", index: 0 });
  });
});

describe("resolveAliases", () => {
  it("follows a target written like an alias to the first row of that spelling", () => {
    const rows = [
      { written: "Xã Mới", target: "Ka Đô" },
      { written: "XÃ MỚI", target: "Tu Tra" },
      { written: "Xã Mới Nhất", target: "xã mới" },
    ];
    expect(resolveAliases(index, rows)).toEqual([
      { status: "resolved", index: 0 },
      { status: "resolved", index: 1 },
      { status: "resolved", index: 0 },
    ]);
  });

  it("reports a row pointing at itself as circular, an unknown target as unknown, and passes an ambiguity on along a chain", () => {
    const rows = [
      { written: "A", target: "A" },
      { written: "B", target: "Nowhere" },
      { written: "C", target: "Đơn Dương" },
      { written: "D", target: "C" },
      { written: "E", target: "Đảng bộ xã Tu Tra" },
      { written: "F", target: "B" },
    ];
    expect(resolveAliases(index, rows)).toEqual([
      { status: "circular" },
      { status: "unknown" },
      { status: "ambiguous", candidates: [3, 4] },
      { status: "ambiguous", candidates: [3, 4] },
      { status: "resolved", index: 1 },
      { status: "unknown" },
    ]);
  });

  it("follows a chain of three to its end", () => {
    const rows = [
      { written: "LL1", target: "LL2" },
      { written: "LL2", target: "LL3" },
      { written: "LL3", target: "Lạc Lâm" },
    ];
    expect(resolveAliases(index, rows)).toEqual([
      { status: "resolved", index: 2 },
      { status: "resolved", index: 2 },
      { status: "resolved", index: 2 },
    ]);
  });
});

describe("aliases in the matcher", () => {
  it("a row whose target is unknown does not block a later row of the same written name", () => {
    const m = createMatcher(ORGS, [
      { written: "Xã Mới", target: "Không có" },
      { written: "Xã Mới", target: "Đảng bộ xã Lạc Lâm" },
    ]);
    expect(m.match("Xã Mới")).toEqual({ status: "matched", index: 2, via: "alias" });
  });

  it("a row whose target is ambiguous does not block a later row either", () => {
    const m = createMatcher(ORGS, [
      { written: "Xã Mới", target: "Đơn Dương" },
      { written: "xã mới", target: "Tu Tra" },
    ]);
    expect(m.match("Xã Mới")).toEqual({ status: "matched", index: 1, via: "alias" });
  });

  it("answers the same name the same way twice", () => {
    const m = createMatcher(ORGS, [{ written: "Xã Mới", target: "Tu Tra" }]);
    const first = m.match("Xã Mới");
    expect(m.match("Xã Mới")).toBe(first);
    expect(first).toEqual({ status: "matched", index: 1, via: "alias" });
  });

  it("accepts a row that confirms an organisation's own name", () => {
    const m = createMatcher(ORGS, [{ written: "Ka Đô", target: "Đảng bộ xã Ka Đô" }]);
    expect(m.match("Ka Đô")).toEqual({ status: "matched", index: 0, via: "alias" });
  });

  it("matches the identity of a later organisation by its index", () => {
    const m = createMatcher(ORGS);
    expect(m.match("Chi bộ Trường THCS Đơn Dương")).toEqual({ status: "matched", index: 4, via: "identity" });
    expect(m.match("Tu Tra")).toEqual({ status: "matched", index: 1, via: "kindless" });
  });
});

/** What findings' messages make of their arguments: counts written as each language writes numbers (issue #11: "1.950" / "1,950"), long texts cut (issue #17). */
import { ALLOCATION_MESSAGES } from "../../src/core/allocation/messages";
import { BRANCH_MESSAGES } from "../../src/core/branches/messages";
import { A1_NAMES } from "../../src/core/cell-naming";
import { LONG_MESSAGE, makeFinding, MAX_QUOTED_TEXT } from "../../src/core/findings";

const ROW = { name: "Đảng bộ xã Ka Đô", row: 8, cell: "C8" };

describe("counts in allocation and chi bộ messages", () => {
  it("group thousands in a student quota larger than its total", () => {
    const a = { ...ROW, quota: 1200, studentQuota: 1500 };
    expect(ALLOCATION_MESSAGES.STUDENT_QUOTA_EXCEEDS_TOTAL.vi(a, A1_NAMES)).toContain("chỉ tiêu học sinh (1.500) lớn hơn tổng chỉ tiêu (1.200)");
    expect(ALLOCATION_MESSAGES.STUDENT_QUOTA_EXCEEDS_TOTAL.en(a, A1_NAMES)).toContain("the student quota (1,500) exceeds the total quota (1,200)");
  });

  it("group thousands in a student quota given to a kind that takes none", () => {
    const a = { ...ROW, quota: 2000, studentQuota: 1500, kind: "commune" as const };
    expect(ALLOCATION_MESSAGES.HS_QUOTA_NOT_ALLOWED.vi(a, A1_NAMES)).toContain("được giao chỉ tiêu 1.500 học sinh");
    expect(ALLOCATION_MESSAGES.HS_QUOTA_NOT_ALLOWED.en(a, A1_NAMES)).toContain("a student quota of 1,500 (cell C8)");
  });

  it("group thousands in a chi bộ's members and the goal", () => {
    const a = { organization: "Đảng bộ xã Ka Đô", branch: "Chi bộ thôn 1", members: 1500, minMembers: 2000 };
    expect(BRANCH_MESSAGES.BRANCH_UNDER_10.vi(a, A1_NAMES)).toBe("Chi bộ thôn 1 (Đảng bộ xã Ka Đô) có 1.500 đảng viên, chưa đạt mục tiêu từ 2.000 đảng viên trở lên.");
    expect(BRANCH_MESSAGES.BRANCH_UNDER_10.en(a, A1_NAMES)).toBe("Chi bộ thôn 1 (Đảng bộ xã Ka Đô) has 1,500 members, below the goal of 2,000 or more.");
  });
});

describe("texts quoted in messages", () => {
  const catalogue = { X: { severity: "error" as const, vi: (a: { readonly name: string }) => `Tên "${a.name}" sai.`, en: (a: { readonly name: string }) => `Name "${a.name}" is wrong.` } };

  it("are cut at MAX_QUOTED_TEXT characters with an ellipsis in a message that would exceed LONG_MESSAGE, while the finding's args keep the whole text", () => {
    const name = `Chi bộ ${"ệ".repeat(40_000)}`;
    const f = makeFinding<"X", { X: { readonly name: string } }, "X">(catalogue, "X", {}, { name });
    expect(f.message.vi).toBe(`Tên "${name.slice(0, MAX_QUOTED_TEXT)}…" sai.`);
    expect(f.message.en.length).toBe(`Name "" is wrong.`.length + MAX_QUOTED_TEXT + 1);
    expect(f.args["name"]).toBe(name);
  });

  it("never split a character outside the Basic Multilingual Plane", () => {
    const name = `${"a".repeat(MAX_QUOTED_TEXT - 1)}😀${"b".repeat(LONG_MESSAGE)}`;
    const f = makeFinding<"X", { X: { readonly name: string } }, "X">(catalogue, "X", {}, { name });
    expect(f.message.en).toBe(`Name "${"a".repeat(MAX_QUOTED_TEXT - 1)}…" is wrong.`);
  });

  it("are left whole in a message within LONG_MESSAGE, and up to MAX_QUOTED_TEXT in a longer one", () => {
    const make = (name: string): string => makeFinding<"X", { X: { readonly name: string } }, "X">(catalogue, "X", {}, { name }).message.vi;
    // The longer language decides: its message must stay within LONG_MESSAGE.
    const fits = "x".repeat(LONG_MESSAGE - `Name "" is wrong.`.length);
    expect(make(fits)).toBe(`Tên "${fits}" sai.`);
    expect(make(`${fits}y`)).toBe(`Tên "${"x".repeat(MAX_QUOTED_TEXT)}…" sai.`);
    const limit = "z".repeat(MAX_QUOTED_TEXT);
    const twice = makeFinding<"Y", { Y: { readonly a: string; readonly b: string } }, "Y">(
      { Y: { severity: "error", vi: (a) => `${a.a}${a.b}`, en: (a) => `${a.a}${a.b}` } },
      "Y",
      {},
      { a: limit, b: "w".repeat(LONG_MESSAGE) },
    );
    expect(twice.message.vi).toBe(`${limit}${"w".repeat(MAX_QUOTED_TEXT)}…`);
  });
});

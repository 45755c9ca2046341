/**
 * Quota cells at the edges of the grammar and of the cell model: thousands
 * groups, decimal parts, signs, brackets left open, what a number's display
 * says, and the limit of a real quota.
 */
import { MAX_QUOTA, parseQuotaCell, parseQuotaText } from "../../src/core/allocation/quota";
import { canonicalGroup, parseQuotaGrammar } from "../../src/core/allocation/quota-grammar";

describe("the grammar's edges", () => {
  it.each<[string, number, number, string, Record<string, number>]>([
    ["100.000", 100000, 100000, "plain", {}],
    ["9,00", 9, 9, "plain", {}],
    ["3.", 3, 3, "plain", {}],
    ["3,", 3, 3, "plain", {}],
    ["+6", 6, 6, "plain", {}],
    [">6", 6, 6, "floor", {}],
    ["tối thiểu 6", 6, 6, "floor", {}],
    ["ít nhất 06", 6, 6, "floor", {}],
    ["6 trở lên", 6, 6, "floor", {}],
    ["01-01", 1, 1, "plain", {}],
    ["08 (03 SV và 01 HS)", 8, 8, "plain", { SV: 3, HS: 1 }],
    ["08 (03 SV + 01 h/s)", 8, 8, "plain", { SV: 3, HS: 1 }],
  ])("%p → %p to %p, %s, %p", (text, quota, quotaMax, form, groups) => {
    const r = parseQuotaGrammar(text);
    expect(r).toMatchObject({ ok: true, quota, quotaMax, form });
    expect(r.ok && Object.fromEntries(r.groups.map((g) => [g.group, g.count]))).toEqual(groups);
  });

  it.each([
    ["1234.567", "fraction"],
    ["3/1", "notANumber"],
    ["1.250-300", "rangeReversed"],
    ["khoảng 3", "notANumber"],
    ["-", "notANumber"],
    ["-2,5", "negative"],
    ["01-2,5", "fraction"],
    ["01--2", "notANumber"],
    ["01-", "notANumber"],
    ["03 (", "notANumber"],
    ["03 (HS: 2,5)", "fraction"],
    ["03 (01 hs/)", "notANumber"],
    ["03 (01 HS) x", "notANumber"],
  ])("%p is no quota: %s", (text, reason) => {
    expect(parseQuotaGrammar(text)).toEqual({ ok: false, reason });
  });

  it("names a group whatever the spacing around its words", () => {
    expect(canonicalGroup(" dân  quân ")).toBe("DQTV");
    expect(canonicalGroup("Học\nsinh")).toBe("HS");
  });
});

describe("the largest quota", () => {
  it("is MAX_QUOTA itself, as a number or as text; one more, or a group that large, is too large", () => {
    expect(parseQuotaCell({ value: MAX_QUOTA })).toMatchObject({ status: "ok", quota: MAX_QUOTA });
    expect(parseQuotaText("100.000")).toMatchObject({ status: "ok", quota: 100000 });
    expect(parseQuotaCell({ value: MAX_QUOTA + 1 })).toEqual({ status: "invalid", reason: "tooLarge", displayed: "100001" });
    expect(parseQuotaText("100.001")).toEqual({ status: "invalid", reason: "tooLarge", displayed: "100.001" });
    expect(parseQuotaText("03 (200.000 HS)")).toEqual({ status: "invalid", reason: "tooLarge", displayed: "03 (200.000 HS)" });
  });
});

describe("what a number that is no quota is quoted as", () => {
  it.each([
    [{ value: 2.5, text: "2,5" }, "fraction", "2,5"],
    [{ value: 2.5, text: "2.5" }, "fraction", "2.5"],
    [{ value: 2.5, numFmt: "00", text: "03" }, "fraction", "2.5"],
    [{ value: -3, text: "-3" }, "negative", "-3"],
    [{ value: -3, text: "(3)" }, "negative", "-3"],
    [{ value: 2.5, text: "" }, "fraction", "2.5"],
  ])("%p: %s, quoted %p", (cell, reason, displayed) => {
    expect(parseQuotaCell(cell)).toEqual({ status: "invalid", reason, displayed });
  });
});

describe("text cells", () => {
  it("quote the text trimmed, whether or not the host knows what Excel shows", () => {
    expect(parseQuotaText("  03 ")).toMatchObject({ status: "ok", quota: 3, displayed: "03" });
    expect(parseQuotaCell({ value: " 03 " })).toMatchObject({ status: "ok", quota: 3, displayed: "03" });
    expect(parseQuotaCell({ value: 3, text: " 3 " })).toMatchObject({ status: "ok", quota: 3, displayed: "3" });
  });

  it("quote what Excel shows when the host knows it, and the text when it shows nothing", () => {
    expect(parseQuotaCell({ value: "03", text: "###" })).toMatchObject({ status: "ok", quota: 3, displayed: "###" });
    expect(parseQuotaCell({ value: "03", text: "" })).toMatchObject({ status: "ok", quota: 3, displayed: "03" });
    expect(parseQuotaCell({ value: ";", text: "###" })).toEqual({ status: "blank", displayed: ";" });
  });

  it("punctuation alone is a blank cell, not an invalid quota", () => {
    expect(parseQuotaText(" . ")).toEqual({ status: "blank", displayed: "." });
    expect(parseQuotaCell({ value: ";" })).toEqual({ status: "blank", displayed: ";" });
    expect(parseQuotaText("-")).toEqual({ status: "invalid", reason: "notANumber", displayed: "-" });
  });

  it("share one frozen reading per text: no reader can change what the next row gets", () => {
    const first = parseQuotaCell({ value: "03 (01 HS, 01 GV)" });
    expect(first).toBe(parseQuotaText("03 (01 HS, 01 GV)"));
    expect(Object.isFrozen(first)).toBe(true);
    expect(first.status === "ok" && Object.isFrozen(first.subQuotas) && Object.isFrozen(first.unknownGroups)).toBe(true);
  });
});

import { parseQuotaCell, parseQuotaText } from "../../src/core/allocation/quota";

describe("parseQuotaText reads quotas as staff type them", () => {
  it.each([
    ["03", 3],
    ["3", 3],
    [" 10 ", 10],
    ["0", 0],
    ["3.0", 3],
  ])("plain numeric text %p is quota %p and flagged as stored as text", (text, quota) => {
    expect(parseQuotaText(text)).toMatchObject({ status: "ok", quota, studentQuota: 0, isText: true, storedAsText: true });
  });

  it.each([
    ["03 (01 HS)", 3, 1],
    ["3(1 HS)", 3, 1],
    ["03 (01 hs)", 3, 1],
    ["3 (trong đó 1 HS)", 3, 1],
    ["03 (01 học sinh)", 3, 1],
    ["03 (01 hoc sinh)", 3, 1],
    ["05 (trong đó có: 02 HS)", 5, 2],
    ["03 (HS: 01)", 3, 1],
    ["03 (01HS).", 3, 1],
  ])("student form %p is quota %p with %p students", (text, quota, studentQuota) => {
    expect(parseQuotaText(text)).toMatchObject({ status: "ok", quota, studentQuota, isText: true, storedAsText: false });
  });

  it.each([
    ["ba", "notANumber"],
    ["-2", "negative"],
    ["2,5", "fraction"],
    ["2.5", "fraction"],
    ["3 HS", "notANumber"],
    ["=SUM(C1:C3)", "notANumber"],
    ["99999999", "tooLarge"],
  ])("rejects %p as %p", (text, reason) => {
    expect(parseQuotaText(text)).toMatchObject({ status: "invalid", reason });
  });

  it("treats whitespace-only text as blank", () => {
    expect(parseQuotaText("   ").status).toBe("blank");
  });
});

describe("parseQuotaCell", () => {
  it("keeps the displayed text of a number formatted 00 and does not call it text", () => {
    expect(parseQuotaCell({ value: 9, numFmt: "00", text: "09" })).toEqual({
      status: "ok",
      quota: 9,
      quotaMax: 9,
      form: "plain",
      studentQuota: 0,
      subQuotas: {},
      unknownGroups: [],
      displayed: "09",
      isText: false,
      storedAsText: false,
    });
  });

  it.each([
    [{ value: -1 }, "negative"],
    [{ value: 2.5 }, "fraction"],
    [{ value: true }, "notANumber"],
    [{ value: new Date(2025, 0, 3) }, "notANumber"],
    [{ value: { error: "#REF!" } }, "errorValue"],
    [{ value: Number.NaN }, "notANumber"],
  ])("rejects cell %p as %p", (cell, reason) => {
    expect(parseQuotaCell(cell)).toMatchObject({ status: "invalid", reason });
  });

  it("reports an empty cell as blank", () => {
    expect(parseQuotaCell({ value: null }).status).toBe("blank");
  });
});

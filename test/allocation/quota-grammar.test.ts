import fc from "fast-check";
import { parseQuotaCell, parseQuotaText } from "../../src/core/allocation/quota";
import { canonicalGroup } from "../../src/core/allocation/quota-grammar";
import { assertProperty } from "../properties/seed";

describe("quota cells in every shape real plans use (issue #11 table)", () => {
  it.each([
    ["09", 9, 9, {}],
    ["9", 9, 9, {}],
    ["1.250", 1250, 1250, {}],
    ["1 250", 1250, 1250, {}],
    ["12.345.678".slice(0, 6), 12345, 12345, {}],
    ["từ 06", 6, 6, {}],
    ["ít nhất 6", 6, 6, {}],
    ["6 trở lên", 6, 6, {}],
    ["≥ 6", 6, 6, {}],
    [">=6", 6, 6, {}],
    ["01-02", 1, 2, {}],
    ["1 - 2", 1, 2, {}],
    ["1–2", 1, 2, {}],
    ["từ 1 - 2", 1, 2, {}],
    ["từ 01 đến 02", 1, 2, {}],
    ["03 (01 HS)", 3, 3, { HS: 1 }],
    ["03 (trong đó 01 HS)", 3, 3, { HS: 1 }],
    ["03 (01 học sinh)", 3, 3, { HS: 1 }],
    ["08 (03 SV)", 8, 8, { SV: 3 }],
    ["08 (03 sinh viên)", 8, 8, { SV: 3 }],
    ["08 (01 DQTV, 01 DBĐV)", 8, 8, { DQTV: 1, DBĐV: 1 }],
    ["06 (trong đó 01 DBĐV)", 6, 6, { DBĐV: 1 }],
    ["10 (01 DQTV)", 10, 10, { DQTV: 1 }],
    ["05 (01 dân quân tự vệ; 01 dự bị động viên)", 5, 5, { DQTV: 1, DBĐV: 1 }],
    ["07 (02 QNXN, 01 DNNN)", 7, 7, { QNXN: 2, DNNN: 1 }],
    ["04 (01 quân nhân xuất ngũ)", 4, 4, { QNXN: 1 }],
    ["08 (01 dbdv)", 8, 8, { DBĐV: 1 }],
    ["từ 02 - 03 (01 HS)", 2, 3, { HS: 1 }],
    ["03 (HS: 01)", 3, 3, { HS: 1 }],
  ] as const)("%p → quota %p, quotaMax %p, groups %p", (text, quota, quotaMax, subQuotas) => {
    expect(parseQuotaText(text)).toMatchObject({ status: "ok", quota, quotaMax, subQuotas, isText: true });
  });

  it("reads the number 9 formatted 00 as 9 and not as text", () => {
    expect(parseQuotaCell({ value: 9, numFmt: "00", text: "09" })).toMatchObject({ status: "ok", quota: 9, quotaMax: 9, subQuotas: {}, isText: false });
  });

  it.each([
    ["2.5", "fraction"],
    ["1,5", "fraction"],
    ["1,250", "fraction"],
    ["ba", "notANumber"],
    ["mười", "notANumber"],
    ["-3", "negative"],
    ["−3", "negative"],
    ["05-03", "rangeReversed"],
    ["từ 1 - 2 trở lên", "notANumber"],
    ["03 (01)", "notANumber"],
    ["03 (01 HS", "notANumber"],
    ["03 HS", "notANumber"],
    ["1.25", "fraction"],
    ["0.250", "fraction"],
  ])("%p is QUOTA_INVALID (%s)", (text, reason) => {
    expect(parseQuotaText(text)).toMatchObject({ status: "invalid", reason });
  });

  it("calls only plain numbers typed as text 'stored as text', not floors, ranges or groups", () => {
    expect(parseQuotaText("1.250")).toMatchObject({ storedAsText: true, form: "plain" });
    expect(parseQuotaText("từ 06")).toMatchObject({ storedAsText: false, form: "floor" });
    expect(parseQuotaText("01-02")).toMatchObject({ storedAsText: false, form: "range" });
    expect(parseQuotaText("01-01")).toMatchObject({ storedAsText: true, form: "plain", quotaMax: 1 });
    expect(parseQuotaText("08 (03 SV)")).toMatchObject({ storedAsText: false, form: "plain" });
  });

  it("keeps an unknown group as written, counts the quota and says it is unknown", () => {
    expect(parseQuotaText("03 (01 GV)")).toMatchObject({ status: "ok", quota: 3, subQuotas: { GV: 1 }, unknownGroups: ["GV"], studentQuota: 0 });
  });

  it("knows every group by its label and its spelled-out form, diacritics or not", () => {
    for (const [label, group] of [
      ["HS", "HS"],
      ["hoc sinh", "HS"],
      ["Sinh Viên", "SV"],
      ["DQTV", "DQTV"],
      ["dân quân tự vệ", "DQTV"],
      ["DBĐV", "DBĐV"],
      ["DBDV", "DBĐV"],
      ["du bi dong vien", "DBĐV"],
      ["QNXN", "QNXN"],
      ["DNNN", "DNNN"],
      ["doanh nghiệp ngoài khu vực nhà nước", "DNNN"],
    ]) {
      expect(canonicalGroup(label as string)).toBe(group);
    }
    expect(canonicalGroup("GV")).toBeNull();
  });

  it("runs in linear time on a long hostile cell", () => {
    const text = `${"1 - ".repeat(20000)}(${"01 HS, ".repeat(20000)}`;
    expect(parseQuotaText(text).status).toBe("invalid");
  });
});

/** Generated cells in the grammar, and the values they were generated from. */
const GROUPS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["HS", ["HS", "hs", "học sinh", "hoc sinh"]],
  ["SV", ["SV", "sinh viên"]],
  ["DQTV", ["DQTV", "dân quân tự vệ"]],
  ["DBĐV", ["DBĐV", "DBDV", "dự bị động viên"]],
  ["QNXN", ["QNXN", "quân nhân xuất ngũ"]],
  ["DNNN", ["DNNN"]],
];

const pad = (n: number, padded: boolean): string => (padded ? String(n).padStart(2, "0") : String(n));
const thousands = (n: number, sep: string): string => (n < 1000 ? String(n) : `${Math.floor(n / 1000)}${sep}${String(n % 1000).padStart(3, "0")}`);

const cellArb = fc
  .record({
    low: fc.integer({ min: 0, max: 99000 }),
    span: fc.integer({ min: 0, max: 50 }),
    form: fc.constantFrom("plain", "floor-tu", "floor-it-nhat", "floor-tro-len", "floor-ge", "range-dash", "range-den", "range-tu-dash"),
    dash: fc.constantFrom("-", " - ", "–", " – "),
    padded: fc.boolean(),
    sep: fc.constantFrom(".", " "),
    groups: fc.uniqueArray(fc.integer({ min: 0, max: GROUPS.length - 1 }), { maxLength: 3 }),
    spelling: fc.nat(),
    counts: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 3, maxLength: 3 }),
    lead: fc.constantFrom("", "trong đó ", "trong đó có: "),
    joiner: fc.constantFrom(", ", "; ", " và ", ","),
  })
  .map((r) => {
    const high = r.form.startsWith("range") ? r.low + Math.max(1, r.span) : r.low;
    const n = (x: number): string => (x >= 1000 ? thousands(x, r.sep) : pad(x, r.padded));
    let main: string;
    switch (r.form) {
      case "floor-tu":
        main = `từ ${n(r.low)}`;
        break;
      case "floor-it-nhat":
        main = `ít nhất ${n(r.low)}`;
        break;
      case "floor-tro-len":
        main = `${n(r.low)} trở lên`;
        break;
      case "floor-ge":
        main = `≥ ${n(r.low)}`;
        break;
      case "range-dash":
        main = `${n(r.low)}${r.dash}${n(high)}`;
        break;
      case "range-den":
        main = `từ ${n(r.low)} đến ${n(high)}`;
        break;
      case "range-tu-dash":
        main = `từ ${n(r.low)}${r.dash}${n(high)}`;
        break;
      default:
        main = n(r.low);
    }
    const subQuotas: Record<string, number> = {};
    const items = r.groups.map((g, k) => {
      const [group, spellings] = GROUPS[g]!;
      const count = r.counts[k]!;
      subQuotas[group] = count;
      return `${pad(count, r.padded)} ${spellings[r.spelling % spellings.length]!}`;
    });
    const text = items.length === 0 ? main : `${main} (${r.lead}${items.join(r.joiner)})`;
    return { text, quota: r.low, quotaMax: high, subQuotas };
  });

describe("quota grammar round trip (fast-check; a failure prints its seed)", () => {
  it("reads back every generated cell as the quota, ceiling and groups it was written from", () => {
    assertProperty(
      fc.property(cellArb, (c) => {
        expect(parseQuotaText(c.text)).toMatchObject({ status: "ok", quota: c.quota, quotaMax: c.quotaMax, subQuotas: c.subQuotas, unknownGroups: [] });
      }),
      { numRuns: 500 },
    );
  });

  it("never reads a cell with a decimal part as a whole number", () => {
    assertProperty(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 99 }), fc.constantFrom(".", ","), (a, b, sep) => {
        expect(parseQuotaText(`${a}${sep}${b}`).status).toBe("invalid");
      }),
      { numRuns: 300 },
    );
  });
});

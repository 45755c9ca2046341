import fc from "fast-check";
import { assertProperty } from "./seed";
import { classifyKind, ORG_KINDS } from "../../src/core/names/kind";
import { createMatcher, type OrgRef } from "../../src/core/names/matcher";
import { cleanText, foldKey, identityKey } from "../../src/core/text/normalize";
import { anyText, messyText, RUNS, vietnameseWords } from "./arbitraries";

/** The seed's fifteen organisations (../shared seed document, appendix table). */
const SEED_ORGS: readonly string[] = [
  "Đảng bộ Công an huyện",
  "Đảng bộ thị trấn Thạnh Mỹ",
  "Đảng bộ thị trấn D’Ran",
  "Đảng bộ xã Đạ Ròn",
  "Đảng bộ xã Ka Đô",
  "Đảng bộ xã Ka Đơn",
  "Đảng bộ xã Lạc Lâm",
  "Đảng bộ xã Lạc Xuân",
  "Đảng bộ xã Quảng Lập",
  "Đảng bộ xã Tu Tra",
  "Chi bộ Trường THPT Đơn Dương",
  "Chi bộ Trường THPT Hùng Vương",
  "Chi bộ Trường THPT Lê Lợi",
  "Chi bộ Trường THPT Pró",
  "Chi bộ Trường Phổ thông Dân tộc Nội trú THCS Đơn Dương",
];
const orgs: OrgRef[] = SEED_ORGS.map((name) => ({ name, kind: classifyKind(name) }));
const seedIndex = fc.integer({ min: 0, max: SEED_ORGS.length - 1 });

/** Ways the same name arrives from other programs: decomposed, cased, spaced, with NBSP or zero-width characters. */
const restyle = fc.constantFrom<(s: string) => string>(
  (s) => s,
  (s) => s.normalize("NFD"),
  (s) => s.toUpperCase(),
  (s) => s.toLowerCase(),
  (s) => `  ${s.replace(/ /g, "  ")} `,
  (s) => s.replace(/ /g, "\u00A0"),
  (s) => s.replace(/ /, " \u200B"),
  (s) => s.replace(/’/g, "'"),
);

describe("name normalisation and matching under random input", () => {
  it("cleanText is idempotent and leaves no outer or doubled spaces", () => {
    assertProperty(
      fc.property(anyText, (t) => {
        const once = cleanText(t);
        expect(cleanText(once)).toBe(once);
        expect(once).toBe(once.trim());
        expect(once).not.toMatch(/ {2}/);
      }),
      RUNS,
    );
  });

  it("identityKey is idempotent and sees through cleanText on any text", () => {
    assertProperty(
      fc.property(anyText, (t) => {
        const id = identityKey(t);
        expect(identityKey(id)).toBe(id);
        expect(identityKey(cleanText(t))).toBe(id);
      }),
      RUNS,
    );
  });

  it("identityKey, foldKey and cleanText give NFC fixed points on text crowded with marks, apostrophes and soft hyphens", () => {
    const crowded = fc.string({
      unit: fc.constantFrom(..."aâẫoơuưyđ", " ", "'", "\u2019", "\u00AD", "-", ".", "&", "\u00A0", "\u200B", "\u0300", "\u0301", "\u0302", "\u0303", "\u0306", "\u0309", "\u031B", "\u0323", "\u0340", "\u0341", "\u0308"),
      maxLength: 20,
    });
    assertProperty(
      fc.property(crowded, (t) => {
        for (const f of [identityKey, foldKey, cleanText]) {
          const once = f(t);
          expect(f(once)).toBe(once);
          expect(once).toBe(once.normalize("NFC"));
        }
      }),
      RUNS,
    );
  });

  it("foldKey is idempotent on Vietnamese words however they are composed or cased", () => {
    assertProperty(
      fc.property(vietnameseWords, restyle, (name, style) => {
        const fold = foldKey(style(name));
        expect(foldKey(fold)).toBe(fold);
        expect(fold).toBe(foldKey(name));
      }),
      RUNS,
    );
  });

  it("gives a Vietnamese name the same identity key in NFC, NFD, upper and lower case", () => {
    assertProperty(
      fc.property(vietnameseWords, (name) => {
        const key = identityKey(name);
        expect(identityKey(name.normalize("NFD"))).toBe(key);
        expect(identityKey(name.toUpperCase())).toBe(key);
        expect(identityKey(name.toLowerCase())).toBe(key);
      }),
      RUNS,
    );
  });

  it("classifies any text as one of the known kinds without throwing", () => {
    assertProperty(
      fc.property(anyText, (t) => {
        expect(ORG_KINDS).toContain(classifyKind(t));
      }),
      RUNS,
    );
  });

  it("never throws on arbitrary Unicode and answers only with organisations that exist", () => {
    const matcher = createMatcher(orgs);
    assertProperty(
      fc.property(fc.oneof(anyText, messyText, seedIndex.map((i) => SEED_ORGS[i]!.slice(0, 12))), (written) => {
        const r = matcher.match(written);
        if (r.status === "matched") {
          expect(r.index).toBeGreaterThanOrEqual(0);
          expect(r.index).toBeLessThan(orgs.length);
        } else {
          for (const s of r.suggestions) {
            expect(s.name).toBe(orgs[s.index]?.name);
            expect(s.score).toBeGreaterThanOrEqual(0);
            expect(s.score).toBeLessThanOrEqual(1);
          }
        }
      }),
      RUNS,
    );
  });

  it("matches every organisation to itself however another program restyled its name", () => {
    const matcher = createMatcher(orgs);
    assertProperty(
      fc.property(seedIndex, restyle, (i, style) => {
        expect(matcher.match(style(SEED_ORGS[i]!))).toMatchObject({ status: "matched", index: i });
      }),
      RUNS,
    );
  });

  it("never throws while building a matcher over random organisation names", () => {
    assertProperty(
      fc.property(fc.array(fc.oneof(anyText, vietnameseWords), { maxLength: 12 }), anyText, (names, written) => {
        const m = createMatcher(names.map((name) => ({ name })));
        const r = m.match(written);
        if (r.status === "matched") expect(r.index).toBeLessThan(names.length);
      }),
      { numRuns: 150 },
    );
  });
});

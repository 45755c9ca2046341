import fc from "fast-check";
import { assertProperty } from "../properties/seed";
import { decodeLegacy, encodeLegacy, LEGACY_ENCODINGS } from "../../src/core/text/legacy";

const LOWER = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ";
const UPPER = LOWER.toUpperCase();
const vietnameseText = fc
  .array(fc.constantFrom(...LOWER, ...UPPER, " ", " ", "0", "9", ",", ".", "(", ")", "-"), { maxLength: 60 })
  .map((cs) => cs.join(""));

/** TCVN3 has codes for Ă Â Ê Ô Ơ Ư Đ only; other capitals come back lower case, as .VnTime users know. */
function tcvn3Expected(s: string): string {
  return [...s].map((c) => (/[A-Z\u0102\u00C2\u00CA\u00D4\u01A0\u01AF\u0110]/.test(c) ? c : c.toLowerCase())).join("");
}

describe("decode(encode(x)) = x for random Vietnamese text", () => {
  it.each(["vni", "viscii"] as const)("%s", (enc) => {
    assertProperty(
      fc.property(vietnameseText, (s) => {
        expect(decodeLegacy(encodeLegacy(s, enc), enc)).toBe(s);
      }),
      { numRuns: 1000 },
    );
  });

  it("tcvn3 (toned capitals fold to lower case)", () => {
    assertProperty(
      fc.property(vietnameseText, (s) => {
        expect(decodeLegacy(encodeLegacy(s, "tcvn3"), "tcvn3")).toBe(tcvn3Expected(s));
      }),
      { numRuns: 1000 },
    );
  });

  it("tcvn3 written in a .VnTimeH capitals font reads back in capitals", () => {
    assertProperty(
      fc.property(vietnameseText, (s) => {
        const upper = s.toUpperCase();
        expect(decodeLegacy(encodeLegacy(upper, "tcvn3"), "tcvn3", { capitals: true })).toBe(upper);
      }),
      { numRuns: 300 },
    );
  });

  it("leaves plain ASCII unchanged in every encoding", () => {
    assertProperty(
      fc.property(fc.string({ unit: "grapheme-ascii", maxLength: 40 }), (s) => {
        for (const enc of LEGACY_ENCODINGS) expect(decodeLegacy(s, enc)).toBe(s.normalize("NFC"));
      }),
      { numRuns: 300 },
    );
  });
});

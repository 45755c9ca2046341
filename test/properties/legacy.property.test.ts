import fc from "fast-check";
import { assertProperty } from "./seed";
import { decodeLegacy, detectEncoding, encodeLegacy, LEGACY_ENCODINGS } from "../../src/core/text/legacy";
import { anyText, lowerVietnameseLetter, RUNS, vietnameseLetter } from "./arbitraries";

const encoding = fc.constantFrom(...LEGACY_ENCODINGS);

/** Characters as Excel stores legacy bytes: any Windows-1252 character, the C1 curly quotes included. */
const cp1252Text = fc.string({
  unit: fc.integer({ min: 0x20, max: 0xff }).map((b) => String.fromCharCode(b)),
  maxLength: 40,
});

const words = (letter: fc.Arbitrary<string>) =>
  fc.array(fc.string({ unit: letter, minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 5 }).map((ws) => ws.join(" "));

describe("legacy Vietnamese decoding under random input", () => {
  it("never throws on any string, in any encoding, with or without the capitals font", () => {
    assertProperty(
      fc.property(fc.oneof(anyText, cp1252Text), encoding, fc.boolean(), (t, enc, capitals) => {
        expect(typeof decodeLegacy(t, enc, { capitals })).toBe("string");
        expect(typeof encodeLegacy(t, enc)).toBe("string");
      }),
      RUNS,
    );
  });

  it("leaves plain ASCII text unchanged in every encoding", () => {
    assertProperty(
      fc.property(fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 40 }), encoding, (t, enc) => {
        expect(decodeLegacy(t, enc)).toBe(t);
      }),
      RUNS,
    );
  });

  it("round-trips lower-case Vietnamese through TCVN3, VNI and VISCII", () => {
    assertProperty(
      fc.property(words(lowerVietnameseLetter), encoding, (text, enc) => {
        expect(decodeLegacy(encodeLegacy(text, enc), enc)).toBe(text.normalize("NFC"));
      }),
      RUNS,
    );
  });

  it("round-trips Vietnamese in any case through VNI and VISCII, which have toned capitals", () => {
    assertProperty(
      fc.property(words(vietnameseLetter), fc.constantFrom("vni" as const, "viscii" as const), (text, enc) => {
        expect(decodeLegacy(encodeLegacy(text, enc), enc)).toBe(text.normalize("NFC"));
      }),
      RUNS,
    );
  });

  it("detects an encoding or none without throwing on any samples and fonts", () => {
    assertProperty(
      fc.property(
        fc.array(fc.record({ text: fc.oneof(anyText, cp1252Text), font: fc.constantFrom(".VnTime", ".VnTimeH", "VNI-Times", "Times New Roman", "VISCII", "") }, { requiredKeys: ["text"] }), { maxLength: 8 }),
        (samples) => {
          const found = detectEncoding(samples);
          expect(found === null || LEGACY_ENCODINGS.includes(found)).toBe(true);
        },
      ),
      RUNS,
    );
  });
});

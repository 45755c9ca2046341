import fc from "fast-check";
import { assertProperty } from "../properties/seed";
import { cleanText, foldKey, identityKey } from "../../src/core/text/normalize";

describe("cleanText", () => {
  it("composes NFD text (macOS, web forms) to NFC", () => {
    expect(cleanText("Đảng bộ xã Ka Đô".normalize("NFD"))).toBe("Đảng bộ xã Ka Đô");
  });

  it('composes UniKey "Unicode tổ hợp" even when the tone precedes the vowel mark', () => {
    // ố typed as o + acute + circumflex: canonical ordering alone would leave it uncomposed.
    expect(cleanText("Tho\u0301\u0302ng")).toBe("Thống");
    expect(cleanText("Đa\u0309ng bô\u0323 xa\u0303 La\u0323c La\u0302m")).toBe("Đảng bộ xã Lạc Lâm");
  });

  it("keeps the user's apostrophe and tone placement for display (D’Ran stays D’Ran)", () => {
    for (const a of ["\u2019", "\u2018", "\u02BC", "\u00B4", "\u0060", "\u2032", "'"]) expect(cleanText(` D${a}Ran `)).toBe(`D${a}Ran`);
    expect(cleanText("Huyện uỷ")).toBe("Huyện uỷ");
  });

  it("lets identityKey and foldKey see every apostrophe variant as the same", () => {
    for (const a of ["\u2019", "\u2018", "\u02BC", "\u00B4", "\u0060", "\u2032"]) {
      expect(identityKey(`Thị trấn D${a}Ran`)).toBe(identityKey("thị trấn D'Ran"));
      expect(foldKey(`D${a}Ran`)).toBe("d'ran");
    }
  });

  it("collapses NBSP, tabs and zero-width characters", () => {
    expect(cleanText("\u00A0Đảng\u200B  bộ\txã\u00A0 Ka Đô \uFEFF")).toBe("Đảng bộ xã Ka Đô");
  });

  it("composes a letter and its mark split by a zero-width character, so cleaning twice changes nothing", () => {
    expect(cleanText("a\uFEFF\u0301")).toBe("á");
    expect(cleanText("Ka Đo\u200B\u0302")).toBe("Ka Đô");
  });

  it("replaces the look-alike Icelandic eth with Đ", () => {
    expect(cleanText("\u00D0ảng bộ")).toBe("Đảng bộ");
  });
});

describe("identityKey", () => {
  it.each([
    ["hoà", "hòa"],
    ["Huyện uỷ", "Huyện ủy"],
    ["thuỷ", "thủy"],
    ["Khoẻ", "Khỏe"],
    ["D'Ran", "D’Ran"],
    ["D'Ran", "Dran"],
    ["ĐẢNG BỘ XÃ KA ĐÔ", "Đảng  bộ xã Ka Đô."],
    ["Đảng bộ xã Ka Đô".normalize("NFD"), "Đảng bộ xã Ka Đô"],
    ["Thôn 1 - Ka Đô", "thôn 1 ka đô"],
  ])("treats %s and %s as the same name", (a, b) => {
    expect(identityKey(a)).toBe(identityKey(b));
  });

  it.each([
    ["Ka Đô", "Ka Đơn"],
    ["Ka Đô", "Ka Do"],
    ["hòa", "hoa"],
    ["Lạc Lâm", "Lạc Lam"],
    ["TH&THCS", "TH THCS x"],
  ])("keeps %s and %s apart (diacritics count)", (a, b) => {
    expect(identityKey(a)).not.toBe(identityKey(b));
  });
});

describe("counterexamples found by the property tests", () => {
  it("identityKey is idempotent when dropping an apostrophe brings a second circumflex onto ẫ (issue #10)", () => {
    const key = identityKey("ẫ’̂");
    expect(key).toBe("ẫ");
    expect(identityKey(key)).toBe(key);
    expect(key).toBe(key.normalize("NFC"));
  });

  it("a soft hyphen or punctuation between a letter and a mark does not leave the key uncomposed", () => {
    for (const t of ["â\u00AD\u0302\u0303", "o'\u0302", "ô\u2019\u0301"]) {
      const key = identityKey(t);
      expect(identityKey(key)).toBe(key);
    }
    expect(identityKey("ô\u2019\u0301")).toBe("ố");
  });
});

describe("deprecated tone marks", () => {
  it("reads U+0340/U+0341 (old converters) as the grave and acute tones", () => {
    expect(identityKey("ho\u0340a")).toBe(identityKey("hòa"));
    expect(identityKey("thu\u0341y")).toBe(identityKey("thúy"));
    expect(cleanText("Tho\u0341\u0302ng")).toBe("Thống");
  });
});

describe("foldKey", () => {
  it("drops diacritics, maps đ to d and keeps punctuation for quota parsing", () => {
    expect(foldKey("Chỉ tiêu (01 HS) Đơn Dương")).toBe("chi tieu (01 hs) don duong");
  });
});

const VIETNAMESE_LETTERS =
  "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ";
const ALPHABET = [...VIETNAMESE_LETTERS, ...VIETNAMESE_LETTERS.toUpperCase(), " ", " ", "'", "’", "-", ".", "&", "\u00A0", "\u0301", "\u0323", "\u0302", "1", "0"];
const vietnameseText = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((cs) => cs.join(""));
const anyText = fc.oneof(vietnameseText, fc.string({ unit: "binary", maxLength: 30 }));

describe("normalisation properties", () => {
  it("cleanText, identityKey and foldKey are idempotent", () => {
    assertProperty(
      fc.property(anyText, (s) => {
        expect(cleanText(cleanText(s))).toBe(cleanText(s));
        expect(identityKey(identityKey(s))).toBe(identityKey(s));
        expect(foldKey(foldKey(s))).toBe(foldKey(s));
      }),
      { numRuns: 500 },
    );
  });

  it("identityKey ignores NFC/NFD and case", () => {
    assertProperty(
      fc.property(vietnameseText, (s) => {
        expect(identityKey(s.normalize("NFD"))).toBe(identityKey(s));
        expect(identityKey(s.toUpperCase())).toBe(identityKey(s.toLowerCase()));
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * The plain-text fast paths (src/core/text/plain.ts) on their own: each one
 * answers plain text itself, with the exact key, and refuses (null) anything
 * else. The public keys fall back to the general path on null, so a fast path
 * that wrongly refused would go unseen through them: these tests call the fast
 * paths directly.
 */
import { isPlainText, plainCleanText, plainFoldKey, plainHeaderKey, plainIdentityKey, plainUnaccentedKey } from "../../src/core/text/plain";
import { GENERAL_TEXT_KEYS } from "../../src/core/text/normalize";

const FAST_PATHS = { plainCleanText, plainFoldKey, plainHeaderKey, plainIdentityKey, plainUnaccentedKey };

describe("what counts as plain text", () => {
  it("accepts printable ASCII and the precomposed Vietnamese letters up to ỹ (U+1EF9), the last one", () => {
    expect(isPlainText("")).toBe(true);
    expect(isPlainText(" ~Aa09&'`")).toBe(true);
    expect(isPlainText("Đảng bộ xã Ka Đô")).toBe(true);
    expect(isPlainText("\u1EF9\u1EF8")).toBe(true);
  });

  it("refuses a character past the table (U+1F00 and up) or inside it without a plain meaning", () => {
    // U+1F00 is the first code point the table does not hold: Greek ἀ.
    expect(isPlainText("\u1F00")).toBe(false);
    expect(isPlainText("a\u1F00")).toBe(false);
    expect(isPlainText("\u2019")).toBe(false);
    expect(isPlainText("\u1EFA")).toBe(false);
    expect(isPlainText("\u00A0")).toBe(false);
    expect(isPlainText("\t")).toBe(false);
    expect(isPlainText("\u007F")).toBe(false);
  });

  it("looks at every character: a non-plain one first, in the middle or last makes the text not plain", () => {
    for (const t of ["\u0301ab", "a\u0301b", "ab\u0301", "Ka Đô\u00A0"]) expect(isPlainText(t)).toBe(false);
  });

  it("every fast path refuses text that is not plain, whatever character makes it so", () => {
    for (const t of ["ǹ", "Ka Đô\u200B", "\u1F00", "\u0110\u0301"]) {
      for (const [name, fast] of Object.entries(FAST_PATHS)) expect([name, fast(t)]).toEqual([name, null]);
    }
  });
});

describe("cleanText of plain text", () => {
  it("returns text already spaced once as it is", () => {
    expect(plainCleanText("Đảng bộ xã Ka Đô")).toBe("Đảng bộ xã Ka Đô");
    expect(plainCleanText("")).toBe("");
  });

  it("trims a leading space alone, a trailing space alone, and collapses an inner run alone", () => {
    expect(plainCleanText(" Ka Đô")).toBe("Ka Đô");
    expect(plainCleanText("Ka Đô ")).toBe("Ka Đô");
    expect(plainCleanText("Ka  Đô")).toBe("Ka Đô");
    expect(plainCleanText("   Ka   Đô  ")).toBe("Ka Đô");
    expect(plainCleanText("   ")).toBe("");
  });
});

describe("foldKey of plain text", () => {
  it("lower-cases, drops every mark, turns đ/Đ into d and the backtick into an apostrophe", () => {
    expect(plainFoldKey("Chỉ tiêu (01 HS) Đơn Dương")).toBe("chi tieu (01 hs) don duong");
    expect(plainFoldKey("D`Ran")).toBe("d'ran");
    expect(plainFoldKey("đĐ")).toBe("dd");
  });

  it("returns text with nothing to fold as it is, and keeps what follows the last folded letter", () => {
    expect(plainFoldKey("d'ran (01)")).toBe("d'ran (01)");
    expect(plainFoldKey("Ab")).toBe("ab");
    expect(plainFoldKey("bộa")).toBe("boa");
  });

  it("collapses the spaces, leading, trailing and inner", () => {
    expect(plainFoldKey(" Ka Đô")).toBe("ka do");
    expect(plainFoldKey("Ka Đô ")).toBe("ka do");
    expect(plainFoldKey("Ka  Đô")).toBe("ka do");
  });
});

describe("headerKey of plain text", () => {
  it("keeps exactly the digits 0–9 and the letters a–z, each other run a single space, trimmed", () => {
    // The neighbours of each range: `/` before 0, `:` after 9, the backtick before a, `{` after z.
    expect(plainHeaderKey("/09:`az{")).toBe("09 az");
    expect(plainHeaderKey("AZ[]^_az{|}~")).toBe("az az");
    expect(plainHeaderKey("@AZ[")).toBe("az");
  });

  it("folds Vietnamese letters and joins what touches", () => {
    expect(plainHeaderKey("Chỉ tiêu (01 HS) - Đơn Dương")).toBe("chi tieu 01 hs don duong");
    expect(plainHeaderKey("ab")).toBe("ab");
    expect(plainHeaderKey("a-b")).toBe("a b");
    expect(plainHeaderKey("-a")).toBe("a");
    expect(plainHeaderKey("a-")).toBe("a");
    expect(plainHeaderKey("--")).toBe("");
  });

  it("gives the general path's answer on headers of real tables", () => {
    const general = (text: string): string => GENERAL_TEXT_KEYS.foldKey(text).replace(/[^a-z0-9]+/g, " ").trim();
    for (const h of ["STT", "TCCSĐ", "CHỈ TIÊU", "Chỉ tiêu kết nạp (đảng viên)", "Tên tổ chức cơ sở đảng", "Số lượng/Ghi chú"]) expect(plainHeaderKey(h)).toBe(general(h));
  });
});

describe("identityKey of plain text", () => {
  it("lower-cases letters A–Z and a–z, all of them, and makes any other punctuation a space", () => {
    expect(plainIdentityKey("AZaz")).toBe("azaz");
    expect(plainIdentityKey("aZb")).toBe("azb");
    expect(plainIdentityKey("a[b")).toBe("a b");
    expect(plainIdentityKey("a{b")).toBe("a b");
    expect(plainIdentityKey("a@b")).toBe("a b");
    expect(plainIdentityKey("a:b")).toBe("a b");
  });

  it("drops both apostrophes (D'Ran, D`Ran)", () => {
    expect(plainIdentityKey("D'Ran")).toBe("dran");
    expect(plainIdentityKey("D`Ran")).toBe("dran");
  });

  it("keeps digits with what touches them and a space where a separator was", () => {
    expect(plainIdentityKey("a9")).toBe("a9");
    expect(plainIdentityKey("1a")).toBe("1a");
    expect(plainIdentityKey("a 1")).toBe("a 1");
    expect(plainIdentityKey("a - 1")).toBe("a 1");
    expect(plainIdentityKey("Số 0012a")).toBe("số 0012a");
    expect(plainIdentityKey("Thôn 1 - Ka Đô")).toBe("thôn 1 ka đô");
  });

  it("makes & a word of its own (TH&THCS), with no space before it at the start", () => {
    expect(plainIdentityKey("TH&THCS")).toBe("th & thcs");
    expect(plainIdentityKey("a&b")).toBe("a & b");
    expect(plainIdentityKey("&a")).toBe("& a");
    expect(plainIdentityKey("1&2")).toBe("1 & 2");
  });

  it("puts no space at either end, whatever separator starts or ends the text", () => {
    expect(plainIdentityKey(" ab")).toBe("ab");
    expect(plainIdentityKey("-1")).toBe("1");
    expect(plainIdentityKey("- Ka Đô -")).toBe("ka đô");
    expect(plainIdentityKey("ab.")).toBe("ab");
  });

  it("moves the tone to the word's end and composes it with the last letter where Unicode has the letter", () => {
    expect(plainIdentityKey("hoà")).toBe("hoà");
    expect(plainIdentityKey("HÒA")).toBe("hoà");
    expect(plainIdentityKey("Thuỷ")).toBe("thuỷ");
    expect(plainIdentityKey("Đảng bộ xã Ka Đô")).toBe("đang\u0309 bộ xã ka đô");
    // One dot-below for the word, however many letters carried it.
    expect(plainIdentityKey("ộộ")).toBe("ôộ");
  });

  it("gives the same key for the old and new tone placements", () => {
    expect(plainIdentityKey("Hoà Bình")).toBe(plainIdentityKey("Hòa Bình"));
    expect(plainIdentityKey("Huyện uỷ")).toBe(plainIdentityKey("Huyện ủy"));
  });
});

describe("unaccentedKey of plain text", () => {
  it("strips the marks letter by letter, keeps case and punctuation, and turns only the small đ into d", () => {
    expect(plainUnaccentedKey("Đảng bộ xã Ka Đô")).toBe("Đang bo xa Ka Đo");
    expect(plainUnaccentedKey("đĐ")).toBe("dĐ");
    expect(plainUnaccentedKey("Hoà  Bình ")).toBe("Hoa  Binh ");
  });

  it("keeps the unchanged stretches before, between and after the stripped letters", () => {
    expect(plainUnaccentedKey("ab-bộ-cd")).toBe("ab-bo-cd");
    expect(plainUnaccentedKey("ộộ")).toBe("oo");
    expect(plainUnaccentedKey("bộa")).toBe("boa");
    expect(plainUnaccentedKey("ábc")).toBe("abc");
  });

  it("returns text without any mark as it is", () => {
    expect(plainUnaccentedKey("Ka Do 01")).toBe("Ka Do 01");
    expect(plainUnaccentedKey("")).toBe("");
  });

  it("gives the general path's answer on identity keys that stay plain, and leaves a tone moved onto a consonant to it", () => {
    for (const n of ["Chi bộ Thuỷ Lợi", "Xã Ka Đô", "TH&THCS Hoà Xuân"]) {
      const key = plainIdentityKey(n) ?? "";
      expect(plainUnaccentedKey(key)).toBe(GENERAL_TEXT_KEYS.unaccentedKey(key));
    }
    // "Bình" keys as "binh" + a combining grave: not plain any more.
    expect(plainUnaccentedKey(plainIdentityKey("Hoà Bình") ?? "")).toBeNull();
  });
});

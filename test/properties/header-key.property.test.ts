import fc from "fast-check";
import { assertProperty } from "./seed";
import { headerKey, headerKeyInitial } from "../../src/core/allocation/header-match";
import { isNoteStart, isTotalLabel } from "../../src/core/allocation/table";
import { anyText, messyText } from "./arbitraries";

/** Characters whose folding is easy to get wrong: singleton decompositions (Kelvin K), İ, eth, two-mark letters, Hangul jamo, fullwidth, marks first. */
const TRICKY = ["\u212A", "\u0130", "\u00D0", "\u00F0", "\u0111", "\u01D6", "\u022D", "\u1100\u1161", "\uFF34", "\u0301T", "\u200BT", "\u2019C", "(", ")", "Tổng", "CỘNG", "toàn"];
const trickyText = fc.array(fc.oneof(fc.constantFrom(...TRICKY), messyText), { maxLength: 6 }).map((parts) => parts.join(""));

test("headerKeyInitial is the first character of headerKey, for any text", () => {
  assertProperty(
    fc.property(fc.oneof(anyText, trickyText), (text) => {
      expect(headerKeyInitial(text)).toBe(headerKey(text).charAt(0));
    }),
    { numRuns: 2000 },
  );
});

test("the initial-letter shortcut keeps every total label and rejects names", () => {
  expect(["Tổng cộng", "CỘNG:", "TỔNG (15 TCCSĐ)", "\u200BTổng số", "Toàn Đảng bộ", "(15) Tổng", "Total"].map(isTotalLabel)).toEqual(Array(7).fill(true));
  expect(["Chi bộ thôn Số 001", "Đảng bộ xã Tân Lập", "1", "Tổng hợp báo cáo", ""].map(isTotalLabel)).toEqual(Array(5).fill(false));
});

/** The note starts of findAllocationTable (table.ts NOTE_START), written out: isNoteStart rules texts out by their key's initial first. */
const NOTE_KEYS = /^(luu y|chu y|ghi chu|chu thich|noi nhan)\b/;
const NOTE_WORDS = ["Lưu ý", "LƯU Ý:", "Chú ý", "Ghi chú", "Chú thích", "Nơi nhận:", "Nơi", "Ghi", "1", "12", "I", "Chi bộ", "(1)", "* Lưu ý", "\u200BGhi chú"];
const noteText = fc.tuple(fc.constantFrom(...NOTE_WORDS), fc.oneof(fc.constant(""), messyText)).map(([w, t]) => `${w}${t}`);

test("isNoteStart answers as the note pattern over the whole key, whatever the text", () => {
  assertProperty(
    fc.property(fc.oneof(noteText, anyText, trickyText), (text) => {
      expect(isNoteStart(text)).toBe(NOTE_KEYS.test(headerKey(text)));
    }),
    { numRuns: 2000 },
  );
});

test("the initial-letter shortcut keeps every note start and rejects the STT numbers that lead rows", () => {
  expect(["Lưu ý: số liệu", "GHI CHÚ", "Nơi nhận:", "* Chú thích", "- Chú ý"].map(isNoteStart)).toEqual(Array(5).fill(true));
  expect(["1", "10000", "Chi bộ thôn 1", "Nơi", "", "IV"].map(isNoteStart)).toEqual(Array(6).fill(false));
});

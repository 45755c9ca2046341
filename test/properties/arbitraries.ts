/** Generators shared by the property tests: text as Vietnamese staff and hostile files produce it. */
import fc from "fast-check";
import type { Cell, CellValue } from "../../src/core/grid";

const VIETNAMESE_LETTERS =
  "aăâbcdđeêghiklmnoôơpqrstuưvxyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ" +
  "AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYÀẰẦÈỀÌÒỒỜÙỪỲÁẮẤÉẾÍÓỐỚÚỨÝẢẲẨẺỂỈỎỔỞỦỬỶÃẴẪẼỄĨÕỖỠŨỮỸẠẶẬẸỆỊỌỘỢỤỰỴ";

/** Characters that make Vietnamese spreadsheet text awkward: NBSP, zero-width, curly apostrophes, combining tones, Icelandic eth. */
const AWKWARD = ["\u00A0", "\u200B", "\uFEFF", "\u2019", "'", "\u0301", "\u0300", "\u0323", "\u0309", "\u0303", "\u0302", "\u031B", "\u00D0", "\t", "\n", "  "];

export const vietnameseLetter = fc.constantFrom(...Array.from(VIETNAMESE_LETTERS));
export const lowerVietnameseLetter = fc.constantFrom(...Array.from(VIETNAMESE_LETTERS.slice(0, VIETNAMESE_LETTERS.length / 2)));

/** Text built from Vietnamese letters, digits, punctuation and the awkward characters. */
export const messyText = fc.string({
  unit: fc.oneof(
    { weight: 6, arbitrary: vietnameseLetter },
    { weight: 2, arbitrary: fc.constantFrom(..."0123456789 ()[]/.,;:-+&") },
    { weight: 1, arbitrary: fc.constantFrom(...AWKWARD) },
  ),
  maxLength: 40,
});

/** Any Unicode at all, lone surrogates included: what a corrupt file can hand us. */
export const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), fc.string({ maxLength: 40 }), messyText);

/** Words of Vietnamese letters separated by single spaces: a name as it should be written. */
export const vietnameseWords = fc
  .array(fc.string({ unit: vietnameseLetter, minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 5 })
  .map((ws) => ws.join(" "));

export const anyCellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  anyText,
  fc.double(),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom("#REF!", "#VALUE!", "#DIV/0!", "#N/A").map((error) => ({ error })),
);

export const anyCell: fc.Arbitrary<Cell> = fc.record(
  { value: anyCellValue, text: anyText, numFmt: fc.constantFrom("General", "00", "0", "dd/mm/yyyy", "mm/yyyy", "@", "[$-42A]mmmm yyyy") },
  { requiredKeys: ["value"] },
);

/** Number of property runs: enough to find edge cases, few enough for two shared cores. */
export const RUNS = { numRuns: 300 };

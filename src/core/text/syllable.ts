/**
 * Is a word a possible Vietnamese syllable? Decoding garbage in the wrong
 * legacy encoding yields impossible syllables (`®¶ng`, `ứaũng`), so the share of
 * valid syllables tells which encoding, if any, a column is in.
 */
import { charClass, isSpaceCode, widthOf } from "./chars";

const INITIALS = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""];

const VOWELS = new Set(
  (
    "a ă â e ê i o ô ơ u ư y " +
    "ai ao au ay âu ây eo êu ia iu iê oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy ưa ưi ưu ươ yê " +
    "iêu oai oao oay oeo uây uôi uya uyê uyu ươi ươu yêu"
  ).split(" "),
);

/** Clusters ending in a glide take no final consonant. */
const OPEN_ONLY = new Set("ai ao au ay âu ây eo êu ia iu oi ôi ơi ui ưi ưu ưa ua iêu oai oao oay oeo uây uôi uya uyu ươi ươu yêu".split(" "));
/** Clusters that cannot end a syllable. */
const NEEDS_FINAL = new Set("ă â iê oă uâ uô ươ yê uyê oo".split(" "));

const FINALS = ["ch", "ng", "nh", "c", "m", "n", "p", "t", ""];
/** Stop finals only carry the rising or heavy tone (`các`, `bộc`), never `cà c`… */
const STOP_FINALS = new Set(["c", "ch", "p", "t"]);
const STOP_TONES = new Set(["", "\u0301", "\u0323"]);

const TONES = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]);

function rhymeValid(rhyme: string, tone: string): boolean {
  for (const final of FINALS) {
    if (!rhyme.endsWith(final)) continue;
    const vowel = rhyme.slice(0, rhyme.length - final.length);
    if (!VOWELS.has(vowel)) continue;
    if (final === "" && NEEDS_FINAL.has(vowel)) continue;
    if (final !== "" && OPEN_ONLY.has(vowel)) continue;
    if (STOP_FINALS.has(final) && !STOP_TONES.has(tone)) continue;
    return true;
  }
  return false;
}

const cache = new Map<string, boolean>();

/**
 * No syllable is longer: `nghiêng` with a tone is nine code units decomposed.
 * Longer words are refused before anything is built from them or cached.
 */
const MAX_SYLLABLE_LENGTH = 12;

// Stryker disable all: a quick refusal only. The initial and rhyme tables hold these letters alone, so whatever a weakened check lets through is refused there; a check that refuses a letter the tables use fails test/text/syllable-rules.test.ts.
/** Every character one of Vietnamese's letters after tones are set apart: a…z, ă â ê ô ơ ư đ. */
function vietnameseLettersOnly(base: string): boolean {
  if (base === "") return false;
  for (const ch of base) if (!((ch >= "a" && ch <= "z") || "ăâêôơưđ".includes(ch))) return false;
  return true;
}
// Stryker restore all

const VOWEL_LETTERS = "aăâeêioôơuưy";

function compute(word: string): boolean {
  const decomposed = word.toLowerCase().normalize("NFD");
  let tone = "";
  let base = "";
  for (const ch of decomposed) {
    if (TONES.has(ch)) {
      if (tone !== "") return false;
      tone = ch;
    } else base += ch;
  }
  base = base.normalize("NFC");
  if (!vietnameseLettersOnly(base)) return false;
  for (const initial of INITIALS) {
    if (!base.startsWith(initial)) continue;
    const rhyme = base.slice(initial.length);
    // `gì`, `gìn`: the i of "gi" doubles as the vowel.
    if (initial === "gi" && (rhyme === "" || !VOWEL_LETTERS.includes(rhyme[0] ?? "")) && rhymeValid(`i${rhyme}`, tone)) return true;
    if (rhyme !== "" && rhymeValid(rhyme, tone)) return true;
  }
  return false;
}

export function isVietnameseSyllable(word: string): boolean {
  if (word.length > MAX_SYLLABLE_LENGTH) return false;
  let known = cache.get(word);
  if (known === undefined) {
    known = compute(word);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: only the cache's bound; every word gets the same answer either way
    if (cache.size > 20000) cache.clear();
    cache.set(word, known);
  }
  return known;
}

/** Letters (and tone marks) only Vietnamese Unicode text has; no legacy encoding's Windows-1252 view contains them. */
const UNICODE_VIETNAMESE = new Set([0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1a0, 0x1a1, 0x1af, 0x1b0, 0x300, 0x301, 0x303, 0x309, 0x323]);

export function isUnicodeVietnamese(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x1ea0 && c <= 0x1ef9) || UNICODE_VIETNAMESE.has(c)) return true;
  }
  return false;
}

/**
 * Latin-1 characters a Unicode Vietnamese text never holds inside a word (`§`, `¶`,
 * `«`, `Ø`, `ª`…), while legacy encodings use them for letters: `TCCS§` is TCVN3's
 * `TCCSĐ`. The Latin-1 vowels Vietnamese uses (`Pró`, `Đà`) and common signs
 * (NBSP, `´` as an apostrophe, `°`, `×`, `÷`) are not evidence.
 */
const VIETNAMESE_LATIN1 = new Set([..."àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ\u00A0\u00B0\u00B4\u00D7\u00F7"].map((c) => c.charCodeAt(0)));

export function hasForeignLatin1(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xa0 && c <= 0xff && !VIETNAMESE_LATIN1.has(c)) return true;
  }
  return false;
}

export function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return true;
  return false;
}

/** Whitespace and ASCII punctuation (`!`…`/`, `:`…`@`, `[`…`` ` ``, `{`…`~`) end a word. */
function isWordSeparator(code: number): boolean {
  return isSpaceCode(code) || (code >= 0x21 && code <= 0x2f) || (code >= 0x3a && code <= 0x40) || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7e);
}

function lettersAndMarksOnly(word: string): boolean {
  for (let i = 0; i < word.length; ) {
    const cp = word.codePointAt(i) ?? 0;
    const cls = charClass(cp);
    if (cls !== "letter" && cls !== "mark") return false;
    i += widthOf(cp);
  }
  return true;
}

export interface SyllableTally {
  /** Words with a non-ASCII character that are valid syllables. */
  readonly valid: number;
  /** Words with a non-ASCII character that are not. */
  readonly invalid: number;
}

/**
 * Counts only words with a non-ASCII character: plain ASCII words read the same
 * in every encoding and say nothing about which one is right.
 */
export function tallySyllables(text: string): SyllableTally {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < text.length; ) {
    if (isWordSeparator(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && !isWordSeparator(text.charCodeAt(j))) j++;
    const word = text.slice(i, j);
    if (hasNonAscii(word)) {
      if (lettersAndMarksOnly(word) && isVietnameseSyllable(word)) valid++;
      else invalid++;
    }
    i = j;
  }
  return { valid, invalid };
}

/**
 * Vietnamese text normalisation. Display text keeps the user's spelling;
 * keys are for comparison only and are never shown.
 */

const APOSTROPHES = /[\u2019\u2018\u02BC\u00B4\u0060\u2032]/g;
/** Zero-width characters pasted from web forms and Word; invisible, so never meaningful. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
/** Every space-like character, NBSP included (Excel and PDFs are full of them). */
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Tone marks of Vietnamese; U+0340/U+0341 are the deprecated tone forms some old converters emit. */
const TONE_MARKS = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0340", "\u0341"]);
/** Marks that change the vowel itself (â ê ô, ă, ơ ư); they must sit on the letter before the tone can compose. */
const QUALITY_MARKS = new Set(["\u0302", "\u0306", "\u031B"]);

const LETTER_WITH_MARKS = /(\P{M})(\p{M}+)/gu;

/**
 * Marks in the order that composes: vowel quality first, then the tone.
 * Canonical ordering alone leaves `o + ◌́ + ◌̂` uncomposed (both marks have
 * class 230), which is what some "Unicode tổ hợp" sources produce.
 */
function orderMarks(decomposed: string): string {
  return decomposed.replace(LETTER_WITH_MARKS, (_m, base: string, marks: string) => {
    if (marks.length < 2) return base + marks;
    const seen = new Set<string>();
    const quality: string[] = [];
    const tone: string[] = [];
    const other: string[] = [];
    for (const mark of marks) {
      if (seen.has(mark)) continue; // a doubled keystroke, not a second accent
      seen.add(mark);
      if (QUALITY_MARKS.has(mark)) quality.push(mark);
      else if (TONE_MARKS.has(mark)) tone.push(mark);
      else other.push(mark);
    }
    return base + quality.join("") + other.join("") + tone.join("");
  });
}

/**
 * The display form of a name: NFC (also UniKey's "Unicode tổ hợp"), the
 * look-alike Icelandic eth as `Đ`/`đ`, invisible characters removed, whitespace
 * collapsed. Only invisible differences change: the user's apostrophe (`D’Ran`)
 * stays as typed; the keys below fold it.
 */
export function cleanText(text: string): string {
  // Invisible characters go first: one between a letter and its mark would keep them from composing.
  return orderMarks(text.replace(INVISIBLE, "").replace(/\u00D0/g, "\u0110").replace(/\u00F0/g, "\u0111").normalize("NFD"))
    .normalize("NFC")
    .replace(SPACES, " ")
    .trim();
}

/** cleanText with every apostrophe variant as `'`: the start of every comparison key. */
function comparable(text: string): string {
  return cleanText(text).replace(APOSTROPHES, "'");
}

/**
 * Moves each word's tone mark to the end of the word, so the old and new tone
 * placements (`hoà`/`hòa`, `uỷ`/`ủy`, `thuỷ`/`thủy`) give the same key.
 */
function canonicalTones(lowerNfc: string): string {
  return lowerNfc
    .normalize("NFD")
    .replace(/[\p{L}\p{M}]+/gu, (word) => {
      let tones = "";
      let rest = "";
      for (const ch of word) {
        if (TONE_MARKS.has(ch)) {
          const t = ch === "\u0340" ? "\u0300" : ch === "\u0341" ? "\u0301" : ch;
          if (!tones.includes(t)) tones += t;
        } else rest += ch;
      }
      return rest + tones;
    })
    .normalize("NFC");
}

/**
 * Key that keeps diacritics: equal for the same name written with other case,
 * spacing, apostrophes (`D'Ran`/`D’Ran`/`Dran`), punctuation or tone placement.
 * `&` survives as a word of its own because `TH&THCS` means something.
 */
export function identityKey(text: string): string {
  const lower = comparable(text).toLowerCase().replace(/\u00AD/g, "").replace(/'/g, "");
  const folded = lower
    .replace(/&/g, " & ")
    .replace(/[^\p{L}\p{M}\p{N}&]+/gu, " ")
    .replace(/ +/g, " ")
    .trim();
  return canonicalTones(folded);
}

/** Key without diacritics (`đ` → `d`), punctuation kept: for recognising headers, keywords and quota text. */
export function foldKey(text: string): string {
  return comparable(text)
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .normalize("NFC")
    // A stray combining mark after a space leaves a double space once removed.
    .replace(/ {2,}/g, " ")
    .trim();
}

/** Strips every diacritic from an identity key: the "typed without accents" view of a name. */
export function unaccentedKey(identity: string): string {
  return identity.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d");
}

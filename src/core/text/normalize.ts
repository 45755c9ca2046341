/**
 * Vietnamese text normalisation. Display text keeps the user's spelling;
 * keys are for comparison only and are never shown.
 *
 * Every function here is a loop over code points (see chars.ts): a cell of
 * five million letters must come back, not overflow a regular expression.
 */
import { charClass, collapseSpaces, isMark, mapCodePoints, widthOf } from "./chars";
import { memoiseText } from "./memo";
import { plainCleanText, plainFoldKey, plainIdentityKey, plainUnaccentedKey } from "./plain";

const APOSTROPHES = new Set([0x2019, 0x2018, 0x02bc, 0x00b4, 0x0060, 0x2032]);
/** Zero-width characters pasted from web forms and Word; invisible, so never meaningful. */
const INVISIBLE = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const SOFT_HYPHEN = 0x00ad;

/** Tone marks of Vietnamese, decomposed (NFD turns the deprecated U+0340/U+0341 some old converters emit into these). */
const TONE_MARKS = new Set([0x0300, 0x0301, 0x0303, 0x0309, 0x0323]);
/** Marks that change the vowel itself (â ê ô, ă, ơ ư); they must sit on the letter before the tone can compose. */
const QUALITY_MARKS = new Set([0x0302, 0x0306, 0x031b]);

/**
 * One letter's marks in the order that composes: vowel quality first, then the
 * others, then the tone; a mark typed twice counts once (a doubled keystroke,
 * not a second accent).
 */
function orderedMarks(marks: string): string {
  const seen = new Set<number>();
  let quality = "";
  let tone = "";
  let other = "";
  for (let i = 0; i < marks.length; ) {
    const cp = marks.codePointAt(i) ?? 0;
    const ch = marks.slice(i, i + widthOf(cp));
    i += ch.length;
    if (seen.has(cp)) continue;
    seen.add(cp);
    if (QUALITY_MARKS.has(cp)) quality += ch;
    else if (TONE_MARKS.has(cp)) tone += ch;
    else other += ch;
  }
  return quality + other + tone;
}

/**
 * Reorders the marks after each base character of decomposed text. Canonical
 * ordering alone leaves `o + ◌́ + ◌̂` uncomposed (both marks have class 230),
 * which is what some "Unicode tổ hợp" sources produce.
 */
function orderMarks(decomposed: string): string {
  let out = "";
  let copied = 0;
  let i = 0;
  while (i < decomposed.length) {
    const cp = decomposed.codePointAt(i) ?? 0;
    if (!isMark(cp)) {
      i += widthOf(cp);
      continue;
    }
    let j = i;
    let count = 0;
    while (j < decomposed.length) {
      const m = decomposed.codePointAt(j) ?? 0;
      if (!isMark(m)) break;
      j += widthOf(m);
      count++;
    }
    // Marks at the very start have no letter to sit on; one mark has nothing to be ordered against.
    if (i > 0 && count > 1) {
      const run = decomposed.slice(i, j);
      const ordered = orderedMarks(run);
      if (ordered !== run) {
        out += decomposed.slice(copied, i) + ordered;
        copied = j;
      }
    }
    i = j;
  }
  return copied === 0 ? decomposed : out + decomposed.slice(copied);
}

/** Marks put in composing order, then composed: the NFC every key and display text ends with. */
function composed(text: string): string {
  return orderMarks(text.normalize("NFD")).normalize("NFC");
}

/**
 * The display form of a name: NFC (also UniKey's "Unicode tổ hợp"), the
 * look-alike Icelandic eth as `Đ`/`đ`, invisible characters removed, whitespace
 * collapsed. Only invisible differences change: the user's apostrophe (`D’Ran`)
 * stays as typed; the keys below fold it.
 */
const cleanTextGeneral: (text: string) => string = memoiseText(function cleanTextUncached(text: string): string {
  // Invisible characters go first: one between a letter and its mark would keep them from composing.
  const visible = mapCodePoints(text, (cp) => (INVISIBLE.has(cp) ? "" : cp === 0x00d0 ? "\u0110" : cp === 0x00f0 ? "\u0111" : undefined));
  return collapseSpaces(composed(visible));
});

/** Plain text (ASCII and precomposed Vietnamese letters, see plain.ts) takes one pass and no cache entry. */
export function cleanText(text: string): string {
  return plainCleanText(text) ?? cleanTextGeneral(text);
}

/**
 * Moves each word's tone mark to the end of the word, so the old and new tone
 * placements (`hoà`/`hòa`, `uỷ`/`ủy`, `thuỷ`/`thủy`) give the same key. A word
 * is a run of letters and marks; the input is decomposed.
 */
function tonesToWordEnd(decomposed: string): string {
  let out = "";
  let copied = 0;
  let i = 0;
  while (i < decomposed.length) {
    const first = decomposed.codePointAt(i) ?? 0;
    const firstClass = charClass(first);
    if (firstClass !== "letter" && firstClass !== "mark") {
      i += widthOf(first);
      continue;
    }
    let tones = "";
    let kept = "";
    let keptFrom = i;
    let j = i;
    while (j < decomposed.length) {
      const cp = decomposed.codePointAt(j) ?? 0;
      const cls = charClass(cp);
      if (cls !== "letter" && cls !== "mark") break;
      if (TONE_MARKS.has(cp)) {
        kept += decomposed.slice(keptFrom, j);
        keptFrom = j + 1;
        // Decomposition already turned the deprecated U+0340/U+0341 into U+0300/U+0301.
        const t = String.fromCharCode(cp);
        if (!tones.includes(t)) tones += t;
      }
      j += widthOf(cp);
    }
    // Stryker disable next-line StringLiteral: rewriting a word without tones copies the same characters
    if (tones !== "") {
      out += decomposed.slice(copied, i) + kept + decomposed.slice(keptFrom, j) + tones;
      copied = j;
    }
    i = j;
  }
  return copied === 0 ? decomposed : out + decomposed.slice(copied);
}

/**
 * Key that keeps diacritics: equal for the same name written with other case,
 * spacing, apostrophes (`D'Ran`/`D’Ran`/`Dran`), punctuation or tone placement.
 * `&` survives as a word of its own because `TH&THCS` means something.
 */
function identityKeyGeneral(text: string): string {
  const words = mapCodePoints(cleanText(text).toLowerCase(), (cp) => {
    if (APOSTROPHES.has(cp) || cp === 0x27 || cp === SOFT_HYPHEN) return "";
    if (cp === 0x26) return " & ";
    const cls = charClass(cp);
    return cls === "letter" || cls === "mark" || cls === "number" ? undefined : " ";
  });
  // Dropping an apostrophe can bring a stray mark onto a letter that already has
  // one (`ẫ’◌̂`), so marks are put in order again before the tones move.
  return collapseSpaces(tonesToWordEnd(orderMarks(words.normalize("NFD"))).normalize("NFC"));
}

/**
 * Memoised, unlike cleanText and foldKey: a name's identity key is asked for again
 * by every stage (kind, index, duplicates, look-alikes), and building it moves tones
 * even on the fast path.
 */
export const identityKey: (text: string) => string = memoiseText(function identityKeyUncached(text: string): string {
  return plainIdentityKey(text) ?? identityKeyGeneral(text);
});

/** Letters without their marks, `đ` as `d`: what remains of text typed without accents. */
function withoutMarks(decomposed: string): string {
  return mapCodePoints(decomposed, (cp) => (cp === 0x0111 ? "d" : isMark(cp) ? "" : undefined));
}

/** Key without diacritics (`đ` → `d`), punctuation kept: for recognising headers, keywords and quota text. */
const foldKeyGeneral: (text: string) => string = memoiseText(function foldKeyUncached(text: string): string {
  const lower = mapCodePoints(cleanText(text), (cp) => (APOSTROPHES.has(cp) ? "'" : undefined)).toLowerCase();
  // A stray combining mark after a space leaves a double space once removed.
  return collapseSpaces(withoutMarks(lower.normalize("NFD")).normalize("NFC"));
});

export function foldKey(text: string): string {
  return plainFoldKey(text) ?? foldKeyGeneral(text);
}

/** Strips every diacritic from an identity key: the "typed without accents" view of a name. */
const unaccentedKeyGeneral: (identity: string) => string = memoiseText(function unaccentedKeyUncached(identity: string): string {
  return withoutMarks(identity.normalize("NFD"));
});

/** Plain text takes one pass and no cache entry: the tokens of every name are asked for. */
export function unaccentedKey(identity: string): string {
  return plainUnaccentedKey(identity) ?? unaccentedKeyGeneral(identity);
}

/** The general paths, which plain text skips: for the tests that hold the fast paths equal to them. */
export const GENERAL_TEXT_KEYS = { cleanText: cleanTextGeneral, identityKey: identityKeyGeneral, foldKey: foldKeyGeneral, unaccentedKey: unaccentedKeyGeneral } as const;


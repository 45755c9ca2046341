/**
 * Fast paths of the text keys for "plain" text: printable ASCII and the
 * precomposed Vietnamese letters, which is nearly every cell of a real table
 * (issue #16). The general functions of normalize.ts decompose, reorder marks
 * and recompose the whole string; for plain text each character's share of the
 * result is known in advance, so one pass over a table gives the same string.
 *
 * Why a plain string needs none of the general work: each precomposed Vietnamese
 * letter is already NFC, its decomposition is one base letter and at most one
 * vowel-quality mark and one tone (in the order orderMarks wants), and no two of
 * these characters compose with each other. Anything else (combining marks,
 * NBSP, tabs, invisible characters, other scripts) returns null here and takes
 * the general path. test/properties/plain-text.property.test.ts holds every fast
 * path equal to the general one, on random text and on every pair of characters.
 */

/** Vowels that carry tones, and the five tones (NFD marks). */
const VOWELS = "aăâeêioôơuưy";
const TONES = [0x0300, 0x0301, 0x0303, 0x0309, 0x0323];

/** Code points below this bound are looked up in the tables; the Vietnamese letters end at U+1EF9. */
const TABLE_SIZE = 0x1f00;
/** 0: not plain. Else the character's folded (foldKey) ASCII code. */
const FOLD = new Uint8Array(TABLE_SIZE);
/** The lower-case letter without its tone, for identityKey ("Ố" → "ô"); ASCII maps to itself lower-cased. */
const TONELESS_LOWER: string[] = [];
/** The tone mark a plain letter carries, 0 for none. */
const TONE = new Uint16Array(TABLE_SIZE);
/** The letter without any mark, case kept, `đ` → `d` (unaccentedKey); 0 where the character is its own. */
const BARE = new Uint16Array(TABLE_SIZE);

function addLetter(ch: string): void {
  const cp = ch.charCodeAt(0);
  const lower = ch.toLowerCase();
  const decomposed = lower.normalize("NFD");
  const base = decomposed.charCodeAt(0);
  const tone = TONES.find((t) => decomposed.includes(String.fromCharCode(t))) ?? 0;
  FOLD[cp] = lower === "đ" ? 0x64 : base;
  TONE[cp] = tone;
  // unaccentedKey strips marks after NFD and turns only the small `đ` into `d`: `Đ` has no decomposition and stays.
  const bare = cp === 0x0111 ? 0x64 : ch.normalize("NFD").charCodeAt(0);
  BARE[cp] = bare === cp ? 0 : bare;
  TONELESS_LOWER[cp] = tone === 0 ? lower : decomposed.replace(String.fromCharCode(tone), "").normalize("NFC");
}

for (let cp = 0x20; cp <= 0x7e; cp++) {
  const ch = String.fromCharCode(cp);
  // The backtick is one of foldKey's apostrophes; every other ASCII character folds to its lower case.
  FOLD[cp] = cp === 0x60 ? 0x27 : ch.toLowerCase().charCodeAt(0);
  TONELESS_LOWER[cp] = ch.toLowerCase();
}
for (const v of VOWELS) {
  for (const tone of [0, ...TONES]) {
    const lower = tone === 0 ? v : (v + String.fromCharCode(tone)).normalize("NFC");
    addLetter(lower);
    addLetter(lower.toUpperCase());
  }
}
addLetter("đ");
addLetter("Đ");

const isPlainCode = (c: number): boolean => c < TABLE_SIZE && FOLD[c] !== 0;

/** True when every character is printable ASCII or a precomposed Vietnamese letter. */
export function isPlainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isPlainCode(text.charCodeAt(i))) return false;
  return true;
}

/** True when the spaces are single 0x20 between words: nothing for collapseSpaces to do. */
// Stryker disable next-line BlockStatement: an empty body answers undefined (falsy), so the text is collapsed, which leaves text spaced once as it is
function spacedOnce(text: string): boolean {
  if (text.charCodeAt(0) === 0x20 || text.charCodeAt(text.length - 1) === 0x20) return false;
  // Stryker disable next-line StringLiteral: every text includes "", so the text is collapsed, which leaves text spaced once as it is
  return !text.includes("  ");
}

/** cleanText of plain text: only its spaces can change. Null when the text is not plain. */
export function plainCleanText(text: string): string | null {
  if (!isPlainText(text)) return null;
  return spacedOnce(text) ? text : collapseAsciiSpaces(text);
}

/** Trims and collapses runs of 0x20: the only whitespace plain text has. */
function collapseAsciiSpaces(text: string): string {
  return text.split(" ").filter((w) => w !== "").join(" ");
}

/** foldKey of plain text: each character folded on its own, spaces collapsed. Null when the text is not plain. */
export function plainFoldKey(text: string): string | null {
  if (!isPlainText(text)) return null;
  let out = "";
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = FOLD[c] ?? c;
    if (f === c) continue;
    out += text.slice(copied, i) + String.fromCharCode(f);
    copied = i + 1;
  }
  const folded = copied === 0 ? text : out + text.slice(copied);
  return spacedOnce(folded) ? folded : collapseAsciiSpaces(folded);
}

const isAsciiAlnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a);

const keepEveryPrefix = (): boolean => true;

/**
 * headerKey of plain text: folded, each run of anything but a–z and 0–9 one
 * space, trimmed. Null when the text is not plain.
 */
export function plainHeaderKey(text: string): string | null {
  return plainHeaderKeyWhile(text, keepEveryPrefix) ?? null;
}

/**
 * plainHeaderKey, given up (null) as soon as the key so far fails `keep`: a caller that wants only
 * keys of a small set (the total labels) stops at the first character that rules the text out
 * instead of keying a whole name (issue #16: every cell of every row is asked). Undefined when the
 * text is not plain.
 */
export function plainHeaderKeyWhile(text: string, keep: (prefix: string) => boolean): string | null | undefined {
  if (!isPlainText(text)) return undefined;
  let out = "";
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const f = FOLD[text.charCodeAt(i)] ?? 0;
    if (!isAsciiAlnum(f)) {
      pendingSpace = out !== "";
      continue;
    }
    if (pendingSpace) out += " ";
    pendingSpace = false;
    out += String.fromCharCode(f);
    if (!keep(out)) return null;
  }
  return out;
}

/** Letters as identityKey sees them (charClass "letter"): ASCII letters and every Vietnamese letter of the table. */
const isPlainLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0x80;
const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** A word's last letter with the tones moved behind it, composed as NFC composes them ("o" + grave → "ò", "g" + grave stays two). */
const TAIL_LIMIT = 4096;
const tails = new Map<string, string>();
function composedTail(letter: string, tones: string): string {
  const raw = letter + tones;
  let tail = tails.get(raw);
  if (tail === undefined) {
    tail = raw.normalize("NFC");
    // Stryker disable next-line ConditionalExpression,EqualityOperator: only the cache's bound; a tail computed again is the same tail
    if (tails.size >= TAIL_LIMIT) tails.clear();
    tails.set(raw, tail);
  }
  return tail;
}

/**
 * identityKey of plain text: lower case; apostrophes dropped; `&` a word of its
 * own; other punctuation a space; each word's tones moved to its end (and
 * composed with its last letter where Unicode has such a letter, as NFC does);
 * spaces collapsed. Null when the text is not plain.
 */
export function plainIdentityKey(text: string): string | null {
  if (!isPlainText(text)) return null;
  let out = "";
  let word = "";
  let tones = "";
  // A separator was met since the last character written: one space before the next, none at the ends.
  // Stryker disable next-line BooleanLiteral: read only together with out !== "", and overwritten before anything is written to out
  let separated = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    if (c === 0x27 || c === 0x60) continue;
    if (isPlainLetter(c)) {
      // Stryker disable next-line StringLiteral: every plain letter has an entry, so the fallback is never taken
      word += TONELESS_LOWER[c] ?? "";
      const tone = TONE[c] ?? 0;
      if (tone !== 0) {
        const t = String.fromCharCode(tone);
        if (!tones.includes(t)) tones += t;
      }
      continue;
    }
    if (word !== "") {
      if (separated && out !== "") out += " ";
      separated = false;
      // Stryker disable next-line StringLiteral: composing a toneless last letter gives the letter itself (the table holds NFC letters)
      out += tones === "" ? word : word.slice(0, -1) + composedTail(word.slice(-1), tones);
      word = "";
      tones = "";
    }
    if (isAsciiDigit(c) || c === 0x26) {
      // `&` stands alone ("TH&THCS" → "th & thcs"); a digit joins what touches it.
      if ((separated || c === 0x26) && out !== "") out += " ";
      out += String.fromCharCode(c);
      separated = c === 0x26;
    } else separated = true;
  }
  return out;
}

/** unaccentedKey of plain text: each letter without its marks, case kept, `đ` as `d`. Null when the text is not plain. */
export function plainUnaccentedKey(text: string): string | null {
  if (!isPlainText(text)) return null;
  let out = "";
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const bare = BARE[text.charCodeAt(i)] ?? 0;
    if (bare === 0) continue;
    out += text.slice(copied, i) + String.fromCharCode(bare);
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

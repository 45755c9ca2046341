/**
 * Character classes for the text functions, tested one code point at a time.
 * Every text function is a plain loop over these: a regular expression over a
 * whole cell (`[\p{L}\p{M}]+` on five million `Đ`) overflows V8's backtracking
 * stack, a loop cannot.
 */

export type CharClass = "letter" | "mark" | "number" | "space" | "other";

const CLASSES: readonly CharClass[] = ["letter", "mark", "number", "space", "other"];
const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;
const NUMBER = /^\p{N}$/u;
const SPACE = /^\s$/u;

function computeClass(ch: string): CharClass {
  if (LETTER.test(ch)) return "letter";
  if (MARK.test(ch)) return "mark";
  if (NUMBER.test(ch)) return "number";
  if (SPACE.test(ch)) return "space";
  return "other";
}

/** Classes of the Basic Multilingual Plane, filled as met (0 = not yet known, else index + 1). */
const bmpClass = new Uint8Array(0x10000);

/** The class of one code point; `\s` decides what a space is (NBSP, U+2000…U+200A, U+3000 included). */
export function charClass(codePoint: number): CharClass {
  if (codePoint > 0xffff) return computeClass(String.fromCodePoint(codePoint));
  // Stryker disable next-line LogicalOperator: only the table of known classes; a class computed again is the same class
  const known = bmpClass[codePoint] ?? 0;
  // Stryker disable next-line StringLiteral: the table holds only indexes of CLASSES plus one, so the fallback is never taken
  if (known !== 0) return CLASSES[known - 1] ?? "other";
  const found = computeClass(String.fromCharCode(codePoint));
  bmpClass[codePoint] = CLASSES.indexOf(found) + 1;
  return found;
}

export function isMark(codePoint: number): boolean {
  return charClass(codePoint) === "mark";
}

/** UTF-16 length of a code point: 2 for the astral planes, else 1 (a lone surrogate included). */
export function widthOf(codePoint: number): number {
  return codePoint > 0xffff ? 2 : 1;
}

/** Whitespace as `\s` (and `String.prototype.trim`) sees it; every one of these is in the BMP. */
export function isSpaceCode(code: number): boolean {
  return charClass(code) === "space";
}

/**
 * Collapses each run of whitespace to one space and trims both ends, copying
 * untouched stretches as slices: no intermediate string per character.
 */
export function collapseSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  let out = "";
  let copied = start;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (!isSpaceCode(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && isSpaceCode(text.charCodeAt(j))) j++;
    if (j - i > 1 || c !== 0x20) {
      out += `${text.slice(copied, i)} `;
      copied = j;
    }
    i = j;
  }
  return out + text.slice(copied, end);
}

/**
 * Rewrites text one code point at a time: `replace` returns the replacement, or
 * undefined to keep the character. Unchanged stretches are copied as slices.
 */
export function mapCodePoints(text: string, replace: (codePoint: number) => string | undefined): string {
  let out = "";
  let copied = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const w = widthOf(cp);
    const r = replace(cp);
    if (r !== undefined) {
      out += text.slice(copied, i) + r;
      copied = i + w;
    }
    i += w;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * Bidirectional controls: embeddings and overrides (U+202A…U+202E), isolates
 * (U+2066…U+2069), the LTR/RTL marks (U+200E, U+200F) and the Arabic letter mark
 * (U+061C). Invisible, yet a right-to-left override shows `Ka Đô.xlsx` as
 * something else entirely.
 */
export function isBidiControl(codePoint: number): boolean {
  return (
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2066 && codePoint <= 0x2069) ||
    codePoint === 0x200e ||
    codePoint === 0x200f ||
    codePoint === 0x061c
  );
}

/** `U+202E`: how a code point is named in findings and messages. */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
}

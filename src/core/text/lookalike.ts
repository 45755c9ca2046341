/**
 * Look-alike names: a Cyrillic `а` inside `Kа Đô`, or a right-to-left override,
 * makes a name look like another one (or like nothing it is). The checks here
 * only find them; the findings that report them are built by check and
 * consolidate.
 */
import { charClass, codePointLabel, isBidiControl, widthOf } from "./chars";
import { isPlainText } from "./plain";

/** Scripts told apart; a letter of any other script counts as "Other". Marks, digits and punctuation belong to none. */
const SCRIPTS: readonly (readonly [string, RegExp])[] = [
  "Latin",
  "Cyrillic",
  "Greek",
  "Armenian",
  "Georgian",
  "Cherokee",
  "Coptic",
  "Hebrew",
  "Arabic",
  "Han",
  "Hiragana",
  "Katakana",
  "Hangul",
  "Thai",
  "Lao",
  "Khmer",
  "Devanagari",
].map((name) => [name, new RegExp(`^\\p{Script=${name}}$`, "u")] as const);

/** The script of a letter; null for anything that is not a letter. */
export function scriptOf(codePoint: number): string | null {
  if (charClass(codePoint) !== "letter") return null;
  const ch = String.fromCodePoint(codePoint);
  for (const [name, pattern] of SCRIPTS) if (pattern.test(ch)) return name;
  return "Other";
}

export interface ScriptProblems {
  /** Scripts of the text's letters in order of first appearance, when there is more than one (`["Latin", "Cyrillic"]`); else empty. */
  readonly mixedScripts: readonly string[];
  /** Words, as written, holding a letter outside the text's main script (the script of most of its letters). */
  readonly suspectWords: readonly string[];
  /** Bidirectional controls found, as `U+202E`, each once, in order of appearance. */
  readonly bidiControls: readonly string[];
}

/** What plain text has, shared (and frozen, as no reader may change it): one per name of a 10,000-row table was garbage. */
const NO_PROBLEMS: ScriptProblems = Object.freeze({ mixedScripts: Object.freeze([]), suspectWords: Object.freeze([]), bidiControls: Object.freeze([]) });

/** Nothing found. */
export function noScriptProblems(p: ScriptProblems): boolean {
  return p.mixedScripts.length === 0 && p.bidiControls.length === 0;
}

/**
 * What makes a name a possible look-alike: letters of more than one script, and
 * bidirectional controls. One pass over the text; words are runs of letters,
 * marks and digits.
 */
export function scriptProblems(text: string): ScriptProblems {
  // Plain text (ASCII and precomposed Vietnamese letters) has Latin letters only and no controls: nearly every name.
  if (isPlainText(text)) return NO_PROBLEMS;
  const letterCount = new Map<string, number>();
  const bidi: string[] = [];
  const words: { text: string; scripts: Set<string> }[] = [];
  let word: { start: number; scripts: Set<string> } | null = null;
  for (let i = 0; i <= text.length; ) {
    const cp = i < text.length ? (text.codePointAt(i) ?? 0) : -1;
    const cls = cp < 0 ? "other" : charClass(cp);
    const inWord = cls === "letter" || cls === "mark" || cls === "number";
    if (inWord && word === null) word = { start: i, scripts: new Set() };
    if (!inWord && word !== null) {
      words.push({ text: text.slice(word.start, i), scripts: word.scripts });
      word = null;
    }
    if (cp < 0) break;
    const script = scriptOf(cp);
    if (script !== null) {
      letterCount.set(script, (letterCount.get(script) ?? 0) + 1);
      // Stryker disable next-line OptionalChaining: a code point with a script is a letter, so a word is open whenever this runs; the ?. is for the type
      word?.scripts.add(script);
    }
    if (isBidiControl(cp)) {
      const label = codePointLabel(cp);
      if (!bidi.includes(label)) bidi.push(label);
    }
    i += widthOf(cp);
  }
  if (letterCount.size < 2) return { mixedScripts: [], suspectWords: [], bidiControls: bidi };
  // Stryker disable next-line StringLiteral: letterCount has two scripts or more here, so the loop always sets main
  let main = "";
  let most = 0;
  for (const [script, n] of letterCount) {
    if (n > most) {
      main = script;
      most = n;
    }
  }
  const suspectWords = words.filter((w) => [...w.scripts].some((s) => s !== main)).map((w) => w.text);
  return { mixedScripts: [...letterCount.keys()], suspectWords, bidiControls: bidi };
}

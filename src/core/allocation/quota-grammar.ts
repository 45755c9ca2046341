/**
 * The grammar of a quota written as text, as committees type it: `09`, `1.250`,
 * `từ 06`, `6 trở lên`, `≥ 6`, `01-02`, `từ 01 đến 02`, `03 (01 HS)`,
 * `08 (01 DQTV, 01 DBĐV)`. A small tokenizer and a recursive-descent parser:
 * one pass, no backtracking regular expression ever runs over user text.
 */
import { cleanText, foldKey } from "../text/normalize";

export type QuotaForm = "plain" | "floor" | "range";

export type QuotaGrammarFailure = "notANumber" | "negative" | "fraction" | "rangeReversed";

export interface QuotaGroupItem {
  /** Canonical group (`HS`, `SV`, `DQTV`, `DBĐV`, `QNXN`, `DNNN`) or the label as written when unknown. */
  readonly group: string;
  readonly count: number;
  readonly known: boolean;
}

export type QuotaGrammarResult =
  | {
      readonly ok: true;
      readonly quota: number;
      readonly quotaMax: number;
      readonly form: QuotaForm;
      readonly groups: readonly QuotaGroupItem[];
    }
  | { readonly ok: false; readonly reason: QuotaGrammarFailure };

type Token =
  | { readonly t: "num"; readonly value: number }
  /** A number with a decimal part: `2.5`, `1,5`, `9,0`. */
  | { readonly t: "dec"; readonly whole: number; readonly fraction: string }
  | { readonly t: "word"; readonly text: string; readonly key: string }
  | { readonly t: "open" | "close" | "dash" | "ge" | "sep" | "colon" | "plus" | "bad" };

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);

function digitRun(text: string, from: number): number {
  let i = from;
  while (isDigit(text[i])) i++;
  return i;
}

/**
 * `1.250` and `1 250` are one thousand two hundred and fifty: a group separator
 * followed by exactly three digits. The first group has no leading zero, so
 * `0.250` stays a decimal and `03 250` two numbers.
 */
function readNumber(text: string, from: number): { token: Token; next: number } {
  let end = digitRun(text, from);
  let digits = text.slice(from, end);
  const groupable = digits.length <= 3 && digits[0] !== "0";
  for (const sep of [".", " "]) {
    if (!groupable || text[end] !== sep) continue;
    let grouped = digits;
    let at = end;
    while (text[at] === sep && digitRun(text, at + 1) === at + 4) {
      grouped += text.slice(at + 1, at + 4);
      at += 4;
    }
    if (at !== end) {
      digits = grouped;
      end = at;
    }
    break;
  }
  if ((text[end] === "." || text[end] === ",") && isDigit(text[end + 1])) {
    const fracEnd = digitRun(text, end + 1);
    return { token: { t: "dec", whole: Number(digits), fraction: text.slice(end + 1, fracEnd) }, next: fracEnd };
  }
  return { token: { t: "num", value: Number(digits) }, next: end };
}

const PUNCT: Readonly<Record<string, Token["t"]>> = {
  "(": "open",
  "[": "open",
  ")": "close",
  "]": "close",
  "-": "dash",
  "\u2010": "dash",
  "\u2011": "dash",
  "\u2012": "dash",
  "\u2013": "dash",
  "\u2014": "dash",
  "\u2212": "dash",
  "≥": "ge",
  ">": "ge",
  ",": "sep",
  ";": "sep",
  ".": "sep",
  ":": "colon",
  "+": "plus",
};

function tokenizeQuota(raw: string): Token[] {
  const text = cleanText(raw).toLowerCase();
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === " ") {
      i++;
      continue;
    }
    if (isDigit(c)) {
      const { token, next } = readNumber(text, i);
      tokens.push(token);
      i = next;
      continue;
    }
    if (isLetter(c)) {
      let end = i;
      // `h/s` is one word; `đ` and other letters join.
      while (isLetter(text[end]) || (text[end] === "/" && isLetter(text[end + 1]) && end > i)) end++;
      const word = text.slice(i, end);
      tokens.push({ t: "word", text: word, key: foldKey(word) });
      i = end;
      continue;
    }
    if (c === ">" && text[i + 1] === "=") {
      tokens.push({ t: "ge" });
      i += 2;
      continue;
    }
    tokens.push({ t: PUNCT[c] ?? "bad" } as Token);
    i++;
  }
  // A trailing full stop or semicolon is a typing habit.
  const last = tokens[tokens.length - 1];
  if (last !== undefined && last.t === "sep") tokens.pop();
  return tokens;
}

/** The label words of each group, folded (no diacritics, `đ` → `d`). */
const GROUP_LABELS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["HS", ["hs", "h/s", "hoc sinh"]],
  ["SV", ["sv", "s/v", "sinh vien"]],
  ["DQTV", ["dqtv", "dan quan tu ve", "dan quan"]],
  ["DBĐV", ["dbdv", "du bi dong vien", "quan nhan du bi"]],
  ["QNXN", ["qnxn", "quan nhan xuat ngu", "bo doi xuat ngu"]],
  ["DNNN", ["dnnn", "doanh nghiep ngoai nha nuoc", "doanh nghiep ngoai khu vuc nha nuoc", "doanh nghiep tu nhan", "dn ngoai nha nuoc"]],
];

const GROUP_BY_LABEL = new Map<string, string>(GROUP_LABELS.flatMap(([group, labels]) => labels.map((l) => [l, group] as const)));

export const QUOTA_GROUPS: readonly string[] = GROUP_LABELS.map(([g]) => g);

/** The canonical group of a label as written, or null when it is not one of the known groups. */
export function canonicalGroup(label: string): string | null {
  return GROUP_BY_LABEL.get(foldKey(label).replace(/\s+/g, " ").trim()) ?? null;
}

const FAILED = (reason: QuotaGrammarFailure): QuotaGrammarResult => ({ ok: false, reason });

class Parser {
  private i = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }

  done(): boolean {
    return this.i >= this.tokens.length;
  }

  /** Consumes the words of `phrase` (folded, space separated) when they come next. */
  words(phrase: string): boolean {
    const parts = phrase.split(" ");
    for (let k = 0; k < parts.length; k++) {
      const tok = this.peek(k);
      if (tok?.t !== "word" || tok.key !== parts[k]) return false;
    }
    this.i += parts.length;
    return true;
  }

  take(t: Token["t"]): boolean {
    if (this.peek()?.t !== t) return false;
    this.i++;
    return true;
  }

  /** A whole number, or a failure saying why the next token is not one. */
  number(): number | QuotaGrammarFailure {
    const tok = this.peek();
    if (tok?.t === "num") {
      this.i++;
      return tok.value;
    }
    if (tok?.t === "dec") {
      this.i++;
      // `9,0` is a whole number typed with a decimal part; `2,5` is not a quota.
      return /^0{1,2}$/.test(tok.fraction) ? tok.whole : "fraction";
    }
    if (tok?.t === "dash" && (this.peek(1)?.t === "num" || this.peek(1)?.t === "dec")) return "negative";
    return "notANumber";
  }

  /** Label words up to the next number, separator or bracket. */
  label(): string {
    const out: string[] = [];
    // "và" joins two groups (`01 SV và 01 HS`); no label contains it.
    for (let tok = this.peek(); tok?.t === "word" && tok.key !== "va"; tok = this.peek()) {
      out.push(tok.text);
      this.i++;
    }
    return out.join(" ");
  }

  /** `01 HS`, `HS: 01`, `03 sinh viên`. */
  item(): QuotaGroupItem | QuotaGrammarFailure {
    let count: number | QuotaGrammarFailure;
    let label: string;
    if (this.peek()?.t === "word") {
      label = this.label();
      this.take("colon");
      count = this.number();
    } else {
      count = this.number();
      label = this.label();
    }
    if (typeof count === "string") return count;
    if (label === "") return "notANumber";
    const group = canonicalGroup(label);
    return { group: group ?? label.toUpperCase(), count, known: group !== null };
  }

  /** `(01 HS)`, `(trong đó có: 01 DQTV, 01 DBĐV)`. */
  groups(): QuotaGroupItem[] | QuotaGrammarFailure {
    if (!this.take("open")) return "notANumber";
    if (this.words("trong do")) this.words("co");
    this.take("colon");
    const items: QuotaGroupItem[] = [];
    for (;;) {
      const item = this.item();
      if (typeof item === "string") return item;
      items.push(item);
      if (this.take("close")) return items;
      if (!(this.take("sep") || this.take("plus") || this.words("va"))) return "notANumber";
    }
  }
}

/** Parses quota text; `ok: false` says why it is not a quota. Never throws. */
export function parseQuotaGrammar(raw: string): QuotaGrammarResult {
  const p = new Parser(tokenizeQuota(raw));
  let form: QuotaForm = "plain";
  if (p.words("tu") || p.words("it nhat") || p.words("toi thieu") || p.take("ge")) form = "floor";
  else p.take("plus");
  const low = p.number();
  if (typeof low === "string") return FAILED(low);
  let high = low;
  if (p.take("dash") || p.words("den")) {
    const h = p.number();
    if (typeof h === "string") return FAILED(h === "negative" ? "notANumber" : h);
    high = h;
    form = "range";
  }
  if (p.words("tro len")) {
    if (form === "range") return FAILED("notANumber");
    form = "floor";
  }
  let groups: QuotaGroupItem[] = [];
  if (!p.done()) {
    const g = p.groups();
    if (typeof g === "string") return FAILED(g);
    groups = g;
  }
  if (!p.done()) return FAILED("notANumber");
  if (high < low) return FAILED("rangeReversed");
  // `01-01` is no range at all.
  if (form === "range" && high === low) form = "plain";
  return { ok: true, quota: low, quotaMax: high, form, groups };
}

/**
 * An organisation's identity: the kind of unit it is (xã, THPT, Công an…) and
 * its proper name (Ka Đô, Pró). Two names denote the same organisation when
 * both agree after normalisation; the Party level (Đảng bộ/Chi bộ/Đảng ủy) and
 * the word "Trường" do not distinguish organisations in one allocation table.
 */
import { identityKey, unaccentedKey } from "../text/normalize";
import { isPlainText, plainIdentityKey } from "../text/plain";
import type { OrgKind } from "./kind";

/** One way of reading a name. Abbreviations such as `TT` can be read more than one way. */
export interface OrgReading {
  /** Canonical unit, e.g. `xã`, `school:thpt`, `công an`; null when the name does not say. */
  readonly unit: string | null;
  readonly kind: OrgKind | null;
  /** Identity key of the proper name, abbreviations canonicalised. */
  readonly proper: string;
}

interface Phrase {
  readonly tokens: readonly string[];
  /** Unaccented tokens, when typing the phrase without accents cannot mean something else. */
  readonly unaccented: readonly string[] | null;
}

function phrase(text: string, unaccentedSafe = true): Phrase {
  const tokens = identityKey(text).split(" ");
  return { tokens, unaccented: unaccentedSafe ? tokens.map(unaccentedKey) : null };
}

/**
 * A name's tokens, as read by one reading of it. They are reachable only through `token`, `loose`
 * and `has`, which record how far the reading looked: statedKind keeps a kind under the tokens its
 * reading looked at, so that every name beginning with them gets it without a reading (issue #16),
 * and a look that went unrecorded would let that kind answer names whose later tokens read
 * otherwise. Recording in the one place that hands tokens out means no reader can forget it.
 */
class HeadTokens {
  private readonly accented: readonly string[];
  private readonly unaccented: readonly string[];
  private looked = 0;

  constructor(key: string) {
    this.accented = key.split(" ");
    this.unaccented = this.accented.map(unaccentedKey);
  }

  /** One past the highest position looked at (or asked whether it exists) so far. */
  // Stryker disable next-line BlockStatement: an undefined reach matches no token count, so every kind is kept under its whole key: fewer hits, the same kinds
  get reach(): number {
    return this.looked;
  }

  token(i: number): string | undefined {
    if (i >= this.looked) this.looked = i + 1;
    return this.accented[i];
  }

  /** The token without its accents. */
  loose(i: number): string | undefined {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: every reader asks token(i) first, which has recorded i already
    if (i >= this.looked) this.looked = i + 1;
    return this.unaccented[i];
  }

  /** Whether position i holds a token: the answer depends on that position as a token read there would. */
  has(i: number): boolean {
    // Stryker disable next-line ConditionalExpression: the head reading asks has(i) only in mayBeTown, after `tt` at i - 1, which begins no phrase: nothing looked past i - 1
    if (i >= this.looked) this.looked = i + 1;
    return i < this.accented.length;
  }
}

function matchAt(src: HeadTokens, at: number, p: Phrase): boolean {
  // Token by token, not the length first: a mismatch then looks no further than it must, and
  // "Chi bộ thôn 1" shares "chi bộ thôn" with every other village instead of being read whole.
  for (let k = 0; k < p.tokens.length; k++) {
    const i = at + k;
    const token = src.token(i);
    if (token === undefined) return false;
    if (token === p.tokens[k]) continue;
    if (p.unaccented !== null && src.loose(i) === p.unaccented[k]) continue;
    return false;
  }
  return true;
}

/**
 * The first item of a phrase list (in list order) whose phrase matches at a
 * position, as `items.find` with matchAt would give, looking only at the items
 * whose first token (accented or, where allowed, unaccented) is the one there:
 * every name is read against each list at each position (issue #16).
 */
type PhraseFinder<T> = (src: HeadTokens, at: number) => T | undefined;
const NO_ITEMS: readonly number[] = [];
function phraseFinder<T>(items: readonly T[], phraseOf: (item: T) => Phrase): PhraseFinder<T> {
  const byToken = new Map<string, number[]>();
  const byLoose = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  items.forEach((item, i) => {
    const p = phraseOf(item);
    add(byToken, p.tokens[0] ?? "", i);
    if (p.unaccented !== null) add(byLoose, p.unaccented[0] ?? "", i);
  });
  return (src, at) => {
    const token = src.token(at);
    if (token === undefined) return undefined;
    const a = byToken.get(token) ?? NO_ITEMS;
    const b = byLoose.get(src.loose(at) ?? "") ?? NO_ITEMS;
    // Both lists ascend: walk them merged, so the earliest item in the list wins as with find.
    for (let x = 0, y = 0; x < a.length || y < b.length; ) {
      const ax = a[x] ?? Infinity;
      const by = b[y] ?? Infinity;
      const i = Math.min(ax, by);
      if (ax === i) x++;
      if (by === i) y++;
      const item = items[i] as T;
      if (matchAt(src, at, phraseOf(item))) return item;
    }
    return undefined;
  };
}

function byLengthDesc<T extends { readonly phrase: Phrase }>(items: T[]): T[] {
  return items.sort((a, b) => b.phrase.tokens.length - a.phrase.tokens.length);
}

/** Party levels and the word "Trường": stripped from the head, they never tell two organisations apart. */
const HEAD_WORDS: readonly { phrase: Phrase }[] = byLengthDesc(
  [
    ["đảng bộ cơ sở"],
    ["chi bộ cơ sở"],
    ["đảng bộ bộ phận"],
    ["tổ chức cơ sở đảng"],
    ["đảng bộ"],
    ["đảng ủy"],
    ["chi bộ"],
    ["đbcs"],
    ["cbcs"],
    ["tccsđ"],
    ["đb"],
    ["đu", false],
    ["cb"],
    ["trường"],
    ["liên cấp"],
  ].map(([text, safe]) => ({ phrase: phrase(text as string, safe !== false) })),
);

type SchoolCode = "pt" | "dtnt" | "dtbt" | "th" | "thcs" | "thpt" | "mn" | "mg";

const SCHOOL_CODES: readonly { phrase: Phrase; code: SchoolCode }[] = byLengthDesc(
  (
    [
      ["phổ thông dân tộc nội trú", "dtnt"],
      ["ptdtnt", "dtnt"],
      ["dân tộc nội trú", "dtnt"],
      ["dtnt", "dtnt"],
      // Semi-boarding ethnic schools of mountain communes: "PTDTBT TH&THCS" is how reports shorten them.
      ["phổ thông dân tộc bán trú", "dtbt"],
      ["ptdtbt", "dtbt"],
      ["dân tộc bán trú", "dtbt"],
      ["dtbt", "dtbt"],
      ["trung học phổ thông", "thpt"],
      ["phổ thông trung học", "thpt"],
      ["thpt", "thpt"],
      ["ptth", "thpt"],
      ["trung học cơ sở", "thcs"],
      ["thcs", "thcs"],
      ["tiểu học", "th"],
      ["th", "th"],
      ["mầm non", "mn"],
      ["mn", "mn"],
      ["mẫu giáo", "mg"],
      ["mg", "mg"],
      ["phổ thông", "pt"],
      ["pt", "pt"],
    ] as const
  ).map(([text, code]) => ({ phrase: phrase(text), code })),
);

const CONNECTORS: readonly Phrase[] = [phrase("&"), phrase("và")];

interface UnitPhrase {
  readonly phrase: Phrase;
  readonly unit: string;
  readonly kind: OrgKind;
}

const UNITS: readonly UnitPhrase[] = byLengthDesc(
  (
    [
      ["xã", "xã", "commune", true],
      ["phường", "phường", "commune", true],
      ["thị trấn", "thị trấn", "commune", true],
      ["công an", "công an", "police", true],
      // Unaccented "ca" is also the syllable of place names such as Cà Ná.
      ["ca", "công an", "police", false],
      ["ban chỉ huy quân sự", "quân sự", "military", true],
      ["bchqs", "quân sự", "military", true],
      ["cơ quan quân sự", "quân sự", "military", true],
      ["quân sự", "quân sự", "military", true],
      ["qs", "quân sự", "military", true],
      ["thôn", "thôn", "village", true],
      ["tổ dân phố", "tổ dân phố", "village", true],
      ["tdp", "tổ dân phố", "village", true],
      ["khu phố", "khu phố", "village", true],
      // Unaccented "ban" is also "board" (Ban chỉ huy…): only the accented spelling is a village.
      ["bản", "bản", "village", false],
      ["buôn", "buôn", "village", true],
      ["ấp", "ấp", "village", false],
    ] as const
  ).map(([text, unit, kind, safe]) => ({ phrase: phrase(text, safe), unit, kind })),
);

/** Long forms inside a proper name, canonicalised to the abbreviation people also write. */
const PROPER_PHRASES: readonly { phrase: Phrase; canonical: string }[] = byLengthDesc(
  (
    [
      ["ủy ban nhân dân", "ubnd"],
      ["hội đồng nhân dân", "hđnd"],
      ["mặt trận tổ quốc", "mttq"],
      ["trung tâm", "tt"],
      ["cơ quan", "cq"],
    ] as const
  ).map(([text, canonical]) => ({ phrase: phrase(text), canonical: identityKey(canonical) })),
);

const THI_TRAN = UNITS.find((u) => u.unit === "thị trấn");

const findProper = phraseFinder(PROPER_PHRASES, (p) => p.phrase);
const findHeadWord = phraseFinder(HEAD_WORDS, (h) => h.phrase);
const findSchoolCode = phraseFinder(SCHOOL_CODES, (s) => s.phrase);
const findConnector = phraseFinder(CONNECTORS, (c) => c);
const findUnit = phraseFinder(UNITS, (u) => u.phrase);

function schoolKind(codes: readonly SchoolCode[]): OrgKind {
  if (codes.includes("thpt")) return "upperSecondary";
  if (codes.some((c) => c !== "pt")) return "lowerSecondary";
  return "other";
}

/** `Trường PT DTNT THCS` and `Trường DTNT THCS` are the same school: "phổ thông" adds nothing before a level. */
function schoolUnit(codes: readonly SchoolCode[]): string {
  const kept = codes.length > 1 ? codes.filter((c) => c !== "pt") : codes;
  return `school:${kept.join(" ")}`;
}

function asciiDigitsOnly(t: string): boolean {
  if (t === "") return false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/**
 * "Thôn 01" and "Thôn 1" are the same village. Zeros are stripped as text, not
 * through Number: "Thôn 12345678901234567890" and "…891" are different villages.
 */
function withoutLeadingZeros(t: string): string {
  if (!asciiDigitsOnly(t)) return t;
  let i = 0;
  while (i < t.length - 1 && t[i] === "0") i++;
  return t.slice(i);
}

function properOf(src: HeadTokens, from: number): string {
  const out: string[] = [];
  let i = from;
  while (src.has(i)) {
    const hit = findProper(src, i);
    if (hit) {
      out.push(hit.canonical);
      i += hit.phrase.tokens.length;
      continue;
    }
    const t = src.token(i) ?? "";
    out.push(withoutLeadingZeros(t));
    i++;
  }
  return out.join(" ");
}

function skipHeadWords(src: HeadTokens): number {
  let i = 0;
  for (;;) {
    const hit = findHeadWord(src, i);
    if (!hit) return i;
    i += hit.phrase.tokens.length;
  }
}

function readSchool(src: HeadTokens, from: number): { codes: SchoolCode[]; next: number } {
  const codes: SchoolCode[] = [];
  let i = from;
  for (;;) {
    const code = findSchoolCode(src, i);
    if (code) {
      if (!codes.includes(code.code)) codes.push(code.code);
      i += code.phrase.tokens.length;
      continue;
    }
    const connector = codes.length > 0 ? findConnector(src, i) : undefined;
    if (connector && findSchoolCode(src, i + connector.tokens.length) !== undefined) {
      i += connector.tokens.length;
      continue;
    }
    return { codes, next: i };
  }
}

/**
 * A name's head: its tokens, where its unit starts, and the school levels or the unit found there.
 * `tokens.reach` is how far the reading has looked so far, mayBeTown included when it was asked.
 */
interface NameHead {
  readonly tokens: HeadTokens;
  readonly start: number;
  readonly school: { codes: SchoolCode[]; next: number };
  readonly unit: UnitPhrase | undefined;
}

function readHead(key: string): NameHead {
  const tokens = new HeadTokens(key);
  const start = skipHeadWords(tokens);
  const school = readSchool(tokens, start);
  const unit = school.codes.length > 0 ? undefined : findUnit(tokens, start);
  return { tokens, start, school, unit };
}

/** `TT` after the Party level: the name may be a town ("thị trấn") as well as a centre ("trung tâm"). */
function mayBeTown(head: NameHead): boolean {
  if (THI_TRAN === undefined) return false;
  if (head.tokens.token(head.start) !== "tt") return false;
  return head.tokens.has(head.start + 1);
}

/** Every plausible reading of a name, most literal first. */
export function readOrgName(name: string): OrgReading[] {
  const key = identityKey(name);
  if (key === "") return [];
  const head = readHead(key);
  const { tokens, start, school, unit } = head;
  const readings: OrgReading[] = [];

  if (school.codes.length > 0) {
    readings.push({ unit: schoolUnit(school.codes), kind: schoolKind(school.codes), proper: properOf(tokens, school.next) });
    return readings;
  }
  if (unit) {
    readings.push({ unit: unit.unit, kind: unit.kind, proper: properOf(tokens, start + unit.phrase.tokens.length) });
    return readings;
  }
  // `TT` is "thị trấn" before a commune's name and "trung tâm" elsewhere; the organisations decide which.
  readings.push({ unit: null, kind: null, proper: properOf(tokens, start) });
  if (THI_TRAN && mayBeTown(head)) {
    const townReading = { unit: THI_TRAN.unit, kind: THI_TRAN.kind, proper: properOf(tokens, start + 1) };
    // After a Party level (`ĐB TT …`) the commune reading is the likelier one, so it names the kind.
    if (start > 0) readings.unshift(townReading);
    else readings.push(townReading);
  }
  return readings;
}

/** The key under which a reading is indexed: unit and proper name together. */
export function readingKey(r: OrgReading): string {
  return `${r.unit ?? "-"}|${r.proper}`;
}

/** The kind a read head states; may look further into its tokens (mayBeTown). */
function headKind(head: NameHead): OrgKind | null {
  if (head.school.codes.length > 0) return schoolKind(head.school.codes);
  if (head.unit) return head.unit.kind;
  return THI_TRAN && head.start > 0 && mayBeTown(head) ? THI_TRAN.kind : null;
}

/**
 * Kinds already read, by the tokens their reading looked at (joined by spaces, a prefix of the
 * identity key): a reading that looked only at positions below its head's `tokens.reach` goes the same way for every
 * key that begins with those tokens, so one reading answers all of them. `OPEN_HEADS` holds those;
 * a reading that looked past the key's last token (it depended on where the name ends, as "Đảng
 * bộ TT" does) is kept under the whole key in `CLOSED_HEADS`. Issue #16: reading a head cost about
 * 4 µs a name; the 10,000 rows of a table begin with a handful of heads ("chi bộ thôn", "xã").
 * Bounded as the text memos are: emptied when full, long keys not kept.
 */
const OPEN_HEADS = new Map<string, OrgKind | null>();
const CLOSED_HEADS = new Map<string, OrgKind | null>();
const HEAD_CACHE_LIMIT = 10_000;
const HEAD_KEY_LIMIT = 256;

/**
 * The same kinds by the name as written, for plain names (ASCII and precomposed Vietnamese): the
 * key of a plain name's beginning up to a space is the beginning of its key, a whole number of
 * tokens (a space ends every token, and each plain character's share of the key is its own), so a
 * kind read from the first `reach` tokens is kept under the shortest beginning of the name, up to
 * a space, whose key holds them, and answers every plain name that is that beginning or begins with
 * it and a space, without keying the name at all (issue #16: the key cost about 3 µs a name).
 */
const RAW_HEADS = new Map<string, OrgKind | null>();

function rawHeadKind(name: string): OrgKind | null | undefined {
  for (let space = name.indexOf(" "); space >= 0; space = name.indexOf(" ", space + 1)) {
    const known = RAW_HEADS.get(name.slice(0, space));
    if (known !== undefined) return known;
  }
  return RAW_HEADS.get(name);
}

/** Keeps `kind`, read from the first `looked` tokens of the plain name's key, under the name's shortest beginning that holds them. */
function keepRawHead(name: string, looked: number, kind: OrgKind | null): void {
  if (RAW_HEADS.size >= HEAD_CACHE_LIMIT) RAW_HEADS.clear();
  for (let end = name.indexOf(" "); ; end = name.indexOf(" ", end + 1)) {
    const head = end < 0 ? name : name.slice(0, end);
    const key = plainIdentityKey(head) ?? "";
    let tokens = key === "" ? 0 : 1;
    for (let i = key.indexOf(" "); i >= 0; i = key.indexOf(" ", i + 1)) tokens++;
    if (tokens >= looked) {
      RAW_HEADS.set(head, kind);
      return;
    }
    if (end < 0) return;
  }
}

/** statedKind without the cache: for the tests that hold the cached answers equal to a reading. */
export function statedKindUncached(name: string): OrgKind | null {
  const key = identityKey(name);
  return key === "" ? null : headKind(readHead(key));
}

/** The kind a name states at its head, if any (`Chi bộ thôn … xã …` is a village, not a commune). */
export function statedKind(name: string): OrgKind | null {
  // readOrgName(name)[0]?.kind without the proper names, which the kind does not need: every row's kind is asked (issue #16).
  const plain = name.length <= HEAD_KEY_LIMIT && isPlainText(name);
  if (plain) {
    const known = rawHeadKind(name);
    if (known !== undefined) return known;
  }
  const key = identityKey(name);
  if (key === "") return null;
  if (key.length > HEAD_KEY_LIMIT) return headKind(readHead(key));
  const [kind, looked] = keyedHeadKind(key);
  if (plain && looked !== null) keepRawHead(name, looked, kind);
  return kind;
}

/** The kind of a key, and how many of its tokens decided it (null when its end did too). */
function keyedHeadKind(key: string): [OrgKind | null, number | null] {
  let tokens = 1;
  for (let space = key.indexOf(" "); space >= 0; space = key.indexOf(" ", space + 1), tokens++) {
    const known = OPEN_HEADS.get(key.slice(0, space));
    if (known !== undefined) return [known, tokens];
  }
  // A cached kind may be null: only undefined means "not cached".
  const whole = OPEN_HEADS.get(key);
  if (whole !== undefined) return [whole, tokens];
  const closed = CLOSED_HEADS.get(key);
  if (closed !== undefined) return [closed, null];
  const head = readHead(key);
  const kind = headKind(head);
  if (OPEN_HEADS.size + CLOSED_HEADS.size >= HEAD_CACHE_LIMIT) {
    OPEN_HEADS.clear();
    CLOSED_HEADS.clear();
  }
  // Read after headKind, which may have looked further than readHead did.
  const looked = head.tokens.reach;
  // Where the first `looked` tokens of the key end; -1 when the reading looked past its last token.
  let end = -1;
  for (let i = 0, seen = 0; i <= key.length; i++) {
    if (i < key.length && key.charCodeAt(i) !== 0x20) continue;
    if (++seen === looked) {
      end = i;
      break;
    }
  }
  if (end < 0) {
    CLOSED_HEADS.set(key, kind);
    return [kind, null];
  }
  OPEN_HEADS.set(key.slice(0, end), kind);
  return [kind, looked];
}

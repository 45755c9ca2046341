/**
 * Recognising table headers by meaning rather than by exact spelling: staff
 * type "STT", "Số TT" or "TT", with or without diacritics, in any case, on one
 * line or two. Shared with the report engine for log tables.
 */
import { cellAt, colSpan, displayText, rowSpan, type Grid } from "../grid";
import { foldKey } from "../text/normalize";
import { plainHeaderKey } from "../text/plain";

/**
 * A header synonym. A string matches a header whose key (see headerKey) equals
 * the string's own key, spaces ignored; a RegExp is tested against the header's key.
 */
export type HeaderPattern = string | RegExp;

export interface ColumnSpec<K extends string> {
  readonly key: K;
  readonly synonyms: readonly HeaderPattern[];
  /** A row is a header row only when every required column is found in it. */
  readonly required?: boolean;
}

/** Sheet column index (zero-based) of each recognised column. */
export type ColumnMap<K extends string> = { readonly [P in K]?: number };

export interface HeaderRowMatch<K extends string> {
  /** Zero-based sheet row of the header. */
  readonly row: number;
  readonly columns: ColumnMap<K>;
}

const HEADER_KEY_CACHE_LIMIT = 20000;
const headerKeys = new Map<string, string>();

/**
 * The comparison key of a header or keyword: no diacritics, `đ` → `d`,
 * lower case, punctuation and line breaks as single spaces. "Số TT:" → "so tt".
 */
export function headerKey(text: string): string {
  // Plain text (ASCII and precomposed Vietnamese letters) takes one pass and no cache entry.
  const plain = plainHeaderKey(text);
  if (plain !== null) return plain;
  let key = headerKeys.get(text);
  // Stryker disable next-line ConditionalExpression: only the cache; a key folded again is the same key
  if (key === undefined) {
    key = foldKey(text)
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
    // A sheet repeats few distinct strings (issue #16): each is folded once; the bound keeps a huge sheet from growing it without end.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: only the cache's bound; a key folded again is the same key
    if (headerKeys.size >= HEADER_KEY_CACHE_LIMIT) headerKeys.clear();
    headerKeys.set(text, key);
  }
  return key;
}

const isAsciiAlnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** Đ, đ and the look-alike eth Ð, ð: foldKey makes each of them `d`. */
const D_LETTERS = new Set([0x0110, 0x0111, 0x00d0, 0x00f0]);

/**
 * The first character of `headerKey(text)` ("" when the key is empty), found
 * without folding the whole text: the key keeps only ASCII letters and digits,
 * and each character contributes the base letter of its decomposition (`Ổ` →
 * `o`), `d` for Đ/đ, or nothing. Lets a caller rule out every cell whose key
 * cannot start a keyword before paying for the key (issue #16: each cell of a
 * 10,000-row table is asked whether it is a total label).
 */
export function headerKeyInitial(text: string): string {
  // By code point with an index, not for…of: the string iterator made a string per character and was
  // a tenth of the table search (issue #16: 18 M of 3,628 M instructions, about 2 ms, in the 10,000-row check).
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    i += cp > 0xffff ? 2 : 1;
    if (cp < 0x80) {
      if (isAsciiAlnum(cp)) return String.fromCharCode(cp).toLowerCase();
      continue;
    }
    if (D_LETTERS.has(cp)) return "d";
    const base = String.fromCodePoint(cp).normalize("NFD").charCodeAt(0);
    if (base < 0x80 && isAsciiAlnum(base)) return String.fromCharCode(base).toLowerCase();
  }
  return "";
}

/** Synonym keys are few and reused for every cell of every sheet: fold each once. */
const compactSynonymKeys = new Map<string, string>();
function compactSynonymKey(synonym: string): string {
  let key = compactSynonymKeys.get(synonym);
  // Stryker disable next-line ConditionalExpression: only the cache; a synonym folded again gives the same key
  if (key === undefined) {
    key = headerKey(synonym).replace(/ /g, "");
    compactSynonymKeys.set(synonym, key);
  }
  return key;
}

/**
 * Memo tables keyed by a cell's raw text. A sheet repeats few distinct strings, and
 * the same headers, month labels and small counts recur in every file of a batch,
 * while each header search asks every cell of its first rows against the specs of
 * every reader (reports, templates, registers, branch lists): answering each
 * distinct text once per synonym list or spec list is what makes header search
 * cheap per file (issue #16). Bounded small, since the memos keep the texts they
 * were asked (a few hundred distinct header texts recur; names and notes churn),
 * and long texts are not kept at all.
 */
const MEMO_LIMIT = 4096;
const MEMO_MAX_LENGTH = 256;
function remember<V>(memo: Map<string, V>, text: string, value: V): V {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: only which answers are kept; an answer not kept is computed again, the same
  if (text.length > MEMO_MAX_LENGTH) return value;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: only the memo's bound; an answer dropped is computed again, the same
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, value);
  return value;
}

/**
 * A synonym list's string keys as one set: each header cell is tried against
 * every list of every reader in turn, so a lookup replaces a walk over the
 * strings. Lists with a stateful (g/y) RegExp keep the walk, whose order their
 * state depends on, and no memo (the same text may answer differently).
 */
interface CompiledSynonyms {
  readonly compactKeys: ReadonlySet<string>;
  readonly patterns: readonly RegExp[];
  /** matchHeader's answer for each text already asked. */
  readonly answers: Map<string, boolean>;
}
const compiledSynonyms = new WeakMap<readonly HeaderPattern[], CompiledSynonyms | null>();
function compiled(synonyms: readonly HeaderPattern[]): CompiledSynonyms | null {
  let c = compiledSynonyms.get(synonyms);
  if (c === undefined) {
    const patterns = synonyms.filter((s): s is RegExp => typeof s !== "string");
    c = patterns.some((p) => p.global || p.sticky)
      ? null
      : { compactKeys: new Set(synonyms.filter((s): s is string => typeof s === "string").map(compactSynonymKey)), patterns, answers: new Map() };
    compiledSynonyms.set(synonyms, c);
  }
  return c;
}

function matchCompiled(text: string, c: CompiledSynonyms): boolean {
  const known = c.answers.get(text);
  // Stryker disable next-line ConditionalExpression: only the memo (of lists without a stateful RegExp); the answer computed again is the same
  if (known !== undefined) return known;
  const key = headerKey(text);
  if (key === "") return remember(c.answers, text, false);
  // Strings compare without spaces too, so "S.T.T" reads as "STT" and "Tên TCCS Đảng" as "Tên TCCSĐ".
  const compact = key.includes(" ") ? key.replace(/ /g, "") : key;
  return remember(c.answers, text, c.compactKeys.has(compact) || c.patterns.some((p) => p.test(key)));
}

export function matchHeader(text: string, synonyms: readonly HeaderPattern[]): boolean {
  const c = compiled(synonyms);
  if (c !== null) return matchCompiled(text, c);
  const key = headerKey(text);
  if (key === "") return false;
  const compact = key.replace(/ /g, "");
  return synonyms.some((s) => (typeof s === "string" ? compactSynonymKey(s) === compact : s.test(key)));
}

/**
 * For one spec list, the indices of the specs each text matches, in order (most
 * texts match none): mapHeaderRow then only walks those. Null for a list with a
 * stateful RegExp, which is asked cell by cell as before.
 */
const NO_SPECS: readonly number[] = Object.freeze([]);
const specMatches = new WeakMap<readonly ColumnSpec<string>[], Map<string, readonly number[]> | null>();
function specMemo(specs: readonly ColumnSpec<string>[]): Map<string, readonly number[]> | null {
  let memo = specMatches.get(specs);
  if (memo === undefined) {
    memo = specs.every((s) => compiled(s.synonyms) !== null) ? new Map() : null;
    specMatches.set(specs, memo);
  }
  return memo;
}
function matchingSpecs(text: string, specs: readonly ColumnSpec<string>[], memo: Map<string, readonly number[]>): readonly number[] {
  const known = memo.get(text);
  // Stryker disable next-line ConditionalExpression: only the memo (of lists without a stateful RegExp); the answer computed again is the same
  if (known !== undefined) return known;
  let found: number[] | null = null;
  // Stryker disable next-line ConditionalExpression,MethodExpression,StringLiteral: a blank text's key is "", which matchHeader never matches; this only skips asking
  if (text.trim() !== "") {
    for (let i = 0; i < specs.length; i++) {
      if (matchHeader(text, (specs[i] as ColumnSpec<string>).synonyms)) (found ??= []).push(i);
    }
  }
  return remember(memo, text, found ?? NO_SPECS);
}

/**
 * Maps the cells of one row to columns. Each cell is claimed by the first spec
 * (in the order given) it matches, and each spec takes the leftmost cell, so
 * put the more specific specs first.
 */
export function mapHeaderRow<K extends string>(grid: Grid, row: number, specs: readonly ColumnSpec<K>[]): ColumnMap<K> {
  return mapRow(grid, row, specs, colSpan(grid));
}

/** mapHeaderRow with the grid's columns given: colSpan walks every row, and a header search asks row after row. */
function mapRow<K extends string>(grid: Grid, row: number, specs: readonly ColumnSpec<K>[], cols: { first: number; last: number }): ColumnMap<K> {
  const out: { [P in K]?: number } = {};
  const memo = specMemo(specs);
  for (let col = cols.first; col <= cols.last; col++) {
    const text = displayText(cellAt(grid, row, col));
    if (memo !== null) {
      for (const i of matchingSpecs(text, specs, memo)) {
        const key = (specs[i] as ColumnSpec<K>).key;
        if (out[key] !== undefined) continue;
        out[key] = col;
        break;
      }
      continue;
    }
    if (text.trim() === "") continue;
    for (const spec of specs) {
      if (out[spec.key] !== undefined) continue;
      if (matchHeader(text, spec.synonyms)) {
        out[spec.key] = col;
        break;
      }
    }
  }
  return out;
}

export function hasRequiredColumns<K extends string>(columns: ColumnMap<K>, specs: readonly ColumnSpec<K>[]): boolean {
  return specs.every((s) => !s.required || columns[s.key] !== undefined);
}

/** The first row, top to bottom, that carries every required column; null when none does. */
export function findHeaderRow<K extends string>(
  grid: Grid,
  specs: readonly ColumnSpec<K>[],
  options: { readonly firstRow?: number; readonly lastRow?: number } = {},
): HeaderRowMatch<K> | null {
  const span = rowSpan(grid);
  const first = Math.max(span.first, options.firstRow ?? span.first);
  const last = Math.min(span.last, options.lastRow ?? span.last);
  const cols = colSpan(grid);
  for (let row = first; row <= last; row++) {
    const columns = mapRow(grid, row, specs, cols);
    if (hasRequiredColumns(columns, specs)) return { row, columns };
  }
  return null;
}

export const STT_HEADERS: readonly HeaderPattern[] = ["STT", "TT", "Số TT", "Số thứ tự", "Thứ tự"];

export const ORGANIZATION_HEADERS: readonly HeaderPattern[] = [
  "TCCSĐ",
  "Tên TCCSĐ",
  "TCCS Đảng",
  "Tổ chức cơ sở đảng",
  "Tên tổ chức cơ sở đảng",
  "Tổ chức đảng",
  "Tên tổ chức đảng",
  "Đơn vị",
  "Tên đơn vị",
  "Chi bộ, đảng bộ",
  "Chi, đảng bộ",
  "Chi bộ, đảng bộ cơ sở",
  "Tên chi bộ, đảng bộ",
  "Chi bộ",
  "Tên chi bộ",
  "Chi bộ trực thuộc",
  "Đảng bộ trực thuộc",
  "Chi, đảng bộ trực thuộc",
  "Chi bộ, đảng bộ trực thuộc",
  "Tên đảng bộ",
  "Đảng bộ",
  "Đảng bộ, chi bộ",
  "Đơn vị trực thuộc",
];

/** "CHỈ TIÊU", "Chỉ tiêu năm 2025" (any year), "Chỉ tiêu kết nạp", "Chỉ tiêu kết nạp đảng viên mới năm 2026"… */
export const QUOTA_HEADERS: readonly HeaderPattern[] = [
  /^chi tieu( nam \d{4}| ket nap| phat trien| dang vien| moi| duoc giao| giao| phan bo)*$/,
  /^chi tieu (ket nap|phat trien) dang( vien)?( moi)?( nam \d{4})?$/,
  /^(giao chi tieu|chi tieu giao|so luong|so luong (chi tieu|ket nap|giao)|so ket nap)( nam \d{4})?$/,
];

/** "Số đảng viên", "Số ĐV", "Tổng số ĐV": the size of each chi bộ, never its quota. */
export const MEMBERS_HEADERS: readonly HeaderPattern[] = [/^(tong )?so (luong )?(dang vien|dv)( hien co| hien nay| hien tai)?$/, "Đảng viên", "ĐV"];

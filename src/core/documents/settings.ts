/**
 * Document settings: what a Party document needs around the figures (who issues
 * it, its number symbol, place and date, who signs, who receives it). One object
 * for every host: the CLI reads it from `--settings FILE.json` and options, the
 * pane keeps it per workbook, the browser edition per opened allocation — all as
 * the JSON of `serialiseDocumentSettings`.
 *
 * Neutral defaults on purpose: committees at commune, province and (formerly)
 * district level all use these reports, so nothing names one of them until the user does.
 */
import { makeFinding, type Finding } from "../findings";
import { parseIsoDate, type CalendarDate } from "../register/dates";
import { SETTINGS_MESSAGES } from "./messages";

export const SIGNING_AUTHORITIES = ["T/M", "K/T", "T/L", ""] as const;
/** "T/M" on behalf of a collective body, "K/T" signing for its head, "T/L" by order; "" signs in one's own name. */
export type SigningAuthority = (typeof SIGNING_AUTHORITIES)[number];

export interface Signatory {
  readonly authority: SigningAuthority;
  /** What follows the authority: "BAN THƯỜNG VỤ", "TRƯỞNG BAN"; "" takes the issuing body's own line. */
  readonly onBehalfOf: string;
  /** The signer's title: "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "BÍ THƯ"; "" guesses it from the issuing body. */
  readonly title: string;
  /** Full name under the signature; "" leaves it to write by hand. */
  readonly name: string;
}

export interface DocumentSettings {
  /** The body above the issuer, printed plain above it (e.g. "ĐẢNG BỘ TỈNH LÂM ĐỒNG"); "" for none. */
  readonly superiorBody: string;
  /**
   * The issuing body, top line first: ["ĐẢNG ỦY XÃ KA ĐÔ", "BAN XÂY DỰNG ĐẢNG"]. The
   * last line is the issuer itself (bold), lines above it the committee it belongs to.
   */
  readonly issuingBody: readonly string[];
  /** After "Số …-" on the number line, e.g. "BC/BTCTU", "BC/BXDĐ"; "" derives "BC/" + the initials of the issuer's line. */
  readonly symbol: string;
  readonly place: string;
  /** `YYYY-MM-DD`; null dates the report on the last day of the reported month (never the day it is generated). */
  readonly reportDate: string | null;
  readonly signatory: Signatory;
  /** The "Nơi nhận" list, each line as printed. */
  readonly recipients: readonly string[];
  /** The day of the month reports are due ("trước ngày 05 hằng tháng"). */
  readonly deadlineDay: number;
}

export const DEFAULT_RECIPIENTS: readonly string[] = ["- Ban Tổ chức Tỉnh ủy (b/c);", "- Các tổ chức cơ sở đảng;", "- Lưu."];

export const DEFAULT_DOCUMENT_SETTINGS: DocumentSettings = {
  superiorBody: "",
  issuingBody: ["BAN TỔ CHỨC"],
  symbol: "",
  place: "",
  reportDate: null,
  signatory: { authority: "T/M", onBehalfOf: "", title: "", name: "" },
  recipients: DEFAULT_RECIPIENTS,
  deadlineDay: 5,
};

/** The storage key of the serialised settings (Excel workbook settings, browser localStorage per allocation). */
export const DOCUMENT_SETTINGS_KEY = "ptdv.documentSettings";

/** The issuer's own line: the last line of the issuing body. */
export function issuerLine(s: Pick<DocumentSettings, "issuingBody">): string {
  const lines = s.issuingBody.filter((l) => l.trim() !== "");
  return lines[lines.length - 1] ?? "";
}

/**
 * The committee that made a report: the first line of the issuing body
 * ("ĐẢNG ỦY XÃ KA ĐÔ" of "ĐẢNG ỦY XÃ KA ĐÔ / BAN XÂY DỰNG ĐẢNG").
 */
export function reportingCommittee(s: Pick<DocumentSettings, "issuingBody">): string {
  return s.issuingBody.find((l) => l.trim() !== "")?.trim() ?? "";
}

/**
 * Initials of the issuer's line: "BAN TỔ CHỨC" → "BTC", "ỦY BAN KIỂM TRA" → "UBKT".
 * Number symbols drop tone and vowel marks but keep Đ, a letter of its own (not U+0044 with a mark).
 */
function initials(line: string): string {
  return (line.match(/\S+/gu) ?? []).map((w) => w.charAt(0).normalize("NFD").replace(/\p{M}/gu, "").toLocaleUpperCase("vi")).join("");
}

/** "BC/BTC" from the settings, derived from the issuer's line when no symbol is set. */
export function documentSymbol(s: Pick<DocumentSettings, "issuingBody" | "symbol">): string {
  if (s.symbol.trim() !== "") return s.symbol.trim();
  const i = initials(issuerLine(s));
  return `BC/${i === "" ? "……" : i}`;
}

/** The signature block's lines above the signature space, and the name under it. */
export function signatureLines(s: Pick<DocumentSettings, "issuingBody" | "signatory">): { readonly above: readonly string[]; readonly name: string } {
  const sig = s.signatory;
  const own = issuerLine(s).trim().toLocaleUpperCase("vi");
  const guessedTitle = /^BAN\b/u.test(own) ? "TRƯỞNG BAN" : /ỦY\b/u.test(own) ? "BÍ THƯ" : "";
  const title = (sig.title.trim() || guessedTitle).toLocaleUpperCase("vi");
  const above: string[] = [];
  if (sig.authority !== "") {
    // T/M signs for the body itself; K/T and T/L sign for its head, whose title is guessed from the body, never the signer's own.
    const of = (sig.onBehalfOf.trim() || (sig.authority === "T/M" ? own : guessedTitle)).toLocaleUpperCase("vi");
    above.push(`${sig.authority} ${of}`.trim());
  }
  if (title !== "") above.push(title);
  return { above, name: sig.name.trim() };
}

/** The report's date: the setting, or the last day of the reported month. */
export function reportDateOf(s: Pick<DocumentSettings, "reportDate">, year: number, month: number): CalendarDate {
  const parsed = s.reportDate === null ? null : parseIsoDate(s.reportDate);
  if (parsed) return parsed;
  return { year, month, day: new Date(Date.UTC(year, month, 0)).getUTCDate() };
}

/** "Ka Đô, ngày 30 tháng 4 năm 2025"; days below 10 take a leading zero as in Party documents ("ngày 05"). */
export function placeAndDateLine(place: string, date: CalendarDate | null, year: number): string {
  const where = place.trim() === "" ? "…………" : place.trim();
  if (date === null) return `${where}, ngày      tháng      năm ${year}`;
  const two = (n: number): string => (n < 10 ? `0${n}` : String(n));
  // 36-HD writes days and months 1–2 (January, February) with a leading zero.
  return `${where}, ngày ${two(date.day)} tháng ${date.month <= 2 ? two(date.month) : date.month} năm ${date.year}`;
}

/** "trước ngày 05 hằng tháng". */
export function deadlinePhrase(day: number): string {
  return `trước ngày ${day < 10 ? `0${day}` : day} hằng tháng`;
}

// ---------------------------------------------------------------- JSON

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const FIELDS = ["superiorBody", "issuingBody", "symbol", "place", "reportDate", "signatory", "recipients", "deadlineDay"] as const;
const SIGNATORY_FIELDS = ["authority", "onBehalfOf", "title", "name"] as const;

const EXPECT = {
  text: { expected: "một chuỗi văn bản", expectedEn: "a string" },
  lines: { expected: "một chuỗi hoặc danh sách chuỗi", expectedEn: "a string or a list of strings" },
  date: { expected: "ngày dạng YYYY-MM-DD hoặc null", expectedEn: "a date as YYYY-MM-DD or null" },
  day: { expected: "số nguyên từ 1 đến 28", expectedEn: "a whole number from 1 to 28" },
  authority: { expected: '"T/M", "K/T", "T/L" hoặc ""', expectedEn: '"T/M", "K/T", "T/L" or ""' },
  object: { expected: "một đối tượng { authority, onBehalfOf, title, name }", expectedEn: "an object { authority, onBehalfOf, title, name }" },
} as const;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Number.isInteger as a type guard. */
function isWholeNumber(v: unknown): v is number {
  return Number.isInteger(v);
}

/** Control characters never reach a cell or a paragraph. */
function clean(s: string): string {
  return Array.from(s, (ch) => {
    const c = ch.charCodeAt(0);
    return c < 32 || c === 127 ? " " : ch;
  })
    .join("")
    .normalize("NFC");
}

function lines(v: unknown): string[] | null {
  if (typeof v === "string") return v.split(/\r?\n|\s*\/\s*/).map((l) => clean(l).trim()).filter((l) => l !== "");
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return (v as string[]).map((l) => clean(l).trim()).filter((l) => l !== "");
  return null;
}

/**
 * Settings from JSON text (or an already-parsed value). Every field is optional;
 * a bad field keeps its default and yields a finding, so a typo never stops a report.
 */
export function parseDocumentSettings(json: unknown, base: DocumentSettings = DEFAULT_DOCUMENT_SETTINGS): { settings: DocumentSettings; problems: Finding[] } {
  const problems: Finding[] = [];
  let value: unknown = json;
  if (typeof json === "string") {
    try {
      value = JSON.parse(json);
    } catch (e) {
      problems.push(makeFinding(SETTINGS_MESSAGES, "SETTINGS_NOT_JSON", {}, { detail: e instanceof Error ? e.message.slice(0, 120) : "?" }));
      return { settings: base, problems };
    }
  }
  if (!isRecord(value)) {
    problems.push(makeFinding(SETTINGS_MESSAGES, "SETTINGS_NOT_OBJECT", {}));
    return { settings: base, problems };
  }
  const out: Mutable<DocumentSettings> = { ...base };
  const invalid = (field: string, e: { expected: string; expectedEn: string }): void => {
    problems.push(makeFinding(SETTINGS_MESSAGES, "SETTINGS_FIELD_INVALID", {}, { field, ...e }));
  };
  for (const key of Object.keys(value)) {
    if (!(FIELDS as readonly string[]).includes(key)) problems.push(makeFinding(SETTINGS_MESSAGES, "SETTINGS_FIELD_UNKNOWN", {}, { field: key }));
  }
  const text = (key: "superiorBody" | "symbol" | "place"): void => {
    const v = value[key];
    if (v === undefined) return;
    if (typeof v === "string") out[key] = clean(v).trim();
    else invalid(key, EXPECT.text);
  };
  text("superiorBody");
  text("symbol");
  text("place");
  if (value.issuingBody !== undefined) {
    const l = lines(value.issuingBody);
    if (l && l.length > 0) out.issuingBody = l;
    else invalid("issuingBody", EXPECT.lines);
  }
  if (value.recipients !== undefined) {
    const l = Array.isArray(value.recipients) || typeof value.recipients !== "string" ? lines(value.recipients) : value.recipients.split(/\r?\n/).map((x) => clean(x).trim()).filter((x) => x !== "");
    if (l) out.recipients = l;
    else invalid("recipients", EXPECT.lines);
  }
  if (value.reportDate !== undefined) {
    const v = value.reportDate;
    if (v === null || v === "") out.reportDate = null;
    else if (typeof v === "string" && parseIsoDate(v)) out.reportDate = v.trim();
    else invalid("reportDate", EXPECT.date);
  }
  if (value.deadlineDay !== undefined) {
    const v = value.deadlineDay;
    const n = typeof v === "string" && /^\d{1,2}$/.test(v.trim()) ? Number(v) : v;
    if (isWholeNumber(n) && n >= 1 && n <= 28) out.deadlineDay = n;
    else invalid("deadlineDay", EXPECT.day);
  }
  if (value.signatory !== undefined) {
    const v = value.signatory;
    if (!isRecord(v)) invalid("signatory", EXPECT.object);
    else {
      const sig: Mutable<Signatory> = { ...base.signatory };
      for (const key of Object.keys(v)) {
        if (!(SIGNATORY_FIELDS as readonly string[]).includes(key)) problems.push(makeFinding(SETTINGS_MESSAGES, "SETTINGS_FIELD_UNKNOWN", {}, { field: `signatory.${key}` }));
      }
      const a = v.authority;
      if (a !== undefined) {
        const known = SIGNING_AUTHORITIES.find((x) => typeof a === "string" && x === a.trim().toUpperCase());
        if (known !== undefined) sig.authority = known;
        else invalid("signatory.authority", EXPECT.authority);
      }
      for (const key of ["onBehalfOf", "title", "name"] as const) {
        const f = v[key];
        if (f === undefined) continue;
        if (typeof f === "string") sig[key] = clean(f).trim();
        else invalid(`signatory.${key}`, EXPECT.text);
      }
      out.signatory = sig;
    }
  }
  return { settings: out, problems };
}

/** The stored and `--settings` form: every field, in a fixed order, pretty-printed. */
export function serialiseDocumentSettings(s: DocumentSettings): string {
  const ordered = {
    superiorBody: s.superiorBody,
    issuingBody: [...s.issuingBody],
    symbol: s.symbol,
    place: s.place,
    reportDate: s.reportDate,
    signatory: { authority: s.signatory.authority, onBehalfOf: s.signatory.onBehalfOf, title: s.signatory.title, name: s.signatory.name },
    recipients: [...s.recipients],
    deadlineDay: s.deadlineDay,
  };
  return JSON.stringify(ordered, null, 2) + "\n";
}

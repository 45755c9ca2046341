/**
 * The text Excel would display for a number under a format code, for the
 * formats allocation tables really use: `00` (STT 01, 02 …), `0`, `#,##0`,
 * `0.0`, `0%`, `@`, literal prefixes/suffixes and dd/mm/yyyy dates. Numbers are
 * shown with invariant separators (`1,234.5`); the engine reads the value,
 * the text only matters for what was typed (leading zeros).
 * Returns undefined for codes outside that subset (fractions, odd literals
 * between digits) so callers fall back to a plain rendering rather than guess.
 */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const DAYS_LONG = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Excel's "General": integers as typed, other numbers to about 11 significant digits. */
export function formatGeneral(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) return value.toExponential(5).replace(/\.?0+e/, "e").toUpperCase();
  return String(Number(value.toPrecision(11)));
}

/** Splits on `;` outside quotes and escapes. */
function sections(code: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i] as string;
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === "\\" && i + 1 < code.length) {
      cur += ch + (code[++i] as string);
      continue;
    }
    if (!quoted && ch === ";") {
      out.push(cur);
      cur = "";
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

interface Token {
  readonly literal: boolean;
  readonly text: string;
}

/** Literal text (quoted, escaped, locale currency) apart from format characters; colours and conditions dropped. */
function tokenize(section: string): Token[] | undefined {
  const tokens: Token[] = [];
  const lit = (text: string): void => {
    tokens.push({ literal: true, text });
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i] as string;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      if (end < 0) return undefined;
      lit(section.slice(i + 1, end));
      i = end;
    } else if (ch === "\\") {
      lit(section[i + 1] ?? "");
      i++;
    } else if (ch === "_") {
      lit(" ");
      i++;
    } else if (ch === "*") {
      i++;
    } else if (ch === "[") {
      const end = section.indexOf("]", i + 1);
      if (end < 0) return undefined;
      const inner = section.slice(i + 1, end);
      // [$₫-42A] shows "₫"; [Red], [>=100], [$-409] show nothing.
      if (inner.startsWith("$")) lit(inner.slice(1).split("-")[0] ?? "");
      // Elapsed time ([h]) and conditions ([>=100]) choose sections in ways outside the subset.
      else if (/^h+$|^m+$|^s+$/i.test(inner) || /^[<>=]/.test(inner)) return undefined;
      i = end;
    } else {
      tokens.push({ literal: false, text: ch });
    }
  }
  return tokens;
}

const DATE_CHARS = /[dmyhsDMYHS]/;

function isDateSection(tokens: readonly Token[]): boolean {
  return tokens.some((t) => !t.literal && DATE_CHARS.test(t.text)) && !tokens.some((t) => !t.literal && /[0#?]/.test(t.text));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function formatDate(date: Date, tokens: readonly Token[]): string | undefined {
  // Group runs of the same letter: "dd", "mmm", "yyyy".
  const runs: Array<{ literal: boolean; text: string }> = [];
  for (const t of tokens) {
    const last = runs[runs.length - 1];
    if (!t.literal && last && !last.literal && last.text[0]?.toLowerCase() === t.text.toLowerCase()) last.text += t.text;
    else runs.push({ literal: t.literal, text: t.text });
  }
  const hasAmPm = runs.some((r) => !r.literal && /^a/i.test(r.text));
  const parts: string[] = [];
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i] as { literal: boolean; text: string };
    if (r.literal) {
      parts.push(r.text);
      continue;
    }
    const k = r.text.toLowerCase();
    const n = r.text.length;
    if (k[0] === "a") {
      // "AM/PM" arrives as letters a, M, /, P, M; consume the rest.
      const rest = runs.slice(i).map((x) => x.text).join("");
      const m = /^(am\/pm|a\/p)/i.exec(rest);
      if (!m) return undefined;
      parts.push(date.getUTCHours() < 12 ? (m[1]?.length === 5 ? "AM" : "A") : m[1]?.length === 5 ? "PM" : "P");
      let consumed = m[1]?.length ?? 0;
      while (consumed > 0 && i < runs.length) {
        consumed -= (runs[i] as { text: string }).text.length;
        if (consumed > 0) i++;
      }
      continue;
    }
    const prevTime = runs.slice(0, i).reverse().find((x) => !x.literal && /[a-z]/i.test(x.text));
    const nextTime = runs.slice(i + 1).find((x) => !x.literal && /[a-z]/i.test(x.text));
    switch (k[0]) {
      case "y":
        parts.push(n <= 2 ? pad(date.getUTCFullYear() % 100, 2) : String(date.getUTCFullYear()));
        break;
      case "d":
        if (n === 1) parts.push(String(date.getUTCDate()));
        else if (n === 2) parts.push(pad(date.getUTCDate(), 2));
        else parts.push((n === 3 ? DAYS : DAYS_LONG)[date.getUTCDay()] ?? "");
        break;
      case "m": {
        const minutes = (prevTime && /^h/i.test(prevTime.text)) || (nextTime && /^s/i.test(nextTime.text));
        if (minutes && n <= 2) parts.push(n === 1 ? String(date.getUTCMinutes()) : pad(date.getUTCMinutes(), 2));
        else if (n === 1) parts.push(String(date.getUTCMonth() + 1));
        else if (n === 2) parts.push(pad(date.getUTCMonth() + 1, 2));
        else if (n === 3) parts.push(MONTHS[date.getUTCMonth()] ?? "");
        else if (n === 5) parts.push((MONTHS[date.getUTCMonth()] ?? "").slice(0, 1));
        else parts.push(MONTHS_LONG[date.getUTCMonth()] ?? "");
        break;
      }
      case "h": {
        let h = date.getUTCHours();
        if (hasAmPm) h = h % 12 === 0 ? 12 : h % 12;
        parts.push(n === 1 ? String(h) : pad(h, 2));
        break;
      }
      case "s":
        parts.push(n === 1 ? String(date.getUTCSeconds()) : pad(date.getUTCSeconds(), 2));
        break;
      default:
        // Separators such as "/", "-", ":", "." and spaces pass through.
        if (/[a-z]/i.test(k)) return undefined;
        parts.push(r.text);
    }
  }
  return parts.join("");
}

/** Excel serial (1900 date system) to a UTC date; ExcelJS already does this for cells it knows are dates. */
export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400 * 1000));
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function formatNumberSection(value: number, tokens: readonly Token[], withMinus: boolean): string | undefined {
  const fmt = tokens.filter((t) => !t.literal).map((t) => t.text);
  const firstPh = tokens.findIndex((t) => !t.literal && /[0#?]/.test(t.text));
  if (firstPh < 0) {
    // No digits at all: the section is pure text, e.g. "-" for zero in accounting formats.
    return tokens.map((t) => (t.literal ? t.text : t.text === "%" ? "%" : t.text)).join("");
  }
  let lastPh = firstPh;
  tokens.forEach((t, i) => {
    if (!t.literal && /[0#?.,]/.test(t.text)) lastPh = i;
  });
  const body = tokens.slice(firstPh, lastPh + 1);
  // Literals between digit placeholders ("000-000") and exponents are outside the subset.
  if (body.some((t) => t.literal || !/[0#?.,]/.test(t.text))) return undefined;
  const bodyText = body.map((t) => t.text).join("");
  const percent = fmt.filter((c) => c === "%").length;
  const [intPartRaw = "", decPart = ""] = bodyText.split(".");
  // Commas right after the last digit placeholder scale by thousands; commas inside the integer part group.
  const scaleCommas = (/,+$/.exec(decPart === "" ? intPartRaw : decPart)?.[0].length ?? 0);
  const intPart = decPart === "" ? intPartRaw.replace(/,+$/, "") : intPartRaw;
  const grouping = intPart.includes(",");
  const minInt = (intPart.match(/0/g) ?? []).length;
  const decClean = decPart.replace(/,/g, "");
  const minDec = (decClean.match(/0/g) ?? []).length;
  const maxDec = decClean.length;

  let v = Math.abs(value) * 100 ** percent / 1000 ** scaleCommas;
  v = Number(v.toFixed(maxDec));
  const fixed = v.toFixed(maxDec);
  let [intDigits = "0", decDigits = ""] = fixed.split(".");
  if (intDigits === "0" && minInt === 0) intDigits = "";
  intDigits = intDigits.padStart(minInt, "0");
  if (grouping) intDigits = groupThousands(intDigits);
  while (decDigits.length > minDec && decDigits.endsWith("0")) decDigits = decDigits.slice(0, -1);
  const number = decDigits === "" ? (bodyText.includes(".") && minDec === 0 && maxDec > 0 ? `${intDigits}.` : intDigits) : `${intDigits}.${decDigits}`;

  const before = tokens.slice(0, firstPh).map((t) => t.text).join("");
  const after = tokens.slice(lastPh + 1).map((t) => t.text).join("");
  const minus = withMinus && value < 0 && Number(fixed) !== 0 ? "-" : "";
  return `${minus}${before}${number === "" ? "0" : number}${after}`;
}

/** The displayed text of `value` under `code`, or undefined when the code is outside the supported subset. */
export function formatNumber(value: number, code: string | undefined): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  if (code === undefined || code === "" || /^general$/i.test(code.trim())) return formatGeneral(value);
  if (code.trim() === "@") return formatGeneral(value);
  const secs = sections(code);
  let section = secs[0] ?? "";
  let withMinus = true;
  if (value < 0 && secs.length >= 2) {
    section = secs[1] ?? "";
    withMinus = false;
  } else if (value === 0 && secs.length >= 3) {
    section = secs[2] ?? "";
  }
  if (/^general$/i.test(section.trim())) return formatGeneral(withMinus ? value : Math.abs(value));
  const tokens = tokenize(section);
  if (!tokens) return undefined;
  if (isDateSection(tokens)) {
    if (value < 0) return undefined;
    return formatDate(serialToDate(value), tokens);
  }
  return formatNumberSection(value, tokens, withMinus);
}

/** The displayed text of a date under `code`; plain dd/mm/yyyy (the Vietnamese order) when the code says nothing usable. */
export function formatDateValue(date: Date, code: string | undefined): string {
  const plain = `${pad(date.getUTCDate(), 2)}/${pad(date.getUTCMonth() + 1, 2)}/${date.getUTCFullYear()}`;
  if (Number.isNaN(date.getTime())) return "";
  if (code === undefined || code === "" || /^general$/i.test(code.trim())) return plain;
  const tokens = tokenize(sections(code)[0] ?? "");
  if (!tokens || !isDateSection(tokens)) return plain;
  return formatDate(date, tokens) ?? plain;
}

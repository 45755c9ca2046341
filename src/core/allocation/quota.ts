/**
 * Reading one quota cell as staff really type it: a number (shown `09` with
 * format `00`), or text in the grammar of quota-grammar.ts (`từ 06`, `01-02`,
 * `1.250`, `03 (01 HS)`, `08 (01 DQTV, 01 DBĐV)`). Parsing never throws; what
 * cannot be read is an "invalid" result.
 */
import { displayText, isCellError, type Cell } from "../grid";
import { parseQuotaGrammar, type QuotaForm, type QuotaGroupItem } from "./quota-grammar";
import { BoundedTextCache } from "../text/memo";

export type QuotaInvalidReason = "notANumber" | "negative" | "fraction" | "errorValue" | "tooLarge" | "uncalculated" | "rangeReversed";

export type QuotaCellParse =
  | { readonly status: "blank"; readonly displayed: string }
  | {
      readonly status: "ok";
      /** The floor: what counts toward the total. */
      readonly quota: number;
      /** The ceiling of a range (`01-02` → 2); equal to quota otherwise. */
      readonly quotaMax: number;
      /** `plain` (`09`), `floor` (`từ 06`, `6 trở lên`) or `range` (`01-02`). */
      readonly form: QuotaForm;
      /** HS count, 0 when the cell has none: the sub-quota the kind rules care about. */
      readonly studentQuota: number;
      /** Canonical group → count, HS included; `{}` for a plain quota. */
      readonly subQuotas: Readonly<Record<string, number>>;
      /** Labels in brackets that are no known group (`03 (01 GV)`). */
      readonly unknownGroups: readonly string[];
      /** What the user sees: a number 9 with format `00` shows as `09`. */
      readonly displayed: string;
      /** The cell holds text, so Excel's SUM skips it (even `03 (01 HS)`). */
      readonly isText: boolean;
      /** The cell holds a plain number typed as text (`"03"`): Excel flags it and SUM skips it. */
      readonly storedAsText: boolean;
    }
  | { readonly status: "invalid"; readonly reason: QuotaInvalidReason; readonly displayed: string };

/** Far beyond any real yearly quota of a grassroots organisation: a typo or a pasted number. */
export const MAX_QUOTA = 100000;

const NO_GROUPS: Readonly<Record<string, number>> = Object.freeze({});

function tooLarge(...values: number[]): boolean {
  return values.some((v) => v > MAX_QUOTA);
}

/**
 * What to quote for a number that is not a quota: the format `00` shows 2.5 as
 * `03`, and "`03` is not a whole number" would make no sense to the user.
 */
function storedNumber(value: number, displayed: string): string {
  const shown = Number(displayed.replace(",", "."));
  return displayed !== "" && shown === value ? displayed : String(value);
}

function parseNumber(value: number, displayed: string): QuotaCellParse {
  // An overflow (a host that read 1.8e308 as Infinity) is a number far too large, not an absent one.
  if (value === Number.POSITIVE_INFINITY) return { status: "invalid", reason: "tooLarge", displayed };
  if (value === Number.NEGATIVE_INFINITY) return { status: "invalid", reason: "negative", displayed };
  if (!Number.isFinite(value)) return { status: "invalid", reason: "notANumber", displayed };
  if (value < 0) return { status: "invalid", reason: "negative", displayed: storedNumber(value, displayed) };
  if (!Number.isInteger(value)) return { status: "invalid", reason: "fraction", displayed: storedNumber(value, displayed) };
  if (tooLarge(value)) return { status: "invalid", reason: "tooLarge", displayed };
  return {
    status: "ok",
    quota: value,
    quotaMax: value,
    form: "plain",
    studentQuota: 0,
    subQuotas: NO_GROUPS,
    unknownGroups: [],
    displayed,
    isText: false,
    storedAsText: false,
  };
}

function collect(groups: readonly QuotaGroupItem[]): { subQuotas: Record<string, number>; unknownGroups: string[] } {
  const subQuotas: Record<string, number> = {};
  const unknownGroups: string[] = [];
  for (const g of groups) {
    subQuotas[g.group] = (subQuotas[g.group] ?? 0) + g.count;
    if (!g.known && !unknownGroups.includes(g.group)) unknownGroups.push(g.group);
  }
  return { subQuotas, unknownGroups };
}

/**
 * A table repeats a handful of quota texts (`03`, `04 (01 HS)`) over thousands of
 * rows (issue #16): each distinct text is read once, and its result (frozen, so no
 * reader can change what the next row gets) serves every row that holds it; bounded
 * like the text keys.
 */
const textParses = new BoundedTextCache<QuotaCellParse>({ maxEntries: 5000, maxKeyLength: 256 });

function frozen(parse: QuotaCellParse): QuotaCellParse {
  if (parse.status === "ok") {
    Object.freeze(parse.subQuotas);
    Object.freeze(parse.unknownGroups);
  }
  return Object.freeze(parse);
}

/** Parses quota text (already the cell's text); `isText` results assume the cell holds text. */
export function parseQuotaText(raw: string): QuotaCellParse {
  return textParses.get(raw, () => frozen(parseQuotaTextUncached(raw)));
}

/**
 * `-0` (any dash the grammar knows, `-00`, `-0,0`) is zero, which is a quota (QUOTA_ZERO warns
 * about it), not a negative number: Excel stores it as 0 when typed into a number cell.
 */
const MINUS_ZERO = /^[-\u2010-\u2014\u2212]\s*0+(?:[.,]0+)?$/u;

function parseQuotaTextUncached(raw: string): QuotaCellParse {
  const displayed = raw.trim();
  const parsed = parseQuotaGrammar(MINUS_ZERO.test(displayed) ? "0" : raw);
  if (!parsed.ok) {
    return parsed.reason === "notANumber" && displayed.replace(/[\s.;,]/g, "") === ""
      ? { status: "blank", displayed }
      : { status: "invalid", reason: parsed.reason, displayed };
  }
  const { subQuotas, unknownGroups } = collect(parsed.groups);
  if (tooLarge(parsed.quota, parsed.quotaMax, ...Object.values(subQuotas))) return { status: "invalid", reason: "tooLarge", displayed };
  return {
    status: "ok",
    quota: parsed.quota,
    quotaMax: parsed.quotaMax,
    form: parsed.form,
    studentQuota: subQuotas["HS"] ?? 0,
    subQuotas,
    unknownGroups,
    displayed,
    isText: true,
    storedAsText: parsed.form === "plain" && parsed.groups.length === 0,
  };
}

export function parseQuotaCell(cell: Cell): QuotaCellParse {
  const v = cell.value;
  const displayed = displayText(cell).trim();
  // Written by a program (openpyxl, a script) and never opened in Excel: the formula has no result yet.
  if (v === null && cell.formula !== undefined) return { status: "invalid", reason: "uncalculated", displayed: `=${cell.formula}` };
  if (v === null) return { status: "blank", displayed };
  if (typeof v === "number") return parseNumber(v, displayed);
  if (typeof v === "string") {
    const parsed = parseQuotaText(v);
    // Keep what Excel shows when the host knows it; otherwise the text itself.
    if (parsed.status === "blank" || displayed === "" || displayed === parsed.displayed) return parsed;
    return { ...parsed, displayed };
  }
  if (isCellError(v)) return { status: "invalid", reason: "errorValue", displayed };
  // Booleans and dates (Excel turns `3/1` into a date) are not quotas.
  return { status: "invalid", reason: "notANumber", displayed };
}

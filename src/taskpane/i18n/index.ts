import type { Lang } from "../../core";
import { en } from "./en";
import { vi } from "./vi";

type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : string;
/** The shape every language provides: the Vietnamese table defines it. */
export type Strings = { readonly [K in keyof typeof vi]: Widen<(typeof vi)[K]> };

const TABLES: Readonly<Record<Lang, Strings>> = { vi, en };

export function strings(lang: Lang): Strings {
  return TABLES[lang];
}

export function isLang(value: unknown): value is Lang {
  return value === "vi" || value === "en";
}

/** Numbers as each language writes them (Vietnamese uses `,` for decimals). */
export function formatNumber(n: number, lang: Lang, digits = 0): string {
  return n.toLocaleString(lang === "vi" ? "vi-VN" : "en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Which language a string table is, for code that only holds the table. */
export function languageOf(table: Strings): Lang {
  return table === TABLES.en ? "en" : "vi";
}

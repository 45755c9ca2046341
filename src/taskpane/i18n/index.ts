import { formatNumber as formatEngineNumber, type Lang } from "../../core";
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

/** Numbers as each language writes them (1.950; 66,7), the engine's way, whatever ICU data the webview ships. */
export function formatNumber(n: number, lang: Lang, digits = 0): string {
  return formatEngineNumber(n, lang, digits);
}

/** Which language a string table is, for code that only holds the table. */
export function languageOf(table: Strings): Lang {
  return table === TABLES.en ? "en" : "vi";
}

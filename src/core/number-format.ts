/**
 * Numbers as each language writes them: Vietnamese groups thousands with `.`
 * and writes decimals with `,` (1.950; 66,7%), English the other way round.
 * Written by hand rather than with toLocaleString so the output never depends
 * on which ICU data a host ships (a trimmed Node, an old WebView).
 */
import type { Lang } from "./findings";

function group(digits: string, sep: string): string {
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += sep;
    out += digits[i];
  }
  return out;
}

/** `formatNumber(1950, "vi")` → `1.950`; `formatNumber(66.666, "vi", 1)` → `66,7`. Half away from zero. */
export function formatNumber(n: number, lang: Lang = "vi", digits = 0): string {
  if (!Number.isFinite(n)) return String(n);
  const thousands = lang === "vi" ? "." : ",";
  const decimal = lang === "vi" ? "," : ".";
  const scale = 10 ** digits;
  const rounded = Math.round(Math.abs(n) * scale * (1 + Number.EPSILON)) / scale;
  const [whole = "0", fraction = ""] = rounded.toFixed(digits).split(".");
  const sign = n < 0 && rounded !== 0 ? "-" : "";
  return `${sign}${group(whole, thousands)}${digits > 0 ? decimal + fraction : ""}`;
}

/** `formatPercent(66.666, "vi")` → `66,7%` (the value is already a percentage). */
export function formatPercent(percent: number, lang: Lang = "vi", digits = 1): string {
  return `${formatNumber(percent, lang, digits)}%`;
}

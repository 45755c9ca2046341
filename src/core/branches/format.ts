/** Numbers as Vietnamese write them (1.950; 71,9%) and as English does (1,950; 71.9%). */
import type { Lang } from "../findings";

export function formatCount(n: number, lang: Lang): string {
  const digits = String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+(?!\d))/g, lang === "vi" ? "." : ",");
  return n < 0 ? `-${digits}` : digits;
}

/** A percentage with one decimal; `–` when there is nothing to divide by. */
export function formatPercent(p: number | null, lang: Lang): string {
  if (p === null) return "–";
  const [whole = "0", frac = "0"] = p.toFixed(1).split(".");
  return `${formatCount(Number(whole), lang)}${lang === "vi" ? "," : "."}${frac}%`;
}

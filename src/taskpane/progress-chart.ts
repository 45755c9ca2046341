/** Progress per organisation as CSS bars: readable text first, the bar is decoration. */
import { el } from "./dom";
import type { Lang } from "../core";
import type { Strings } from "./i18n";
import { formatNumber } from "./i18n";
import type { ProgressRowView } from "./progress-model";

export function renderProgressChart(rows: readonly ProgressRowView[], lang: Lang, t: Strings): HTMLElement {
  const list = el("ul", { class: "bar-chart", "aria-labelledby": "consolidate-chart-title" });
  for (const r of rows) {
    const share = r.quota > 0 ? Math.min(r.toDate / r.quota, 1) : r.toDate > 0 ? 1 : 0;
    const pct = r.percent === null ? "—" : `${formatNumber(r.percent, lang, 1)}%`;
    // Said in words and an icon, not by the bar's colour alone.
    const icon = r.status === "done" ? "✓" : r.status === "on-track" ? "•" : t.statusBehindIcon;
    const statusText = r.status === "done" ? t.statusDone : r.status === "on-track" ? t.statusOnTrack : t.statusBehind;
    const fill = el("span", { class: `bar-fill status-${r.status}` });
    // CSSOM assignment is allowed by the page's CSP, unlike style attributes.
    fill.style.width = `${Math.round(share * 1000) / 10}%`;
    list.append(
      el(
        "li",
        { class: "bar-row", "data-testid": "chart-row", "aria-label": `${t.chartRow(r.name, r.toDate, r.quota, pct)} — ${statusText}` },
        el("span", { class: "bar-label", "aria-hidden": "true" }, r.name),
        el("span", { class: "bar-track", "aria-hidden": "true" }, fill),
        el(
          "span",
          { class: "bar-value", "aria-hidden": "true" },
          `${formatNumber(r.toDate, lang)}/${formatNumber(r.quota, lang)} · ${pct} · `,
          el("span", { class: `bar-status status-text-${r.status}`, "data-testid": "chart-status", "data-status": r.status }, `${icon} ${statusText}`),
        ),
      ),
    );
  }
  return el(
    "figure",
    { id: "consolidate-chart", class: "chart card" },
    el("figcaption", { id: "consolidate-chart-title", class: "card-title" }, t.chartTitle),
    list,
    el(
      "p",
      { class: "legend", "aria-hidden": "true" },
      el("span", { class: "legend-swatch status-done" }),
      t.statusDone,
      " ",
      el("span", { class: "legend-swatch status-on-track" }),
      t.statusOnTrack,
      " ",
      el("span", { class: "legend-swatch status-behind" }),
      t.statusBehind,
    ),
  );
}

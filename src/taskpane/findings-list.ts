/** Findings grouped by severity; a finding with a cell is a button that selects it. */
import { SEVERITY_ORDER, formatSource, type Finding, type Lang, type Severity } from "../core";
import { el } from "./dom";
import type { Strings } from "./i18n";

export function severityLabel(s: Severity, t: Strings): string {
  return s === "error" ? t.severityError : s === "warning" ? t.severityWarning : t.severityInfo;
}

export function renderFindings(
  findings: readonly Finding[],
  lang: Lang,
  t: Strings,
  onSelect: ((f: Finding) => void) | null,
): HTMLElement {
  const wrap = el("div", { class: "findings" });
  for (const severity of SEVERITY_ORDER) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    const headingId = `findings-${severity}-${Math.random().toString(36).slice(2, 8)}`;
    const list = el("ul", { class: "finding-list", "aria-labelledby": headingId });
    for (const f of group) {
      const where = formatSource(f);
      const body = [
        el("span", { class: `sev-dot sev-${severity}`, "aria-hidden": "true" }),
        el(
          "span",
          { class: "finding-text" },
          where === "" ? null : el("span", { class: "finding-where" }, where),
          el("span", { class: "finding-message" }, f.message[lang]),
          el("span", { class: "finding-code" }, f.code),
        ),
      ];
      const attrs = { class: "finding", "data-testid": "finding", "data-code": f.code, "data-severity": severity, "data-cell": f.cell };
      const item =
        f.cell !== undefined && onSelect
          ? el("button", { ...attrs, type: "button", title: t.goToCell(where) }, ...body)
          : el("div", attrs, ...body);
      if (item instanceof HTMLButtonElement) item.addEventListener("click", () => onSelect?.(f));
      list.append(el("li", {}, item));
    }
    wrap.append(
      el(
        "section",
        { class: `finding-group group-${severity}`, "data-severity": severity },
        el("h3", { id: headingId }, `${severityLabel(severity, t)} (${group.length})`),
        list,
      ),
    );
  }
  return wrap;
}

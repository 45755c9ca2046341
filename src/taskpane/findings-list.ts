/**
 * Findings grouped by severity, and within a severity by code where one
 * sentence covers many cells ("11 ô chỉ tiêu lưu dạng văn bản: C5–C14, C19 —
 * …", the engine's groupFindings). Each cell of a group is still a button that
 * selects it; a single finding with a cell is one button, as before. A Word
 * plan's findings are placed by table and row (word-plan.ts).
 */
import { SEVERITY_ORDER, type Finding, type FindingGroup, type Lang, type Severity } from "../core";
import { el } from "./dom";
import type { Strings } from "./i18n";
import { cellLabel, groupShown, placeShown, type WordPlan } from "./word-plan";

export function severityLabel(s: Severity, t: Strings): string {
  return s === "error" ? t.severityError : s === "warning" ? t.severityWarning : t.severityInfo;
}

/** An icon beside the colour, so severity is never told by colour alone. */
const SEVERITY_ICON: Readonly<Record<Severity, string>> = { error: "✗", warning: "⚠", info: "ℹ" };

function renderGroup(g: FindingGroup, lang: Lang, t: Strings, onSelect: ((f: Finding) => void) | null, plan: WordPlan | null): HTMLElement {
  const severity = g.severity;
  const single = g.findings.length === 1 ? g.findings[0] : undefined;
  const icon = el("span", { class: `sev-dot sev-${severity}`, "aria-hidden": "true" }, SEVERITY_ICON[severity]);
  if (single) {
    const where = placeShown(plan, single, lang);
    const body = [
      icon,
      el(
        "span",
        { class: "finding-text" },
        where === "" ? null : el("span", { class: "finding-where" }, where),
        el("span", { class: "finding-message" }, single.message[lang]),
        el("span", { class: "finding-code" }, single.code),
      ),
    ];
    const attrs = { class: "finding", "data-testid": "finding", "data-code": single.code, "data-severity": severity, "data-cell": single.cell };
    if (single.cell !== undefined && onSelect) {
      const b = el("button", { ...attrs, type: "button", title: t.goToCell(where) }, ...body);
      b.addEventListener("click", () => onSelect(single));
      return b;
    }
    return el("div", attrs, ...body);
  }
  const where = placeShown(plan, { ...(g.file === undefined ? {} : { file: g.file }), ...(g.sheet === undefined ? {} : { sheet: g.sheet }) }, lang);
  const cells = el("span", { class: "finding-cells", "data-testid": "finding-cells" });
  for (const f of g.findings) {
    if (f.cell === undefined) continue;
    if (cells.childElementCount > 0) cells.append(" ");
    const cellWhere = placeShown(plan, f, lang);
    const shown = cellLabel(plan, f, lang) ?? f.cell;
    if (onSelect) {
      const b = el("button", { type: "button", class: "cell-link", "data-testid": "finding-cell", "data-cell": f.cell, title: t.goToCell(cellWhere) }, shown);
      b.addEventListener("click", () => onSelect(f));
      cells.append(b);
    } else {
      cells.append(el("span", { class: "cell-link", "data-cell": f.cell }, shown));
    }
  }
  return el(
    "div",
    { class: "finding finding-grouped", "data-testid": "finding", "data-code": g.code, "data-severity": severity, "data-count": g.findings.length },
    icon,
    el(
      "span",
      { class: "finding-text" },
      where === "" ? null : el("span", { class: "finding-where" }, where),
      el("span", { class: "finding-message" }, g.message),
      cells,
      el("span", { class: "finding-code" }, g.code),
    ),
  );
}

export function renderFindings(
  findings: readonly Finding[],
  lang: Lang,
  t: Strings,
  onSelect: ((f: Finding) => void) | null,
  plan: WordPlan | null = null,
): HTMLElement {
  const wrap = el("div", { class: "findings" });
  for (const severity of SEVERITY_ORDER) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    const headingId = `findings-${severity}-${Math.random().toString(36).slice(2, 8)}`;
    const list = el("ul", { class: "finding-list", "aria-labelledby": headingId });
    for (const g of groupShown(group, lang, plan)) list.append(el("li", {}, renderGroup(g, lang, t, onSelect, plan)));
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

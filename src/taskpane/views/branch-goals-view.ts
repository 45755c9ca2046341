/** The chi bộ goals after a consolidation: goal lines, both lists and who sent no chi bộ sheet; each row goes to its source cell. */
import { branchKindLabel, formatSource, type FindingLocation } from "../../core";
import type { PaneContext } from "../context";
import { el } from "../dom";
import { formatNumber } from "../i18n";
import { describeError } from "../progress";
import { branchGoals, goToBranchSource } from "../use-cases/branch-goals";

export function renderBranchGoals(ctx: PaneContext): HTMLElement | null {
  const t = ctx.t();
  const lang = ctx.lang();
  const goals = branchGoals(ctx, lang);
  if (!goals) return null;
  const r = goals.result;
  const n = (x: number): string => formatNumber(x, lang);
  const note = el("p", { class: "note", role: "status", "data-testid": "branch-note" });

  const rowButton = (location: FindingLocation, testid: string, ...text: string[]): HTMLElement => {
    const where = formatSource(location);
    const content = text.join(" — ");
    if (location.cell === undefined) return el("li", { "data-testid": testid }, content);
    const b = el("button", { type: "button", class: "link-row", "data-testid": testid, "data-cell": location.cell, title: t.goToSource(where) }, content);
    b.addEventListener("click", () => {
      note.textContent = "";
      void goToBranchSource(ctx, location).then(
        (outcome) => {
          if (outcome.kind === "otherFile") note.textContent = t.sourceNotInWorkbook(outcome.file);
        },
        (e: unknown) => {
          note.textContent = describeError(e, ctx.lang());
        },
      );
    });
    return el("li", {}, b);
  };

  const list = (items: HTMLElement[], testid: string): HTMLElement =>
    items.length === 0 ? el("p", { class: "ok-text", "data-testid": `${testid}-none` }, t.branchNone) : el("ul", { class: "name-list", "data-testid": testid }, ...items);

  const sources = (s: boolean | null): string => (s === true ? t.branchHasSources : s === false ? t.branchNoSources : t.branchSourcesUnknown);

  return el(
    "section",
    { id: "consolidate-branches", class: "card", "aria-labelledby": "consolidate-branches-title" },
    el("h3", { id: "consolidate-branches-title" }, t.branchGoalsTitle),
    el("ul", { class: "goal-lines" }, ...goals.lines.map((line) => el("li", { "data-testid": "branch-goal-line" }, line))),
    el("h4", {}, `${t.branchUnderTitle(n(r.thresholds.minMembers))} (${n(r.under.length)})`),
    list(
      r.under.map((u) => rowButton(u.location, "branch-under", u.organization, u.branch, branchKindLabel(u.kind, lang), t.branchMembers(n(u.members)))),
      "branch-under-list",
    ),
    el("h4", {}, `${t.branchNoAdmissionTitle(n(r.thresholds.years))} (${n(r.noAdmission.length)})`),
    list(
      r.noAdmission.map((e) =>
        rowButton(
          e.location,
          "branch-no-admission",
          e.organization,
          e.branch,
          e.lastAdmissionYear === null ? t.branchNeverAdmitted : t.branchLastAdmission(String(e.lastAdmissionYear)),
          sources(e.hasSources),
        ),
      ),
      "branch-no-admission-list",
    ),
    r.notReported.length === 0
      ? null
      : el(
          "div",
          {},
          el("h4", {}, `${t.branchNotReportedTitle} (${n(r.notReported.length)})`),
          el("ul", { class: "name-list" }, ...r.notReported.map((name) => el("li", { "data-testid": "branch-not-reported" }, name))),
        ),
    note,
  );
}

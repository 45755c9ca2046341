/** "Đảng viên dự bị đến hạn": an as-of date, the list by chi bộ, and the owned sheet (Excel) or a download (browser edition). */
import { formatDate, isoDate, parseIsoDate, type ProbationResult } from "../../core";
import type { PaneContext } from "../context";
import { el, replaceChildren } from "../dom";
import type { Strings } from "../i18n";
import { describeError } from "../progress";
import { extrasOf } from "../use-cases/pane-extras";
import { calendarDateOf, listProbation, saveProbation } from "../use-cases/probation";

export function renderProbation(ctx: PaneContext, now: Date = new Date()): HTMLElement | null {
  const t = ctx.t();
  const x = extrasOf(ctx);
  if (!x.result) return null;
  const asOf = el("input", { id: "probation-as-of", type: "date", value: isoDate(x.probation?.asOf ?? calendarDateOf(now)) });
  const run = el("button", { id: "probation-run", type: "button", class: "subtle" }, t.probationRun);
  const browser = ctx.host.kind === "browser" && ctx.host.capabilities().download && ctx.host.downloadFile !== undefined;
  const save = el("button", { id: "probation-save", type: "button", class: "subtle" }, browser ? t.probationDownload : t.probationWrite);
  const out = el("div", { id: "probation-results" });
  const note = el("p", { class: "note", role: "status", "data-testid": "probation-note" });

  const show = (): void => {
    const p = extrasOf(ctx).probation;
    save.hidden = p === null;
    replaceChildren(out, p ? renderList(p, ctx.t()) : null);
  };

  run.addEventListener("click", () => {
    note.textContent = "";
    const date = parseIsoDate(asOf.value);
    if (!date) {
      note.textContent = t.invalidDate;
      asOf.focus();
      return;
    }
    const outcome = listProbation(ctx, date);
    if (outcome.kind === "needConsolidation") note.textContent = t.probationNeedConsolidation;
    if (outcome.kind === "noRegister") note.textContent = t.probationNoRegister;
    show();
  });
  save.addEventListener("click", () => {
    note.textContent = "";
    save.disabled = true;
    void saveProbation(ctx)
      .then(
        (outcome) => {
          if (outcome.kind === "written") note.textContent = t.probationWritten(outcome.sheet);
          if (outcome.kind === "downloaded") note.textContent = t.probationDownloaded(outcome.file);
        },
        (e: unknown) => {
          note.textContent = describeError(e, ctx.lang());
        },
      )
      .finally(() => {
        save.disabled = false;
      });
  });
  show();
  return el(
    "section",
    { id: "consolidate-probation", class: "card", "aria-labelledby": "consolidate-probation-title" },
    el("h3", { id: "consolidate-probation-title" }, t.probationTitle),
    el("div", { class: "inline-fields" }, el("div", {}, el("label", { for: "probation-as-of" }, t.probationAsOfLabel), asOf), el("div", { class: "actions" }, run, save)),
    out,
    note,
  );
}

function renderList(p: ProbationResult, t: Strings): HTMLElement {
  const heading = el("p", { class: "hint" }, t.probationHeading(formatDate(p.asOf), p.windowDays));
  if (p.groups.length === 0) return el("div", {}, heading, el("p", { class: "ok-text", "data-testid": "probation-none" }, t.probationNone));
  return el(
    "div",
    {},
    heading,
    ...p.groups.map((g) =>
      el(
        "div",
        { class: "probation-group", "data-testid": "probation-group" },
        el("h4", {}, g.chiBo === "" ? g.organization : `${g.organization} › ${g.chiBo}`),
        el(
          "ul",
          { class: "name-list" },
          ...g.items.map((i) =>
            el(
              "li",
              { "data-testid": "probation-item", "data-status": i.status },
              t.probationItem(i.name, formatDate(i.admitted), formatDate(i.ends)),
              " (",
              el("span", { class: i.status === "overdue" ? "file-bad" : "file-ok" }, i.status === "overdue" ? t.probationOverdue(Math.abs(i.daysLeft)) : t.probationDue(i.daysLeft)),
              ")",
            ),
          ),
        ),
      ),
    ),
  );
}

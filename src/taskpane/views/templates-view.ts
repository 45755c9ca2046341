/** "Mẫu báo cáo": one report template per organisation, delivered by the host. */
import { TAB_SHOWN_EVENT, type PaneContext } from "../context";
import { el, replaceChildren } from "../dom";
import { createStatusArea, describeError } from "../progress";
import { allocationErrorCount, makeTemplates } from "../use-cases/templates";
import { settingsNote } from "./check-view";
import { createPlanLine } from "./plan-line";

/** The browser host's name for a download of several templates. */
const TEMPLATES_ZIP = "mau-bao-cao.zip";

export function renderTemplatesView(ctx: PaneContext): HTMLElement {
  const t = ctx.t();
  const lang = ctx.lang();
  const panel = el("div", { class: "view templates-view" });
  const status = createStatusArea("templates-status", () => ctx.t(), panel);
  const yearInput = el("input", {
    id: "templates-year",
    type: "number",
    min: 1945,
    max: 2200,
    step: 1,
    value: String(ctx.state.settings.year),
  });
  /** Until the user edits the year, it follows the plan (the allocation's title) rather than this field's first value. */
  let yearTyped = false;
  yearInput.addEventListener("input", () => {
    yearTyped = true;
  });
  const planLine = createPlanLine(ctx, "templates");
  yearInput.setAttribute("aria-describedby", "templates-year-source");
  const runButton = el("button", { id: "templates-run", type: "button", class: "primary" }, t.makeTemplates);
  const confirmBox = el("input", { id: "templates-confirm-errors", type: "checkbox", "data-testid": "templates-confirm-errors" });
  const errorCount = (): number => allocationErrorCount(ctx);
  const warning = el("div", { id: "templates-errors", class: "warning-box", role: "note", "data-testid": "templates-errors" });
  const showWarning = (): void => {
    const n = errorCount();
    warning.hidden = n === 0;
    if (n === 0) {
      confirmBox.checked = false;
      return;
    }
    replaceChildren(
      warning,
      el("p", {}, ctx.t().templatesAllocationErrors(n)),
      el("div", { class: "check-row" }, confirmBox, el("label", { for: "templates-confirm-errors" }, ctx.t().templatesConfirmErrors)),
    );
  };
  const result = el("div", { id: "templates-result", class: "results" });

  const show = (): void => {
    const done = ctx.state.templatesDone;
    const alloc = ctx.state.allocation;
    replaceChildren(
      result,
      alloc?.sheet ? el("p", { class: "hint", "data-testid": "templates-allocation" }, t.allocationUsed(alloc.sheet)) : null,
      done
        ? el(
            "div",
            { class: "card", "data-testid": "templates-done" },
            el("p", { class: "ok-text" }, t.templatesDone(done.count)),
            // Excel gets one new workbook with a sheet per organisation; the browser downloads files.
            ctx.host.kind === "excel"
              ? el("p", {}, t.templatesInNewWorkbook)
              : done.files.length > 0
                ? el("p", {}, t.templatesDownloaded(done.files.length === 1 ? (done.files[0] ?? "") : TEMPLATES_ZIP))
                : null,
            ctx.host.kind === "browser" && done.files.length > 1 ? el("ul", { class: "file-names" }, ...done.files.map((f) => el("li", {}, f))) : null,
            ...done.notes.map((n) => el("p", { class: "note", "data-testid": "templates-note" }, n[lang])),
          )
        : null,
    );
  };

  runButton.addEventListener("click", () => {
    const typed = Number(yearInput.value);
    if (yearTyped && (!Number.isInteger(typed) || typed < 1945 || typed > 2200)) {
      status.error(t.invalidYear);
      yearInput.focus();
      return;
    }
    void status
      .run(t.working, () => makeTemplates(ctx, { year: yearTyped ? typed : null, errorsConfirmed: confirmBox.checked }))
      .then((outcome) => {
        if (outcome && outcome.kind !== "needAllocation") yearInput.value = String(outcome.year);
        planLine.update();
        showWarning();
        if (outcome?.kind === "confirm") {
          status.error(t.templatesNeedConfirm);
          confirmBox.focus();
          return;
        }
        if (outcome?.kind === "needAllocation") status.error(t.needAllocation);
        show();
        const note = outcome?.kind === "done" ? settingsNote(ctx, outcome.persisted) : null;
        if (note !== null) status.note(note);
      });
  });

  // The allocation sheet defaults to the active one, which may have changed since the pane opened.
  panel.addEventListener(TAB_SHOWN_EVENT, () => {
    if (!yearTyped) yearInput.value = String(ctx.state.settings.year);
    planLine.update();
    showWarning();
    void ctx.refreshSheets().catch((e: unknown) => status.error(describeError(e, ctx.lang())));
  });

  panel.append(
    el("p", { class: "intro" }, t.templatesIntro),
    el("div", { class: "form" }, el("label", { for: "templates-year" }, t.yearLabel), yearInput, planLine.element, el("div", { class: "actions" }, runButton)),
    warning,
    status.element,
    result,
  );
  showWarning();
  show();
  return panel;
}

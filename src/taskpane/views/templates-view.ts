/** "Mẫu báo cáo": one report template per organisation, delivered by the host. */
import { templateWorkbookSpecs } from "../../core/reports/template-spec";
import type { PaneContext } from "../context";
import { el, replaceChildren } from "../dom";
import { createStatusArea } from "../progress";
import { reportSettings } from "../report-settings";
import { saveSetting } from "../settings";
import { ensureAllocation } from "./check-view";

export function renderTemplatesView(ctx: PaneContext): HTMLElement {
  const t = ctx.t();
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
  const runButton = el("button", { id: "templates-run", type: "button", class: "primary" }, t.makeTemplates);
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
            done.files.length > 0 ? el("ul", { class: "file-names" }, ...done.files.map((f) => el("li", {}, f))) : null,
            ...done.notes.map((n) => el("p", { class: "note" }, n)),
          )
        : null,
    );
  };

  runButton.addEventListener("click", () => {
    const year = Number(yearInput.value);
    if (!Number.isInteger(year) || year < 1945 || year > 2200) {
      status.error(t.invalidYear);
      yearInput.focus();
      return;
    }
    void status
      .run(t.working, async () => {
        ctx.state.settings = { ...ctx.state.settings, year };
        await saveSetting(ctx.host, "year", String(year));
        const alloc = await ensureAllocation(ctx);
        if (!alloc) return false;
        const books = templateWorkbookSpecs(alloc, year, reportSettings(ctx.state.settings));
        const written = await ctx.host.deliverWorkbooks(books);
        ctx.state.templatesDone = {
          count: books.length,
          notes: written.notes,
          files: books.map((b) => b.fileName ?? "").filter((f) => f !== ""),
        };
        return true;
      })
      .then((ok) => {
        if (ok === false) status.error(t.needAllocation);
        show();
      });
  });

  panel.append(
    el("p", { class: "intro" }, t.templatesIntro),
    el("div", { class: "form" }, el("label", { for: "templates-year" }, t.yearLabel), yearInput, el("div", { class: "actions" }, runButton)),
    status.element,
    result,
  );
  show();
  return panel;
}

/**
 * Tổng hợp's register choices (issue #14): the person list only on request
 * (off by default; nothing is sent anywhere), Biểu 2's period, and last
 * year's registers for its column (3): files in the browser edition, a sheet
 * of the workbook in Excel.
 */
import type { PaneContext } from "../context";
import { el, replaceChildren, uid } from "../dom";
import { sheetKey } from "../settings";
import { addPreviousFiles, choosePreviousSheet, extrasOf, previousSheetChoices, removePreviousFile, type Bieu2PeriodChoice } from "../use-cases/pane-extras";

const PERIODS: ReadonlyArray<{ value: string; choice: Bieu2PeriodChoice }> = [
  { value: "consolidated", choice: { kind: "consolidated" } },
  { value: "q1", choice: { kind: "quarter", quarter: 1 } },
  { value: "q2", choice: { kind: "quarter", quarter: 2 } },
  { value: "q3", choice: { kind: "quarter", quarter: 3 } },
  { value: "q4", choice: { kind: "quarter", quarter: 4 } },
  { value: "h1", choice: { kind: "half", half: 1 } },
  { value: "h2", choice: { kind: "half", half: 2 } },
  { value: "year", choice: { kind: "year" } },
];

function periodValue(c: Bieu2PeriodChoice): string {
  return c.kind === "quarter" ? `q${c.quarter}` : c.kind === "half" ? `h${c.half}` : c.kind;
}

export function renderRegisterOptions(ctx: PaneContext): HTMLElement {
  const t = ctx.t();
  const x = extrasOf(ctx);
  const withRegister = el("input", { id: "consolidate-with-register", type: "checkbox", "aria-describedby": "consolidate-with-register-hint" });
  withRegister.checked = x.withRegister;
  withRegister.addEventListener("change", () => {
    x.withRegister = withRegister.checked;
  });

  const period = el("select", { id: "consolidate-bieu2-period" });
  for (const p of PERIODS) {
    const c = p.choice;
    const text = c.kind === "quarter" ? t.bieu2PeriodQuarter(c.quarter) : c.kind === "half" ? t.bieu2PeriodHalf(c.half) : c.kind === "year" ? t.bieu2PeriodYear : t.bieu2PeriodConsolidated;
    const o = el("option", { value: p.value }, text);
    if (p.value === periodValue(x.bieu2Period)) o.selected = true;
    period.append(o);
  }
  period.addEventListener("change", () => {
    x.bieu2Period = PERIODS.find((p) => p.value === period.value)?.choice ?? { kind: "consolidated" };
  });

  return el(
    "fieldset",
    { class: "form register-options" },
    el("legend", {}, t.registerOptionsTitle),
    el("div", { class: "check-row" }, withRegister, el("label", { for: "consolidate-with-register" }, t.withRegisterLabel)),
    el("p", { id: "consolidate-with-register-hint", class: "hint", "data-testid": "with-register-hint" }, t.withRegisterHint),
    el("label", { for: "consolidate-bieu2-period" }, t.bieu2PeriodLabel),
    period,
    ctx.host.kind === "browser" ? previousFiles(ctx) : previousSheet(ctx),
  );
}

function previousFiles(ctx: PaneContext): HTMLElement {
  const t = ctx.t();
  const lang = ctx.lang();
  const input = el("input", { id: "consolidate-previous-files", type: "file", multiple: true, accept: ".xlsx,.xlsm,.xls,.csv", class: "visually-hidden", tabindex: -1 });
  // Reached through the label styled as a button: the hidden input must not be a tab stop of its own.
  const button = el("label", { for: "consolidate-previous-files", class: "button-like", tabindex: "0", role: "button" }, t.addPreviousFiles);
  button.addEventListener("keydown", (e) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      input.click();
    }
  });
  const list = el("ul", { id: "consolidate-previous-list", class: "file-list" });
  const render = (): void => {
    replaceChildren(
      list,
      ...extrasOf(ctx).previousFiles.map((f, i) => {
        const remove = el("button", { type: "button", class: "icon-button", "aria-label": t.removeFile(f.name), title: t.removeFile(f.name) }, "×");
        remove.addEventListener("click", () => {
          removePreviousFile(ctx, i);
          render();
        });
        const detail = f.result.ok ? el("span", { class: "file-ok" }, t.fileRead(f.result.grids.length)) : el("span", { class: "file-bad", role: "note" }, f.result.problem.message[lang]);
        return el("li", { "data-testid": "previous-file" }, el("span", { class: "file-name" }, f.name), " — ", detail, " ", remove);
      }),
    );
  };
  input.addEventListener("change", () => {
    const files = Array.from(input.files ?? []);
    input.value = "";
    if (files.length > 0) void addPreviousFiles(ctx, files).then(render);
  });
  render();
  return el("div", {}, el("span", { class: "sub-label" }, t.previousFilesLabel), input, el("div", { class: "actions" }, button), list);
}

function previousSheet(ctx: PaneContext): HTMLElement {
  const t = ctx.t();
  const x = extrasOf(ctx);
  const id = uid("previous-sheet");
  const select = el("select", { id, "data-testid": "previous-sheet" }, el("option", { value: "" }, t.previousSheetNone));
  const choices = previousSheetChoices(ctx);
  for (const ref of choices) {
    const o = el("option", { value: sheetKey(ref) }, ref.name);
    if (x.previousSheet && sheetKey(x.previousSheet) === sheetKey(ref)) o.selected = true;
    select.append(o);
  }
  select.addEventListener("change", () => {
    choosePreviousSheet(ctx, choices.find((r) => sheetKey(r) === select.value) ?? null);
    // The consolidation's source list shows the sheet unticked now.
    document.querySelectorAll<HTMLInputElement>("[data-testid=source-sheet]").forEach((box) => {
      const r = ctx.state.reportSheets.find((s) => sheetKey(s.ref) === box.value);
      if (r) box.checked = r.checked;
    });
  });
  return el("div", {}, el("label", { for: id }, t.previousSheetLabel), select);
}

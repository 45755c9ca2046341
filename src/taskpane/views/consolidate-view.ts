/** "Tổng hợp": choose report sheets and files, consolidate, write the progress sheets, show the headline. */
import { consolidate, type SubmissionSource } from "../../core/reports/consolidate";
import { isReportSheet } from "../../core/reports/detect-sources";
import { progressWorkbookSpec } from "../../core/reports/progress-spec";
import type { Grid } from "../../core/grid";
import type { PaneContext } from "../context";
import { el, replaceChildren, uid } from "../dom";
import { renderFindings } from "../findings-list";
import type { SheetRef } from "../host";
import { formatNumber } from "../i18n";
import { readFileBytes, readWorkbookLazily } from "../lazy-xlsx";
import { createStatusArea } from "../progress";
import { renderProgressChart } from "../progress-chart";
import { progressView, type ProgressView } from "../progress-model";
import { reportSettings } from "../report-settings";
import { saveSetting, sheetKey } from "../settings";
import { ensureAllocation } from "./check-view";

/** Reads every input sheet once and keeps those that look like reports. */
export async function detectReportSheets(ctx: PaneContext): Promise<void> {
  const inputs = ctx.state.sheets.filter((s) => !s.owned);
  const refs: SheetRef[] = inputs.map((s) => (s.file === undefined ? { name: s.name } : { name: s.name, file: s.file }));
  const grids = refs.length === 0 ? [] : await ctx.host.readSheets(refs);
  const before = new Map(ctx.state.reportSheets.map((r) => [sheetKey(r.ref), r.checked]));
  const found: Array<{ ref: SheetRef; checked: boolean }> = [];
  grids.forEach((g, i) => {
    const ref = refs[i];
    if (ref && isReportSheet(g)) found.push({ ref, checked: before.get(sheetKey(ref)) ?? true });
  });
  ctx.state.reportSheets = found;
}

function label(ref: SheetRef): string {
  return ref.file === undefined ? ref.name : `${ref.file} › ${ref.name}`;
}

export function renderConsolidateView(ctx: PaneContext): HTMLElement {
  const t = ctx.t();
  const lang = ctx.lang();
  const panel = el("div", { class: "view consolidate-view" });
  const status = createStatusArea("consolidate-status", () => ctx.t(), panel);

  const monthSelect = el("select", { id: "consolidate-month" });
  for (let m = 1; m <= 12; m++) {
    const o = el("option", { value: String(m) }, lang === "vi" ? `Tháng ${m}` : `Month ${m}`);
    if (m === ctx.state.settings.month) o.selected = true;
    monthSelect.append(o);
  }
  const yearInput = el("input", { id: "consolidate-year", type: "number", min: 1945, max: 2200, step: 1, value: String(ctx.state.settings.year) });

  const sheetList = el("ul", { id: "consolidate-sources", class: "check-list" });
  const renderSheetList = (): void => {
    if (ctx.state.reportSheets.length === 0) {
      replaceChildren(sheetList, el("li", { class: "empty", "data-testid": "no-report-sheets" }, t.noReportSheets));
      return;
    }
    replaceChildren(
      sheetList,
      ...ctx.state.reportSheets.map((r) => {
        const id = uid("src");
        const box = el("input", { id, type: "checkbox", "data-testid": "source-sheet", value: sheetKey(r.ref) });
        box.checked = r.checked;
        box.addEventListener("change", () => {
          r.checked = box.checked;
        });
        return el("li", {}, box, el("label", { for: id }, label(r.ref)));
      }),
    );
  };
  const refreshButton = el("button", { id: "consolidate-refresh", type: "button", class: "subtle" }, t.refresh);
  refreshButton.addEventListener("click", () => {
    void status.run(t.readingSheets, () => detectReportSheets(ctx)).then(renderSheetList);
  });

  const fileInput = el("input", { id: "consolidate-files", type: "file", multiple: true, accept: ".xlsx,.xlsm,.csv", class: "visually-hidden" });
  const fileButton = el("label", { for: "consolidate-files", class: "button-like", tabindex: "-1" }, t.addFiles);
  const fileList = el("ul", { id: "consolidate-file-list", class: "file-list" });
  const renderFileList = (): void => {
    replaceChildren(
      fileList,
      ...ctx.state.sourceFiles.map((f, i) => {
        const remove = el("button", { type: "button", class: "icon-button", "aria-label": t.removeFile(f.name), title: t.removeFile(f.name) }, "×");
        remove.addEventListener("click", () => {
          ctx.state.sourceFiles.splice(i, 1);
          renderFileList();
        });
        const detail = f.result.ok
          ? el("span", { class: "file-ok" }, t.fileRead(f.result.grids.length))
          : el("span", { class: "file-bad", role: "note" }, f.result.problem.message[lang]);
        return el("li", { "data-testid": "source-file", "data-ok": f.result.ok ? "true" : "false" }, el("span", { class: "file-name" }, f.name), " — ", detail, " ", remove);
      }),
    );
  };
  fileInput.addEventListener("change", () => {
    const files = Array.from(fileInput.files ?? []);
    fileInput.value = "";
    if (files.length === 0) return;
    void status
      .run(t.loadingReader, async () => {
        for (const file of files) {
          const bytes = await readFileBytes(file);
          const result = await readWorkbookLazily(bytes, file.name);
          ctx.state.sourceFiles.push({ name: file.name, result });
        }
      })
      .then(renderFileList);
  });

  const runButton = el("button", { id: "consolidate-run", type: "button", class: "primary" }, t.consolidate);
  const results = el("div", { id: "consolidate-results", class: "results" });
  const showResults = (): void => {
    const p = ctx.state.progress;
    replaceChildren(results, p ? renderHeadline(ctx, p) : null);
    if (p && ctx.state.progressWritten.length > 0) {
      results.prepend(
        el("p", { class: "ok-text", "data-testid": "consolidate-written" }, t.consolidateDone(ctx.state.progressWritten.join(", "))),
        ...ctx.state.progressNotes.map((n) => el("p", { class: "note" }, n)),
      );
    }
  };

  runButton.addEventListener("click", () => {
    const month = Number(monthSelect.value);
    const year = Number(yearInput.value);
    if (!Number.isInteger(year) || year < 1945 || year > 2200) {
      status.error(t.invalidYear);
      yearInput.focus();
      return;
    }
    const chosen = ctx.state.reportSheets.filter((r) => r.checked).map((r) => r.ref);
    const files = ctx.state.sourceFiles.filter((f) => f.result.ok);
    if (chosen.length === 0 && files.length === 0) {
      status.error(t.noSources);
      return;
    }
    void status
      .run(t.working, async () => {
        ctx.state.settings = { ...ctx.state.settings, year, month };
        await saveSetting(ctx.host, "year", String(year));
        await saveSetting(ctx.host, "month", String(month));
        const allocation = await ensureAllocation(ctx);
        if (!allocation) return false;
        const sources: SubmissionSource[] = [];
        if (chosen.length > 0) sources.push(...groupByFile(chosen, await ctx.host.readSheets(chosen)));
        for (const f of files) if (f.result.ok) sources.push({ file: f.name, grids: f.result.grids });
        const result = consolidate(sources, { allocation, year, month, target: ctx.state.settings.target });
        const spec = progressWorkbookSpec(result, reportSettings(ctx.state.settings, new Date()));
        const written = await ctx.host.writeOwnedSheets(spec.sheets);
        ctx.state.progress = progressView(result);
        ctx.state.progressWritten = written.written;
        ctx.state.progressNotes = written.notes;
        return true;
      })
      .then((ok) => {
        if (ok === false) status.error(t.needAllocation);
        showResults();
      });
  });

  panel.append(
    el(
      "fieldset",
      { class: "form period" },
      el("legend", {}, t.periodLabel),
      el("div", { class: "inline-fields" },
        el("div", {}, el("label", { for: "consolidate-month" }, t.monthLabel), monthSelect),
        el("div", {}, el("label", { for: "consolidate-year" }, t.yearLabel), yearInput),
      ),
    ),
    el(
      "fieldset",
      { class: "form sources" },
      el("legend", {}, t.sourcesTitle),
      el("div", { class: "row-between" }, el("span", { class: "sub-label" }, t.sourceSheets), refreshButton),
      sheetList,
      fileInput,
      el("div", { class: "actions" }, fileButton),
      fileList,
    ),
    el("div", { class: "actions" }, runButton),
    status.element,
    results,
  );
  // The label styled as a button must be reachable by keyboard; the hidden input keeps focus semantics.
  fileButton.addEventListener("keydown", (e) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      fileInput.click();
    }
  });
  fileButton.setAttribute("tabindex", "0");
  fileButton.setAttribute("role", "button");
  renderSheetList();
  renderFileList();
  showResults();
  return panel;
}

function groupByFile(refs: readonly SheetRef[], grids: readonly Grid[]): SubmissionSource[] {
  const out: Array<{ file?: string; grids: Grid[] }> = [];
  refs.forEach((ref, i) => {
    const g = grids[i];
    if (!g) return;
    const last = out[out.length - 1];
    if (last && last.file === ref.file) last.grids.push(g);
    else out.push(ref.file === undefined ? { grids: [g] } : { file: ref.file, grids: [g] });
  });
  return out;
}

function renderHeadline(ctx: PaneContext, p: ProgressView): HTMLElement {
  const t = ctx.t();
  const lang = ctx.lang();
  const n = (x: number): string => formatNumber(x, lang);
  const stat = (labelText: string, value: string, testid: string): HTMLElement =>
    el("div", { class: "stat" }, el("dt", {}, labelText), el("dd", { "data-testid": testid }, value));
  return el(
    "div",
    {},
    el(
      "section",
      { id: "consolidate-headline", class: "card", "aria-labelledby": "consolidate-headline-title" },
      el("h2", { id: "consolidate-headline-title", class: "card-title" }, t.headlineTitle, el("span", { class: "card-sub" }, ` — ${p.period}`)),
      el(
        "dl",
        { class: "stats" },
        stat(t.toDate, t.ofTarget(p.toDate, p.target === null ? n(p.quota) : n(p.target)), "headline-to-date"),
        stat(t.percentOfTarget, p.percentOfTarget === null ? "—" : `${formatNumber(p.percentOfTarget, lang, 1)}%`, "headline-percent"),
        stat(t.remainingToTarget, p.remainingToTarget === null ? "—" : n(p.remainingToTarget), "headline-remaining"),
      ),
    ),
    el(
      "section",
      { id: "consolidate-missing", class: "card" },
      el("h3", {}, `${t.missingTitle} (${p.missing.length})`),
      p.missing.length === 0
        ? el("p", { class: "ok-text" }, t.allReported)
        : el("ul", { class: "name-list" }, ...p.missing.map((m) => el("li", { "data-testid": "missing-org" }, m))),
    ),
    el(
      "section",
      { id: "consolidate-conflicts", class: "card" },
      el("h3", {}, `${t.conflictsTitle} (${p.conflicts.length})`),
      p.conflicts.length === 0 ? el("p", { class: "ok-text" }, t.noConflicts) : renderFindings(p.conflicts, lang, t, null),
    ),
    p.rows.length > 0 ? renderProgressChart(p.rows, lang, t) : null,
    p.otherFindings.length > 0
      ? el("section", { id: "consolidate-findings", class: "card" }, el("h3", {}, t.otherFindings), renderFindings(p.otherFindings, lang, t, null))
      : null,
  );
}

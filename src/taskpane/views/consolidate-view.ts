/** "Tổng hợp": choose report sheets and files, consolidate, write the progress sheets, show the headline. */
import { aliasSheetSpecPreserving, readAliasGrids, type Alias } from "../../core";
import type { Finding } from "../../core";
import { consolidate, type SubmissionSource } from "../../core";
import { isReportSheet } from "../../core";
import { progressWorkbookSpec } from "../../core";
import type { Grid } from "../../core";
import { TAB_SHOWN_EVENT, type PaneContext, type SkippedSheet } from "../context";
import { findAliasSheets, isAliasSheet } from "../alias-sheet";
import { el, replaceChildren, uid } from "../dom";
import { renderFindings } from "../findings-list";
import { isTooLargeToRead, type SheetRef } from "../../host";
import { formatNumber, type Strings } from "../i18n";
import { readFileBytes, readWorkbookLazily } from "../../xlsx/lazy";
import { createStatusArea, describeError } from "../progress";
import { renderProgressChart } from "../progress-chart";
import { progressView, type ProgressView, type UnknownNameView } from "../progress-model";
import { reportSettings } from "../report-settings";
import { persistSettings, sheetKey, type PersistOutcome } from "../settings";
import { checkAllocationGrids, defaultAllocationRef, refOf, settingsNote } from "./check-view";

/** Beyond this many sheets a failed batch is not retried sheet by sheet (each retry is a round trip). */
const MAX_SINGLE_RETRIES = 50;

/**
 * Reads the candidate input sheets in one batch and keeps those that look like
 * reports. Sheets too large to read are skipped up front, hidden ones unless the
 * user asked for them; when the batch fails, each sheet is read alone so one odd
 * sheet is listed as unreadable instead of hiding every report.
 */
export async function detectReportSheets(ctx: PaneContext): Promise<void> {
  const skipped: SkippedSheet[] = [];
  const refs: SheetRef[] = [];
  let hidden = 0;
  for (const s of ctx.state.sheets) {
    // The alias sheet is read with every consolidation, never as a report.
    if (s.owned || isAliasSheet(s)) continue;
    if (s.hidden === true && !ctx.state.includeHiddenSheets) {
      hidden += 1;
      continue;
    }
    if (isTooLargeToRead(s)) {
      skipped.push({ ref: refOf(s), reason: "tooLarge", rows: s.usedRows ?? 0, columns: s.usedColumns ?? 0 });
      continue;
    }
    refs.push(refOf(s));
  }
  const grids: Array<Grid | null> = await readEach(ctx, refs, skipped);
  const before = new Map(ctx.state.reportSheets.map((r) => [sheetKey(r.ref), r.checked]));
  const found: Array<{ ref: SheetRef; checked: boolean }> = [];
  grids.forEach((g, i) => {
    const ref = refs[i];
    if (!ref || !g) return;
    let isReport = false;
    try {
      isReport = isReportSheet(g);
    } catch (error) {
      skipped.push({ ref, reason: "unreadable", error });
    }
    if (isReport) found.push({ ref, checked: before.get(sheetKey(ref)) ?? true });
  });
  ctx.state.reportSheets = found;
  ctx.state.skippedSheets = skipped;
  ctx.state.hiddenSheetCount = hidden;
  ctx.state.reportSheetsScanned = true;
}

async function readEach(ctx: PaneContext, refs: readonly SheetRef[], skipped: SkippedSheet[]): Promise<Array<Grid | null>> {
  if (refs.length === 0) return [];
  let batchError: unknown;
  try {
    return await ctx.host.readSheets(refs);
  } catch (error) {
    if (refs.length === 1 || refs.length > MAX_SINGLE_RETRIES) throw error;
    batchError = error;
  }
  const out: Array<Grid | null> = [];
  const unreadable: SkippedSheet[] = [];
  for (const ref of refs) {
    try {
      out.push((await ctx.host.readSheets([ref]))[0] ?? null);
    } catch (error) {
      unreadable.push({ ref, reason: "unreadable", error });
      out.push(null);
    }
  }
  // Every sheet failing is not one odd sheet but the workbook or host: say that once.
  if (unreadable.length === refs.length) throw batchError;
  skipped.push(...unreadable);
  return out;
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
    const o = el("option", { value: String(m) }, t.monthOption(m));
    if (m === ctx.state.settings.month) o.selected = true;
    monthSelect.append(o);
  }
  const yearInput = el("input", { id: "consolidate-year", type: "number", min: 1945, max: 2200, step: 1, value: String(ctx.state.settings.year) });
  /** Until the user edits the year, it follows the plan (the allocation's title). */
  let yearTyped = false;
  yearInput.addEventListener("input", () => {
    yearTyped = true;
  });

  const sheetList = el("ul", { id: "consolidate-sources", class: "check-list" });
  const skippedList = el("div", { id: "consolidate-skipped" });
  const hiddenBox = el("input", { id: "consolidate-show-hidden", type: "checkbox" });
  hiddenBox.checked = ctx.state.includeHiddenSheets;
  const hiddenHint = el("p", { class: "hint", "data-testid": "hidden-not-scanned" });
  const renderSkipped = (): void => {
    const skipped = ctx.state.skippedSheets;
    hiddenHint.hidden = ctx.state.includeHiddenSheets || ctx.state.hiddenSheetCount === 0;
    hiddenHint.textContent = t.hiddenNotScanned(ctx.state.hiddenSheetCount);
    replaceChildren(
      skippedList,
      skipped.length === 0
        ? null
        : el(
            "div",
            { class: "warning-box", role: "note" },
            el("p", { class: "sub-label" }, t.skippedTitle),
            el(
              "ul",
              { class: "name-list" },
              ...skipped.map((k) =>
                el(
                  "li",
                  { "data-testid": "skipped-sheet", "data-reason": k.reason },
                  el("span", { class: "file-name" }, label(k.ref)),
                  " — ",
                  k.reason === "tooLarge"
                    ? t.skippedTooLarge(t.sheetSize(formatNumber(k.rows ?? 0, lang), formatNumber(k.columns ?? 0, lang)))
                    : t.skippedUnreadable(describeError(k.error, lang)),
                ),
              ),
            ),
          ),
    );
  };
  const renderSheetList = (): void => {
    renderSkipped();
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
  const rescan = (): void => {
    void status
      .run(t.readingSheets, async () => {
        await ctx.refreshSheets();
        await detectReportSheets(ctx);
      })
      .then(renderSheetList);
  };
  refreshButton.addEventListener("click", rescan);
  hiddenBox.addEventListener("change", () => {
    ctx.state.includeHiddenSheets = hiddenBox.checked;
    rescan();
  });
  panel.addEventListener(TAB_SHOWN_EVENT, () => {
    if (!yearTyped) yearInput.value = String(ctx.state.settings.year);
    // Sheets come and go outside the pane; rescan only when the list changed.
    void ctx.refreshSheets().then(
      () => {
        if (!ctx.state.reportSheetsScanned) void status.run(t.readingSheets, () => detectReportSheets(ctx)).then(renderSheetList);
      },
      (e: unknown) => status.error(describeError(e, ctx.lang())),
    );
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
    replaceChildren(results, p ? renderHeadline(ctx, p, confirmAlias) : null);
    if (p && ctx.state.progressWritten.length > 0) {
      results.prepend(
        el("p", { class: "ok-text", "data-testid": "consolidate-written" }, t.consolidateDone(ctx.state.progressWritten.join(", "))),
        ...ctx.state.progressNotes.map((n) => el("p", { class: "note", "data-testid": "write-note" }, n[lang])),
      );
    }
    const confirmed = ctx.state.aliasConfirmed;
    if (p && confirmed) {
      // In the browser the alias sheet exists only in the results until they are downloaded and opened again.
      const text = ctx.host.kind === "browser" ? t.aliasConfirmedBrowser : t.aliasConfirmed;
      results.prepend(el("p", { class: "ok-text", role: "status", tabindex: "-1", "data-testid": "alias-confirmed" }, text(confirmed.written, confirmed.target, confirmed.sheet)));
    }
  };

  /** The period in the form, or null after telling the user what is wrong. */
  /** The period in the form, or null after telling the user what is wrong; year null means "the plan's". */
  const chosenPeriod = (): { month: number; year: number | null } | null => {
    const month = Number(monthSelect.value);
    if (!yearTyped) return { month, year: null };
    const year = Number(yearInput.value);
    if (!Number.isInteger(year) || year < 1945 || year > 2200) {
      status.error(t.invalidYear);
      yearInput.focus();
      return null;
    }
    return { month, year };
  };

  /** Reads the allocation table (unless checked), the alias sheet and the chosen reports in one batch, then consolidates. */
  const consolidateNow = async (month: number, typedYear: number | null): Promise<PersistOutcome | null> => {
    const chosen = ctx.state.reportSheets.filter((r) => r.checked).map((r) => r.ref);
    const files = ctx.state.sourceFiles.filter((f) => f.result.ok);
    ctx.state.settings = { ...ctx.state.settings, month, ...(typedYear === null ? {} : { year: typedYear }) };
    if (typedYear !== null) ctx.state.explicit = { ...ctx.state.explicit, year: true };
    const current = ctx.state.allocation?.tableFound === true ? ctx.state.allocation : null;
    const allocationRef = current ? null : defaultAllocationRef(ctx);
    if (!current && !allocationRef) return null;
    // The owned sheet first: what the user confirmed in the pane wins over an older row on their own sheet.
    const aliasSheets = findAliasSheets(ctx.state.sheets);
    const aliasRefs = [...(aliasSheets.owned ? [aliasSheets.owned] : []), ...aliasSheets.user];
    const head = [...(allocationRef ? [allocationRef] : []), ...aliasRefs];
    const refs = [...head, ...chosen];
    const grids = refs.length === 0 ? [] : await ctx.host.readSheets(refs);
    const allocation = current ?? (allocationRef ? checkAllocationGrids(ctx, allocationRef, grids.slice(0, 1)) : null);
    if (!allocation?.tableFound) return null;
    // Reading the table may have taken the plan's year from its title.
    const year = ctx.state.settings.year;
    yearInput.value = String(year);
    let aliases: Alias[] = [];
    let aliasFindings: Finding[] = [];
    const aliasGrids = grids.slice(head.length - aliasRefs.length, head.length);
    if (aliasGrids.length > 0) {
      const sources = aliasGrids.map((grid, i) => {
        const file = aliasRefs[i]?.file;
        return file === undefined ? { grid } : { grid, file };
      });
      const read = readAliasGrids(sources, allocation.organizations.map((o) => ({ name: o.name, kind: o.kind })));
      aliases = read.aliases;
      aliasFindings = read.findings;
    }
    const sources: SubmissionSource[] = [];
    if (chosen.length > 0) sources.push(...groupByFile(chosen, grids.slice(head.length)));
    for (const f of files) if (f.result.ok) sources.push({ file: f.name, grids: f.result.grids });
    const consolidated = consolidate(sources, { allocation, year, month, target: ctx.state.settings.target, aliases });
    // Bad alias rows are the user's to fix: they travel with the consolidation's own findings.
    const result = { ...consolidated, findings: [...aliasFindings, ...consolidated.findings] };
    const spec = progressWorkbookSpec(result, reportSettings(ctx.state.settings, new Date()));
    const written = await ctx.host.writeOwnedSheets(spec.sheets);
    ctx.state.progress = progressView(result);
    ctx.state.progressWritten = written.written;
    ctx.state.progressNotes = written.notes;
    return persistSettings(ctx.host, ctx.state);
  };

  const afterRun = (outcome: PersistOutcome | null | undefined): void => {
    if (outcome === null) status.error(t.needAllocation);
    showResults();
    const note = outcome ? settingsNote(ctx, outcome) : null;
    if (note !== null) status.note(note);
  };

  runButton.addEventListener("click", () => {
    const period = chosenPeriod();
    if (!period) return;
    const chosen = ctx.state.reportSheets.filter((r) => r.checked);
    const files = ctx.state.sourceFiles.filter((f) => f.result.ok);
    if (chosen.length === 0 && files.length === 0) {
      status.error(t.noSources);
      return;
    }
    ctx.state.aliasConfirmed = null;
    void status.run(t.working, () => consolidateNow(period.month, period.year)).then(afterRun);
  });

  /**
   * Only the user's click makes an alias, written to the add-in's own sheet
   * only. That sheet is read again first: the user may have typed on it since
   * the last run (rows, notes, a "Ghi chú" column), and every cell stays. A
   * user's own "Bí danh" sheet is never written; it is read with each run.
   */
  function confirmAlias(written: string, target: string): void {
    const period = chosenPeriod();
    if (!period) return;
    void status
      .run(t.savingAlias, async () => {
        await ctx.refreshSheets();
        const ownedRef = findAliasSheets(ctx.state.sheets).owned;
        const [grid] = ownedRef ? await ctx.host.readSheets([ownedRef]) : [];
        const spec = aliasSheetSpecPreserving(grid ?? null, [{ written, target }], ctx.lang());
        const saved = await ctx.host.writeOwnedSheets([spec]);
        await ctx.refreshSheets();
        ctx.state.aliasConfirmed = { written, target, sheet: saved.written[0] ?? spec.name };
        return consolidateNow(period.month, period.year);
      })
      .then((outcome) => {
        afterRun(outcome);
        // The button the user pressed is gone with the old results: keep the keyboard near the outcome.
        results.querySelector<HTMLElement>("[data-testid=alias-confirmed]")?.focus();
      });
  }

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
      el("div", { class: "check-row" }, hiddenBox, el("label", { for: "consolidate-show-hidden" }, t.showHiddenSheets)),
      hiddenHint,
      skippedList,
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

function renderUnknownNames(ctx: PaneContext, names: readonly UnknownNameView[], onConfirm: (written: string, target: string) => void): HTMLElement {
  const t = ctx.t();
  return el(
    "section",
    { id: "consolidate-unknown", class: "card", "aria-labelledby": "consolidate-unknown-title" },
    el("h3", { id: "consolidate-unknown-title" }, `${t.unknownNamesTitle} (${names.length})`),
    el("p", { class: "hint" }, t.unknownNamesHint),
    el(
      "ul",
      { class: "name-list" },
      ...names.map((u) => {
        const buttons = u.suggestions.map((target) => {
          const b = el(
            "button",
            { type: "button", class: "subtle", "data-testid": "confirm-alias", "data-written": u.name, "data-target": target, "aria-label": t.confirmAliasLabel(u.name, target) },
            t.confirmAlias(target),
          );
          b.addEventListener("click", () => onConfirm(u.name, target));
          return b;
        });
        return el("li", { "data-testid": "unknown-name", "data-name": u.name }, el("span", { class: "file-name" }, u.name), " ", el("span", { class: "actions" }, ...buttons));
      }),
    ),
  );
}

/** "2026-03" as people say it: "tháng 3/2026", "March 2026". */
function periodText(period: string, t: Strings): string {
  const m = /^(\d{4})-(\d{1,2})$/.exec(period);
  return m ? t.periodText(Number(m[2]), Number(m[1])) : period;
}

function renderHeadline(ctx: PaneContext, p: ProgressView, onConfirm: (written: string, target: string) => void): HTMLElement {
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
      el("h2", { id: "consolidate-headline-title", class: "card-title" }, t.headlineTitle, el("span", { class: "card-sub", "data-testid": "headline-period" }, ` — ${periodText(p.period, t)}`)),
      p.otherYearOnly === null
        ? null
        : el("p", { class: "warning-box", role: "alert", "data-testid": "headline-other-year" }, t.allOtherYear(p.otherYearOnly.years.join(", "), p.otherYearOnly.planYear)),
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
    p.reportedWithErrors.length === 0
      ? null
      : el(
          "section",
          { id: "consolidate-invalid", class: "card" },
          el("h3", {}, `${t.reportedWithErrorsTitle} (${p.reportedWithErrors.length})`),
          el("p", { class: "hint" }, t.reportedWithErrorsHint),
          el("ul", { class: "name-list" }, ...p.reportedWithErrors.map((m) => el("li", { "data-testid": "invalid-report-org" }, m))),
        ),
    el(
      "section",
      { id: "consolidate-conflicts", class: "card" },
      el("h3", {}, `${t.conflictsTitle} (${p.conflicts.length})`),
      p.conflicts.length === 0 ? el("p", { class: "ok-text" }, t.noConflicts) : renderFindings(p.conflicts, lang, t, null),
    ),
    p.unknownNames.length > 0 ? renderUnknownNames(ctx, p.unknownNames, onConfirm) : null,
    p.rows.length > 0 ? renderProgressChart(p.rows, lang, t) : null,
    p.otherFindings.length > 0
      ? el("section", { id: "consolidate-findings", class: "card" }, el("h3", {}, t.otherFindings), renderFindings(p.otherFindings, lang, t, null))
      : null,
  );
}

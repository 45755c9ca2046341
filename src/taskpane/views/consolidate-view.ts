/** "Tổng hợp": choose report sheets and files, consolidate, show the headline. The work is in ../use-cases/consolidate. */
import { renderConsolidationExtras } from "./consolidation-extras-view";
import { renderRegisterOptions } from "./register-options-view";
import { TAB_SHOWN_EVENT, type PaneContext } from "../context";
import { el, replaceChildren, uid } from "../dom";
import { renderFindings } from "../findings-list";
import { wordPlanOf } from "../word-plan";
import type { SheetRef } from "../../host";
import { formatNumber, type Strings } from "../i18n";
import { createStatusArea, describeError } from "../progress";
import { renderProgressChart } from "../progress-chart";
import type { ProgressView, UnknownNameView } from "../progress-model";
import { sheetKey } from "../settings";
import { ALIAS_SHEET_NAME, type Alias } from "../../core";
import {
  confirmAliasUndoably,
  isRejected,
  lastAliasChange,
  loadRejectedAliases,
  ownedAliases,
  rejectAlias,
  removeAlias,
  undoAliasChange,
} from "../use-cases/alias-choices";
import {
  addSourceFiles,
  consolidateChosenSources,
  detectReportSheets,
  hasSources,
  removeSourceFile,
  type ConsolidateOutcome,
  type ConsolidatePeriod,
} from "../use-cases/consolidate";
import { settingsNote } from "./check-view";
import { createPlanLine } from "./plan-line";

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
  const planLine = createPlanLine(ctx, "consolidate");
  yearInput.setAttribute("aria-describedby", "consolidate-year-source");
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
    planLine.update();
    // Sheets come and go outside the pane; rescan only when the list changed.
    void ctx.refreshSheets().then(
      () => {
        if (!ctx.state.reportSheetsScanned) void status.run(t.readingSheets, () => detectReportSheets(ctx)).then(renderSheetList);
      },
      (e: unknown) => status.error(describeError(e, ctx.lang())),
    );
  });

  const fileInput = el("input", { id: "consolidate-files", type: "file", multiple: true, accept: ".xlsx,.xlsm,.csv", class: "visually-hidden", tabindex: -1 });
  const fileButton = el("label", { for: "consolidate-files", class: "button-like", tabindex: "-1" }, t.addFiles);
  const fileList = el("ul", { id: "consolidate-file-list", class: "file-list" });
  const renderFileList = (): void => {
    replaceChildren(
      fileList,
      ...ctx.state.sourceFiles.map((f, i) => {
        const remove = el("button", { type: "button", class: "icon-button", "aria-label": t.removeFile(f.name), title: t.removeFile(f.name) }, "×");
        remove.addEventListener("click", () => {
          removeSourceFile(ctx, i);
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
    void status.run(t.loadingReader, () => addSourceFiles(ctx, files)).then(renderFileList);
  });

  const runButton = el("button", { id: "consolidate-run", type: "button", class: "primary" }, t.consolidate);
  const results = el("div", { id: "consolidate-results", class: "results" });
  /** The attributes that name the focused control inside the results, to find its like after they are rebuilt. */
  const FOCUS_KEYS = ["id", "data-testid", "data-written", "data-target"] as const;
  const focusedInResults = (): Array<string | null> | null => {
    const a = document.activeElement;
    if (!(a instanceof HTMLElement) || !results.contains(a)) return null;
    return FOCUS_KEYS.map((k) => a.getAttribute(k));
  };
  const showResults = (): void => {
    // Rebuilding the results must not drop the keyboard user's focus to the top of the page.
    const focused = focusedInResults();
    renderResults();
    if (focused === null) return;
    const named = focused[0] !== null || focused[1] !== null;
    const again = named
      ? Array.from(results.querySelectorAll<HTMLElement>("[id], [data-testid]")).find((e) => FOCUS_KEYS.every((k, i) => e.getAttribute(k) === focused[i]))
      : undefined;
    if (again) again.focus();
    else status.focus();
  };
  const renderResults = (): void => {
    const p = ctx.state.progress;
    const handlers: AliasHandlers = { confirm: onConfirmAlias, reject: onRejectAlias, remove: onRemoveAlias, undo: onUndoAlias, owned: ownedList };
    replaceChildren(results, p ? renderHeadline(ctx, p, handlers) : null);
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
    if (p) results.append(renderConsolidationExtras(ctx));
  };

  /** The period in the form, or null after telling the user what is wrong; year null means "the plan's". */
  const chosenPeriod = (): ConsolidatePeriod | null => {
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

  /** The aliases on the add-in's own sheet, shown with a remove button each; read after every run. */
  let ownedList: readonly Alias[] = [];
  const afterRun = (outcome: ConsolidateOutcome | undefined | null): void => {
    void ownedAliases(ctx)
      .then((list) => {
        ownedList = list;
        showResults();
      })
      .catch(() => undefined);
    if (outcome?.kind === "needAllocation") status.error(t.needAllocation);
    // Reading the table may have taken the plan's year from its title.
    if (outcome?.kind === "done") yearInput.value = String(outcome.year);
    planLine.update();
    showResults();
    // A result below the fold is no result to a user who does not scroll.
    if (outcome?.kind === "done") results.scrollIntoView?.({ block: "start", behavior: "smooth" });
    const note = outcome?.kind === "done" ? settingsNote(ctx, outcome.persisted) : null;
    if (note !== null) status.note(note);
  };

  runButton.addEventListener("click", () => {
    const period = chosenPeriod();
    if (!period) return;
    if (!hasSources(ctx)) {
      status.error(t.noSources);
      return;
    }
    void status
      .run(t.working, async () => {
        await loadRejectedAliases(ctx);
        return consolidateChosenSources(ctx, period);
      })
      .then(afterRun);
  });

  function onRejectAlias(written: string, target: string): void {
    const period = chosenPeriod();
    if (!period) return;
    void status.run(t.working, () => rejectAlias(ctx, { written, target })).then(() => {
      showResults();
      status.message(ctx.t().aliasRejected(written, target));
    });
  }

  function onRemoveAlias(alias: Alias): void {
    const period = chosenPeriod();
    if (!period) return;
    void status.run(t.savingAlias, () => removeAlias(ctx, alias, period)).then((outcome) => {
      afterRun(outcome);
      status.message(ctx.t().aliasRemoved(alias.written));
      if (document.activeElement === null || document.activeElement === document.body) status.focus();
    });
  }

  function onUndoAlias(): void {
    const period = chosenPeriod();
    if (!period) return;
    void status.run(t.savingAlias, () => undoAliasChange(ctx, period)).then((outcome) => {
      afterRun(outcome);
      status.message(ctx.t().aliasUndone);
      // The undo button went with the change it undid: keep the keyboard on the outcome.
      if (document.activeElement === null || document.activeElement === document.body) status.focus();
    });
  }

  /** Only the user's click on a suggestion makes an alias (see confirmAlias). */
  function onConfirmAlias(written: string, target: string): void {
    const period = chosenPeriod();
    if (!period) return;
    void status
      .run(t.savingAlias, () => confirmAliasUndoably(ctx, { written, target }, period))
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
      planLine.element,
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
    renderRegisterOptions(ctx),
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

interface AliasHandlers {
  confirm(written: string, target: string): void;
  reject(written: string, target: string): void;
  remove(alias: Alias): void;
  undo(): void;
  readonly owned: readonly Alias[];
}

/** The aliases PTĐV wrote, each removable, and the undo of the last change. */
function renderAliasList(ctx: PaneContext, handlers: AliasHandlers): HTMLElement | null {
  const t = ctx.t();
  const change = lastAliasChange(ctx);
  if (handlers.owned.length === 0 && !change) return null;
  const undo = change ? el("button", { id: "alias-undo", type: "button", "data-testid": "alias-undo" }, t.undo) : null;
  undo?.addEventListener("click", () => handlers.undo());
  return el(
    "section",
    { id: "consolidate-aliases", class: "card" },
    el("h3", {}, `${t.aliasesTitle} (${handlers.owned.length})`),
    el(
      "ul",
      { class: "name-list" },
      ...handlers.owned.map((a) => {
        const b = el("button", { type: "button", class: "subtle", "data-testid": "remove-alias", "data-written": a.written, "aria-label": t.aliasRemove(a.written) }, "×");
        b.addEventListener("click", () => handlers.remove(a));
        return el("li", { "data-testid": "owned-alias" }, el("span", { class: "file-name" }, `${a.written} → ${a.target}`), " ", b);
      }),
    ),
    undo,
  );
}

function renderUnknownNames(ctx: PaneContext, names: readonly UnknownNameView[], handlers: AliasHandlers): HTMLElement {
  const t = ctx.t();
  const onConfirm = handlers.confirm;
  return el(
    "section",
    { id: "consolidate-unknown", class: "card", "aria-labelledby": "consolidate-unknown-title" },
    el("h3", { id: "consolidate-unknown-title" }, `${t.unknownNamesTitle} (${names.length})`),
    el("p", { class: "hint" }, t.unknownNamesHint),
    el(
      "ul",
      { class: "name-list" },
      ...names.map((u) => {
        // A "Không phải" answer is remembered for this allocation: that suggestion is not offered again.
        const offered = u.suggestions.filter((target) => !isRejected(ctx, u.name, target));
        const buttons = offered.flatMap((target) => {
          const b = el(
            "button",
            { type: "button", class: "subtle", "data-testid": "confirm-alias", "data-written": u.name, "data-target": target, "aria-label": t.confirmAliasLabel(u.name, target) },
            t.confirmAlias(target),
          );
          b.addEventListener("click", () => onConfirm(u.name, target));
          const no = el(
            "button",
            { type: "button", class: "subtle", "data-testid": "reject-alias", "data-written": u.name, "data-target": target, "aria-label": `${t.aliasReject}: ${u.name} ≠ ${target}` },
            t.aliasReject,
          );
          no.addEventListener("click", () => handlers.reject(u.name, target));
          return [b, no];
        });
        const first = offered[0];
        return el(
          "li",
          { "data-testid": "unknown-name", "data-name": u.name },
          el("span", { class: "file-name" }, u.name),
          " ",
          el("span", { class: "actions" }, ...buttons),
          first === undefined ? null : el("p", { class: "hint", "data-testid": "alias-will-write" }, t.aliasWillWrite(u.name, first, ALIAS_SHEET_NAME)),
        );
      }),
    ),
  );
}

/** "2026-03" as people say it: "tháng 3/2026", "March 2026". */
function periodText(period: string, t: Strings): string {
  const m = /^(\d{4})-(\d{1,2})$/.exec(period);
  return m ? t.periodText(Number(m[2]), Number(m[1])) : period;
}

function renderHeadline(ctx: PaneContext, p: ProgressView, handlers: AliasHandlers): HTMLElement {
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
      p.conflicts.length === 0 ? el("p", { class: "ok-text" }, t.noConflicts) : renderFindings(p.conflicts, lang, t, null, wordPlanOf(ctx.state.allocation, ctx.state.allocationRef)),
    ),
    p.unknownNames.length > 0 ? renderUnknownNames(ctx, p.unknownNames, handlers) : null,
    renderAliasList(ctx, handlers),
    p.rows.length > 0 ? renderProgressChart(p.rows, lang, t) : null,
    p.otherFindings.length > 0
      ? el("section", { id: "consolidate-findings", class: "card" }, el("h3", {}, t.otherFindings), renderFindings(p.otherFindings, lang, t, null, wordPlanOf(ctx.state.allocation, ctx.state.allocationRef)))
      : null,
  );
}

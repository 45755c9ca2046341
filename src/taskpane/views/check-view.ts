/** "Kiểm tra phân bổ": pick the sheet, check it, see totals and findings, jump to cells. The work is in ../use-cases/allocation. */
import type { AllocationCheckResult } from "../../core";
import { TAB_SHOWN_EVENT, type PaneContext } from "../context";
import { el, replaceChildren } from "../dom";
import { renderFindings } from "../findings-list";
import type { SheetInfo } from "../../host";
import { formatNumber, type Strings } from "../i18n";
import { createStatusArea, describeError } from "../progress";
import { parseTargetInput, sheetKey, type PersistOutcome } from "../settings";
import { checkChosenSheet, clearFindingHighlight, defaultAllocationRef, goToFinding, highlightFindings, inputSheets, tableErrorCount } from "../use-cases/allocation";
import { refOf } from "../use-cases/read-by-ref";

export function sheetSizeText(ctx: PaneContext, s: SheetInfo): string {
  const lang = ctx.lang();
  return ctx.t().sheetSize(formatNumber(s.usedRows ?? 0, lang), formatNumber(s.usedColumns ?? 0, lang));
}

/** The note shown under an action whose settings the host refused to store. */
export function settingsNote(ctx: PaneContext, outcome: PersistOutcome): string | null {
  return outcome.saved ? null : `${ctx.t().settingsNotSaved} ${describeError(outcome.error, ctx.lang())}`;
}

function sheetLabel(s: SheetInfo, t: Strings): string {
  const name = s.file === undefined ? s.name : `${s.file} › ${s.name}`;
  return s.hidden === true ? `${name}${t.hiddenSuffix}` : name;
}

export function renderCheckView(ctx: PaneContext): HTMLElement {
  const t = ctx.t();
  const lang = ctx.lang();
  const panel = el("div", { class: "view check-view" });
  const status = createStatusArea("check-status", () => ctx.t(), panel);

  const select = el("select", { id: "check-sheet", name: "sheet" });
  /** The sheet the user chose in the picker, kept across refreshes while it exists. */
  let picked: string | null = null;
  select.addEventListener("change", () => {
    picked = select.value;
  });
  const refreshButton = el("button", { id: "check-refresh", type: "button", class: "subtle", "aria-label": t.refreshSheets, title: t.refreshSheets }, t.refresh);
  const targetInput = el("input", {
    id: "check-target",
    type: "text",
    inputmode: "numeric",
    autocomplete: "off",
    "aria-describedby": "check-target-hint check-target-suggested",
    value: ctx.state.settings.target === null ? "" : String(ctx.state.settings.target),
  });
  const runButton = el("button", { id: "check-run", type: "button", class: "primary" }, t.runCheck);
  const highlightButton = el("button", { id: "check-highlight", type: "button" }, t.highlight);
  const clearButton = el("button", { id: "check-clear", type: "button" }, t.clearHighlight);
  const results = el("div", { id: "check-results", class: "results" });
  const suggestion = el("p", { id: "check-target-suggested", class: "hint", "data-testid": "target-suggested" });
  const showSuggestion = (): void => {
    const s = ctx.state.suggestedTarget;
    suggestion.hidden = s === null;
    suggestion.textContent = s === null ? "" : ctx.t().targetSuggested(s);
  };
  showSuggestion();

  const fillOptions = (): void => {
    const sheets = inputSheets(ctx);
    const keys = new Set(sheets.map((s) => sheetKey(s)));
    const fallback = defaultAllocationRef(ctx);
    const keep = picked !== null && keys.has(picked) ? picked : fallback ? sheetKey(fallback) : null;
    if (picked !== null && !keys.has(picked)) picked = null;
    replaceChildren(
      select,
      ...sheets.map((s) => {
        const option = el("option", { value: sheetKey(s) }, sheetLabel(s, t));
        if (sheetKey(s) === keep) option.selected = true;
        return option;
      }),
    );
    const none = sheets.length === 0;
    select.disabled = none;
    runButton.disabled = none;
    if (!ctx.state.allocation) showResult();
  };

  const selectedInfo = (): SheetInfo | undefined => inputSheets(ctx).find((x) => sheetKey(x) === select.value);

  const showResult = (): void => {
    const r = ctx.state.allocation;
    if (!r) {
      replaceChildren(results, el("p", { class: "empty", "data-testid": "check-empty" }, inputSheets(ctx).length === 0 ? t.noSheets : t.checkEmpty));
      highlightButton.disabled = true;
      clearButton.disabled = !ctx.host.capabilities().highlight || ctx.state.highlightedRefs.length === 0;
      return;
    }
    const hasCells = r.findings.some((f) => f.cell !== undefined);
    highlightButton.disabled = !hasCells || !ctx.host.capabilities().highlight;
    clearButton.disabled = !ctx.host.capabilities().highlight;
    replaceChildren(
      results,
      r.tableFound ? renderSummary(ctx, r) : el("p", { class: "empty warning-box", "data-testid": "table-not-found" }, t.tableNotFound),
      el("h2", { class: "section-title" }, t.findingsTitle),
      r.findings.length === 0
        ? el("p", { class: "empty ok-box", "data-testid": "no-findings" }, t.noFindings)
        : renderFindings(r.findings, lang, t, (f) => void status.run(t.working, () => goToFinding(ctx, f))),
    );
  };


  const refreshQuietly = (): void => {
    void ctx.refreshSheets().then(fillOptions, (e: unknown) => status.error(describeError(e, ctx.lang())));
  };
  panel.addEventListener(TAB_SHOWN_EVENT, refreshQuietly);
  refreshButton.addEventListener("click", () => {
    void status.run(t.readingSheets, () => ctx.refreshSheets()).then((changed) => {
      if (changed !== undefined) fillOptions();
    });
  });

  runButton.addEventListener("click", () => {
    const chosen = selectedInfo();
    if (!chosen) {
      status.error(t.noSheets);
      return;
    }
    const target = parseTargetInput(targetInput.value);
    if (target === undefined) {
      status.error(t.invalidNumber);
      targetInput.focus();
      return;
    }
    void status
      .run(t.readingSheets, () => checkChosenSheet(ctx, refOf(chosen), target))
      .then((outcome) => {
        if (!outcome) return;
        fillOptions();
        if (outcome.kind === "gone") {
          status.error(t.sheetGone(outcome.name));
          return;
        }
        if (outcome.kind === "tooLarge") {
          status.error(t.sheetTooLarge(outcome.sheet.name, sheetSizeText(ctx, outcome.sheet)));
          return;
        }
        targetInput.value = ctx.state.settings.target === null ? "" : String(ctx.state.settings.target);
        showSuggestion();
        showResult();
        const note = settingsNote(ctx, outcome.persisted);
        if (note !== null) status.note(note);
      });
  });

  highlightButton.addEventListener("click", () => {
    if (!ctx.state.allocation || !ctx.state.allocationRef) return;
    void status.run(t.working, () => highlightFindings(ctx)).then((count) => {
      if (count === undefined || count === null) return;
      clearButton.disabled = false;
      status.message(t.highlightDone(count));
    });
  });

  clearButton.addEventListener("click", () => {
    const inPicker = selectedInfo();
    if (!inPicker && ctx.state.highlightedRefs.length === 0) return;
    void status.run(t.working, () => clearFindingHighlight(ctx, inPicker ? refOf(inPicker) : null)).then((cleared) => {
      if (cleared) status.message(t.highlightCleared);
    });
  });

  panel.append(
    el(
      "div",
      { class: "form" },
      el("div", { class: "row-between" }, el("label", { for: "check-sheet" }, t.sheetLabel), refreshButton),
      select,
      el("label", { for: "check-target" }, t.targetLabel),
      targetInput,
      el("p", { id: "check-target-hint", class: "hint" }, t.targetHint),
      suggestion,
      el("div", { class: "actions" }, runButton),
    ),
    status.element,
    results,
    el("div", { class: "actions" }, highlightButton, clearButton),
  );
  fillOptions();
  showResult();
  return panel;
}

function renderSummary(ctx: PaneContext, r: AllocationCheckResult): HTMLElement {
  const t = ctx.t();
  const lang = ctx.lang();
  const n = (x: number): string => formatNumber(x, lang);
  const diff = r.totals.difference;
  const meets = r.totals.meetsTarget;
  // A total with errors behind it (a row counted twice, an unreadable quota) is no verdict at all.
  const errors = tableErrorCount(r);
  const schools = r.organizations.filter((o) => o.kind === "upperSecondary");
  const row = (label: string, value: string, testid: string): HTMLElement =>
    el("div", { class: "stat" }, el("dt", {}, label), el("dd", { "data-testid": testid }, value));
  return el(
    "section",
    { id: "check-summary", class: "card", "aria-labelledby": "check-summary-title" },
    el("h2", { id: "check-summary-title", class: "card-title" }, t.summaryTitle, r.sheet === null ? null : el("span", { class: "card-sub" }, ` — ${r.sheet}`)),
    el(
      "dl",
      { class: "stats" },
      row(t.totalQuota, n(r.totals.quota), "summary-total"),
      row(t.target, r.target === null ? t.noTarget : n(r.target), "summary-target"),
      row(t.difference, diff === null ? "—" : `${diff > 0 ? "+" : diff < 0 ? "−" : "±"}${n(Math.abs(diff))}`, "summary-difference"),
      row(t.organizations, n(r.totals.organizations), "summary-organizations"),
      row(t.studentQuotaTotal, n(r.totals.studentQuota), "summary-students"),
    ),
    meets === null
      ? null
      : errors > 0
        ? el("p", { class: "verdict verdict-bad", "data-testid": "summary-verdict", "data-reliable": "false" }, `⚠ ${t.verdictUnreliable(errors)}`)
        : el(
            "p",
            { class: `verdict ${meets ? "verdict-ok" : "verdict-bad"}`, "data-testid": "summary-verdict", "data-reliable": "true" },
            meets ? `✓ ${t.meetsTarget}` : `✗ ${t.belowTarget}`,
          ),
    el("h3", {}, t.studentQuotasTitle),
    schools.length === 0
      ? el("p", { class: "empty" }, t.noUpperSecondary)
      : el(
          "ul",
          { class: "school-list", "data-testid": "student-quotas" },
          ...schools.map((s) =>
            el(
              "li",
              { class: s.studentQuota > 0 ? "" : "missing" },
              el("span", { class: "school-name" }, s.name),
              el("span", { class: "school-quota" }, t.studentsOf(s.studentQuota)),
            ),
          ),
        ),
  );
}

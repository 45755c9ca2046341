/** "Kiểm tra phân bổ": pick the sheet, check it, see totals and findings, jump to cells. The work is in ../use-cases/allocation. */
import { targetPhrase, type AllocationCheckResult } from "../../core";
import { TAB_SHOWN_EVENT, type PaneContext } from "../context";
import { el, replaceChildren } from "../dom";
import { renderFindings } from "../findings-list";
import type { SheetInfo } from "../../host";
import { formatNumber, type Strings } from "../i18n";
import { createStatusArea, describeError } from "../progress";
import { parseTargetInput, sheetKey, type PersistOutcome } from "../settings";
import { checkChosenSheet, clearFindingHighlight, defaultAllocationRef, goToFinding, highlightFindings, inputSheets, tableErrorCount } from "../use-cases/allocation";
import { readSheetsByRef, refOf } from "../use-cases/read-by-ref";
import { canFixTextNumbers, fixTextNumbers, undoLastFix } from "../use-cases/fix-text-numbers";
import { adoptPlan, targetSource } from "../use-cases/plan";
import { targetSourceText } from "./plan-source-text";
import { tableLabel } from "../../docx/docx-place";
import { planRefLabel, wordPlanOf } from "../word-plan";

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
    const info = selectedInfo();
    if (!info) return;
    // The chosen sheet's own target and year, before any check.
    void readSheetsByRef(ctx.host, [refOf(info)])
      .then((grids) => adoptPlan(ctx, refOf(info), grids.get(refOf(info))))
      .then(() => {
        targetInput.value = ctx.state.settings.target === null ? "" : String(ctx.state.settings.target);
        showSuggestion();
      })
      .catch((e: unknown) => status.error(describeError(e, ctx.lang())));
  });
  const refreshButton = el("button", { id: "check-refresh", type: "button", class: "subtle", "aria-label": t.refreshSheets, title: t.refreshSheets }, t.refresh);
  const targetInput = el("input", {
    id: "check-target",
    type: "text",
    inputmode: "numeric",
    autocomplete: "off",
    "aria-describedby": "check-target-hint check-target-source check-target-suggested",
    value: ctx.state.settings.target === null ? "" : String(ctx.state.settings.target),
  });
  const runButton = el("button", { id: "check-run", type: "button", class: "primary" }, t.runCheck);
  const highlightButton = el("button", { id: "check-highlight", type: "button" }, t.highlight);
  const fixArea = el("div", { id: "check-fix", class: "actions", "data-testid": "check-fix" });
  const clearButton = el("button", { id: "check-clear", type: "button" }, t.clearHighlight);
  const results = el("div", { id: "check-results", class: "results" });
  const suggestion = el("p", { id: "check-target-suggested", class: "hint", "data-testid": "target-suggested" });
  const sourceLine = el("p", { id: "check-target-source", class: "hint", "data-testid": "target-source" });
  const chosenLine = el("p", { class: "hint", "data-testid": "allocation-chosen" });
  const showSuggestion = (): void => {
    const s = ctx.state.suggestedTarget;
    // The source line says the same with its cell; the old suggestion stays for when the cell is unknown.
    const src = targetSource(ctx.state);
    suggestion.hidden = s === null || src.source === "sheet";
    suggestion.textContent = s === null ? "" : ctx.t().targetSuggested(s);
    const tt = ctx.t();
    sourceLine.textContent = targetSourceText(ctx.state, tt, ctx.lang());
    sourceLine.hidden = sourceLine.textContent === "";
    const plan = ctx.state.allocationRef ?? ctx.state.planRef;
    chosenLine.hidden = plan === null;
    chosenLine.textContent = plan === null ? "" : tt.allocationChosen(planRefLabel(plan, ctx.state.planNaming, ctx.lang()));
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
    results.hidden = false;
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
    renderFix();
    replaceChildren(
      results,
      r.tableFound ? renderSummary(ctx, r) : el("p", { class: "empty warning-box", "data-testid": "table-not-found" }, t.tableNotFound),
      fixArea,
      el("h2", { class: "section-title" }, t.findingsTitle),
      r.findings.length === 0
        ? el("p", { class: "empty ok-box", "data-testid": "no-findings" }, t.noFindings)
        : renderFindings(r.findings, lang, t, (f) => void status.run(t.working, () => goToFinding(ctx, f)), wordPlanOf(r, ctx.state.allocationRef)),
    );
  };


  /** The fix where there is one (numbers stored as text), and its undo. */
  function renderFix(): void {
    const tt = ctx.t();
    const fix = el("button", { id: "check-fix-text", type: "button" }, tt.fixTextNumbers);
    fix.addEventListener("click", () => {
      void status.run(tt.working, () => fixTextNumbers(ctx)).then((outcome) => {
        if (!outcome || outcome.kind === "nothing") return;
        showSuggestion();
        showResult();
        status.message(outcome.downloaded === undefined ? tt.fixDone(outcome.count) : tt.fixDownloaded(outcome.count, outcome.downloaded));
        document.getElementById("check-undo")?.focus();
      });
    });
    const undo = el("button", { id: "check-undo", type: "button" }, tt.undo);
    undo.addEventListener("click", () => {
      void status.run(tt.working, () => undoLastFix(ctx)).then((outcome) => {
        if (!outcome) return;
        showSuggestion();
        showResult();
        status.message(outcome.kept.length === 0 ? tt.undone : tt.undoneKept(outcome.restored, outcome.kept));
        // The undo button is gone with the fix: the fix offered again is where the keyboard goes on, else the status line.
        const again = document.getElementById("check-fix-text");
        if (again) again.focus();
        else status.focus();
      });
    });
    const showFix = canFixTextNumbers(ctx);
    const showUndo = ctx.state.lastFix !== null && ctx.host.undoUserCells !== undefined;
    replaceChildren(fixArea, showFix ? fix : null, showFix ? el("p", { class: "hint" }, tt.fixTextNumbersHint) : null, showUndo ? undo : null);
    fixArea.hidden = !showFix && !showUndo;
  }

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
      // The last result was for another target: it must not sit under the error as if it were this one's.
      results.hidden = true;
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
        // A result below the fold is no result to a user who does not scroll.
        results.scrollIntoView?.({ block: "start", behavior: "smooth" });
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
      sourceLine,
      suggestion,
      chosenLine,
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
    el("h2", { id: "check-summary-title", class: "card-title" }, t.summaryTitle, r.sheet === null ? null : el("span", { class: "card-sub" }, ` — ${r.cellNaming === "tableRowColumn" ? tableLabel(r.sheet, lang) : r.sheet}`)),
    el(
      "dl",
      { class: "stats" },
      row(t.totalQuota, r.totals.quotaMax > r.totals.quota ? t.quotaRange(n(r.totals.quota), n(r.totals.quotaMax)) : n(r.totals.quota), "summary-total"),
      row(t.target, r.target === null ? t.noTarget : n(r.target), "summary-target"),
      row(t.difference, diff === null ? "—" : `${diff > 0 ? "+" : diff < 0 ? "−" : "±"}${n(Math.abs(diff))}`, "summary-difference"),
      row(t.organizations, n(r.totals.organizations), "summary-organizations"),
      row(t.studentQuotaTotal, n(r.totals.studentQuota), "summary-students"),
      Object.keys(r.totals.subQuotas).length === 0
        ? null
        : row(t.subQuotasLabel, Object.entries(r.totals.subQuotas).map(([g, c]) => t.subQuotaGroup(g, n(c))).join(", "), "summary-subquotas"),
    ),
    targetPhrase(r, lang) === null ? null : el("p", { class: "hint", "data-testid": "summary-target-source" }, capitalise(targetPhrase(r, lang) ?? "")),
    meets === null
      ? null
      : errors > 0
        ? el(
            "p",
            { class: "verdict verdict-bad", "data-testid": "summary-verdict", "data-reliable": "false" },
            // The list's "Lỗi (n)" counts the total below the target too; the verdict names it apart, so the two agree.
            `⚠ ${t.verdictUnreliable(errors, r.findings.some((f) => f.code === "TOTAL_BELOW_TARGET" && f.severity === "error"))}`,
          )
        : el(
            "p",
            { class: `verdict ${meets ? "verdict-ok" : "verdict-bad"}`, "data-testid": "summary-verdict", "data-reliable": "true" },
            meets ? `✓ ${t.meetsTarget}` : `✗ ${t.belowTarget}`,
          ),
    r.organizations.length === 0
      ? null
      : el(
          "details",
          { class: "org-quotas" },
          el("summary", {}, `${t.organizations} (${n(r.organizations.length)})`),
          el(
            "ul",
            { class: "school-list", "data-testid": "org-quotas" },
            ...r.organizations.map((o) =>
              el("li", { "data-testid": "org-quota" }, el("span", { class: "school-name" }, o.name), el("span", { class: "school-quota" }, quotaText(o, lang))),
            ),
          ),
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

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A quota as the plan writes it: `1–2` for a range, `08 (03 SV)` with its groups. */
function quotaText(o: { readonly quota: number | null; readonly quotaMax?: number | null; readonly subQuotas?: Readonly<Record<string, number>> }, lang: "vi" | "en"): string {
  if (o.quota === null) return "—";
  const pad = (x: number): string => (x < 10 ? `0${x}` : formatNumber(x, lang));
  const max = o.quotaMax ?? o.quota;
  const base = max > o.quota ? `${pad(o.quota)}–${pad(max)}` : pad(o.quota);
  const groups = Object.entries(o.subQuotas ?? {}).filter(([, c]) => c > 0);
  return groups.length === 0 ? base : `${base} (${groups.map(([g, c]) => `${pad(c)} ${g}`).join(", ")})`;
}

/** "Kiểm tra phân bổ": pick the sheet, check it, see totals and findings, jump to cells. */
import { isAliasSheet } from "../alias-sheet";
import { checkAllocation } from "../../core";
import type { AllocationCheckResult } from "../../core";
import type { Finding } from "../../core";
import type { Grid } from "../../core";
import { TAB_SHOWN_EVENT, type PaneContext } from "../context";
import { el, replaceChildren } from "../dom";
import { renderFindings } from "../findings-list";
import { isTooLargeToRead, type SheetInfo, type SheetRef } from "../../host";
import { formatNumber, type Strings } from "../i18n";
import { applyPlanHints, readPlanHints } from "../plan-defaults";
import { createStatusArea, describeError } from "../progress";
import { parseTargetInput, persistSettings, sheetKey, type PersistOutcome } from "../settings";

/** Runs the engine on grids already read, and makes the result the pane's current one. */
export function checkAllocationGrids(ctx: PaneContext, ref: SheetRef, grids: readonly Grid[]): AllocationCheckResult {
  ctx.state.planHints = readPlanHints(grids.find((g) => g.name === ref.name) ?? grids[0]);
  applyPlanHints(ctx.state);
  const options: { target: number | null; sheet: string; file?: string } = { target: ctx.state.settings.target, sheet: ref.name };
  if (ref.file !== undefined) options.file = ref.file;
  const result = checkAllocation(grids, options);
  ctx.state.allocationRef = ref;
  ctx.state.allocation = result;
  return result;
}

export async function runAllocationCheck(ctx: PaneContext, ref: SheetRef): Promise<AllocationCheckResult> {
  return checkAllocationGrids(ctx, ref, await ctx.host.readSheets([ref]));
}

/**
 * Errors in the table itself (a row counted twice, an unreadable quota). The
 * total being below the target is an error of the plan, not of the table: the
 * verdict already says it, and the figures behind it are sound.
 */
export function tableErrorCount(r: AllocationCheckResult): number {
  return r.findings.filter((f) => f.severity === "error" && f.code !== "TOTAL_BELOW_TARGET").length;
}

export function refOf(s: { readonly name: string; readonly file?: string | undefined }): SheetRef {
  return s.file === undefined ? { name: s.name } : { name: s.name, file: s.file };
}

/** The sheet to check when the user has not chosen: remembered, else active, else the first. */
export function defaultAllocationRef(ctx: PaneContext): SheetRef | null {
  const { sheets, settings, allocationRef } = ctx.state;
  // The alias sheet is never the allocation table, even when it comes first.
  const candidates = sheets.filter((s) => !s.owned && !isAliasSheet(s));
  if (allocationRef && candidates.some((s) => sheetKey(s) === sheetKey(allocationRef))) return allocationRef;
  const remembered = candidates.find((s) => sheetKey(s) === settings.allocationSheet);
  if (remembered) return refOf(remembered);
  const active = candidates.find((s) => s.active === true);
  if (active) return refOf(active);
  const first = candidates[0];
  return first ? refOf(first) : null;
}

/** Finds or makes the allocation result the other tabs need. */
export async function ensureAllocation(ctx: PaneContext): Promise<AllocationCheckResult | null> {
  const current = ctx.state.allocation;
  if (current?.tableFound) return current;
  const ref = defaultAllocationRef(ctx);
  if (!ref) return null;
  const result = await runAllocationCheck(ctx, ref);
  return result.tableFound ? result : null;
}

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

type CheckOutcome =
  | { readonly kind: "gone"; readonly name: string }
  | { readonly kind: "tooLarge"; readonly sheet: SheetInfo }
  | { readonly kind: "done"; readonly persisted: PersistOutcome };

export function renderCheckView(ctx: PaneContext): HTMLElement {
  const t = ctx.t();
  const lang = ctx.lang();
  const panel = el("div", { class: "view check-view" });
  const status = createStatusArea("check-status", () => ctx.t(), panel);

  const inputSheets = (): SheetInfo[] => ctx.state.sheets.filter((s) => !s.owned);
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
    const sheets = inputSheets();
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

  const selectedInfo = (): SheetInfo | undefined => inputSheets().find((x) => sheetKey(x) === select.value);

  const showResult = (): void => {
    const r = ctx.state.allocation;
    if (!r) {
      replaceChildren(results, el("p", { class: "empty", "data-testid": "check-empty" }, inputSheets().length === 0 ? t.noSheets : t.checkEmpty));
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
        : renderFindings(r.findings, lang, t, (f) => void selectFinding(f)),
    );
  };

  const selectFinding = async (f: Finding): Promise<void> => {
    const ref = ctx.state.allocationRef;
    if (!ref || f.cell === undefined) return;
    const target: SheetRef = { ...ref, name: f.sheet ?? ref.name };
    await status.run(t.working, () => ctx.host.selectCell(target, f.cell as string));
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
    const key = sheetKey(chosen);
    void status
      .run(t.readingSheets, async (): Promise<CheckOutcome> => {
        // The workbook may have changed since the list was read: renamed, deleted or grown sheets.
        // A host that can list and read in one batch spares the user a second round trip.
        let grid: Grid | null | undefined;
        if (ctx.host.listAndReadSheets) {
          const both = await ctx.host.listAndReadSheets([refOf(chosen)]);
          ctx.adoptSheets(both.sheets);
          grid = both.grids[0] ?? null;
        } else {
          await ctx.refreshSheets();
        }
        const now = inputSheets().find((s) => sheetKey(s) === key);
        if (!now) return { kind: "gone", name: chosen.name };
        if (isTooLargeToRead(now)) return { kind: "tooLarge", sheet: now };
        // Listed but not read: deleted or replaced between the two halves of the batch.
        if (grid === null) return { kind: "gone", name: chosen.name };
        // A number the user typed (not the title's suggestion left as it was) is their choice.
        if (target !== null && target !== ctx.state.suggestedTarget) {
          ctx.state.explicit = { ...ctx.state.explicit, target: true };
          ctx.state.suggestedTarget = null;
        }
        if (target === null) ctx.state.suggestedTarget = null;
        ctx.state.settings = { ...ctx.state.settings, target, allocationSheet: key };
        if (grid === undefined) await runAllocationCheck(ctx, refOf(now));
        else checkAllocationGrids(ctx, refOf(now), [grid]);
        return { kind: "done", persisted: await persistSettings(ctx.host, ctx.state) };
      })
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
    const r = ctx.state.allocation;
    const ref = ctx.state.allocationRef;
    if (!r || !ref) return;
    const cells = r.findings.filter((f) => f.cell !== undefined).map((f) => ({ address: f.cell as string, severity: f.severity }));
    void status
      .run(t.working, async () => {
        await ctx.host.highlight({ sheet: ref, cells });
        ctx.state.highlightedRefs = ctx.state.highlightedRefs.filter((h) => sheetKey(h) !== sheetKey(ref)).concat(ref);
        return true;
      })
      .then((ok) => {
        if (ok !== true) return;
        clearButton.disabled = false;
        status.message(t.highlightDone(cells.length));
      });
  });

  clearButton.addEventListener("click", () => {
    // Clear what was highlighted, not whatever the picker or the last check points at now.
    const highlighted = ctx.state.highlightedRefs;
    const inPicker = selectedInfo();
    const pickerRef = inPicker ? refOf(inPicker) : null;
    const ref =
      (pickerRef && highlighted.find((h) => sheetKey(h) === sheetKey(pickerRef))) ?? highlighted[highlighted.length - 1] ?? pickerRef;
    if (!ref) return;
    void status
      .run(t.working, async () => {
        await ctx.host.clearHighlight(ref);
        ctx.state.highlightedRefs = ctx.state.highlightedRefs.filter((h) => sheetKey(h) !== sheetKey(ref));
        return true;
      })
      .then((ok) => {
        if (ok === true) status.message(t.highlightCleared);
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

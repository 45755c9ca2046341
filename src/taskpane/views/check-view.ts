/** "Kiểm tra phân bổ": pick the sheet, check it, see totals and findings, jump to cells. */
import { checkAllocation } from "../../core/allocation/check";
import type { AllocationCheckResult } from "../../core/allocation/types";
import type { Finding } from "../../core/findings";
import type { PaneContext } from "../context";
import { el, replaceChildren } from "../dom";
import { renderFindings } from "../findings-list";
import type { SheetRef } from "../host";
import { formatNumber } from "../i18n";
import { createStatusArea } from "../progress";
import { parseTargetInput, saveSetting, sheetKey } from "../settings";

export async function runAllocationCheck(ctx: PaneContext, ref: SheetRef): Promise<AllocationCheckResult> {
  const grids = await ctx.host.readSheets([ref]);
  const options: { target: number | null; sheet: string; file?: string } = { target: ctx.state.settings.target, sheet: ref.name };
  if (ref.file !== undefined) options.file = ref.file;
  const result = checkAllocation(grids, options);
  ctx.state.allocationRef = ref;
  ctx.state.allocation = result;
  return result;
}

/** The sheet to check when the user has not chosen: remembered, else active, else the first. */
export function defaultAllocationRef(ctx: PaneContext): SheetRef | null {
  const { sheets, settings, allocationRef } = ctx.state;
  const candidates = sheets.filter((s) => !s.owned);
  const pick = (s: (typeof candidates)[number]): SheetRef => (s.file === undefined ? { name: s.name } : { name: s.name, file: s.file });
  if (allocationRef && candidates.some((s) => sheetKey(s) === sheetKey(allocationRef))) return allocationRef;
  const remembered = candidates.find((s) => sheetKey(s) === settings.allocationSheet);
  if (remembered) return pick(remembered);
  const active = candidates.find((s) => s.active === true);
  if (active) return pick(active);
  const first = candidates[0];
  return first ? pick(first) : null;
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

function sheetLabel(s: { name: string; file?: string | undefined }): string {
  return s.file === undefined ? s.name : `${s.file} › ${s.name}`;
}

export function renderCheckView(ctx: PaneContext): HTMLElement {
  const t = ctx.t();
  const lang = ctx.lang();
  const panel = el("div", { class: "view check-view" });
  const status = createStatusArea("check-status", () => ctx.t(), panel);

  const inputSheets = ctx.state.sheets.filter((s) => !s.owned);
  const select = el("select", { id: "check-sheet", name: "sheet" });
  const current = defaultAllocationRef(ctx);
  for (const s of inputSheets) {
    const option = el("option", { value: sheetKey(s) }, sheetLabel(s));
    if (current && sheetKey(current) === sheetKey(s)) option.selected = true;
    select.append(option);
  }
  const targetInput = el("input", {
    id: "check-target",
    type: "text",
    inputmode: "numeric",
    autocomplete: "off",
    "aria-describedby": "check-target-hint",
    value: ctx.state.settings.target === null ? "" : String(ctx.state.settings.target),
  });
  const runButton = el("button", { id: "check-run", type: "button", class: "primary" }, t.runCheck);
  const highlightButton = el("button", { id: "check-highlight", type: "button" }, t.highlight);
  const clearButton = el("button", { id: "check-clear", type: "button" }, t.clearHighlight);
  const results = el("div", { id: "check-results", class: "results" });

  const selectedRef = (): SheetRef | null => {
    const s = inputSheets.find((x) => sheetKey(x) === select.value);
    if (!s) return null;
    return s.file === undefined ? { name: s.name } : { name: s.name, file: s.file };
  };

  const showResult = (): void => {
    const r = ctx.state.allocation;
    if (!r) {
      replaceChildren(results, el("p", { class: "empty", "data-testid": "check-empty" }, inputSheets.length === 0 ? t.noSheets : t.checkEmpty));
      highlightButton.disabled = true;
      clearButton.disabled = true;
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

  runButton.addEventListener("click", () => {
    const ref = selectedRef();
    if (!ref) {
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
      .run(t.readingSheets, async () => {
        ctx.state.settings = { ...ctx.state.settings, target, allocationSheet: sheetKey(ref) };
        await saveSetting(ctx.host, "target", target === null ? "" : String(target));
        await saveSetting(ctx.host, "allocationSheet", sheetKey(ref));
        return runAllocationCheck(ctx, ref);
      })
      .then((r) => {
        if (r) showResult();
      });
  });

  highlightButton.addEventListener("click", () => {
    const r = ctx.state.allocation;
    const ref = ctx.state.allocationRef;
    if (!r || !ref) return;
    const cells = r.findings.filter((f) => f.cell !== undefined).map((f) => ({ address: f.cell as string, severity: f.severity }));
    void status.run(t.working, () => ctx.host.highlight({ sheet: ref, cells })).then(() => {
      if (panel.querySelector("[data-testid=error]") === null) status.message(t.highlightDone(cells.length));
    });
  });

  clearButton.addEventListener("click", () => {
    const ref = ctx.state.allocationRef ?? selectedRef();
    if (!ref) return;
    void status.run(t.working, () => ctx.host.clearHighlight(ref)).then(() => {
      if (panel.querySelector("[data-testid=error]") === null) status.message(t.highlightCleared);
    });
  });

  panel.append(
    el(
      "div",
      { class: "form" },
      el("label", { for: "check-sheet" }, t.sheetLabel),
      select,
      el("label", { for: "check-target" }, t.targetLabel),
      targetInput,
      el("p", { id: "check-target-hint", class: "hint" }, t.targetHint),
      el("div", { class: "actions" }, runButton),
    ),
    status.element,
    results,
    el("div", { class: "actions" }, highlightButton, clearButton),
  );
  if (inputSheets.length === 0) {
    select.disabled = true;
    runButton.disabled = true;
  }
  showResult();
  return panel;
}

function renderSummary(ctx: PaneContext, r: AllocationCheckResult): HTMLElement {
  const t = ctx.t();
  const lang = ctx.lang();
  const n = (x: number): string => formatNumber(x, lang);
  const diff = r.totals.difference;
  const meets = r.totals.meetsTarget;
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
      : el(
          "p",
          { class: `verdict ${meets ? "verdict-ok" : "verdict-bad"}`, "data-testid": "summary-verdict" },
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

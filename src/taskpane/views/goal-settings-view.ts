/** Cài đặt's chi bộ goals (issue #12): the minimum of members and the years without admission, used by the next consolidation. */
import type { PaneContext } from "../context";
import { el } from "../dom";
import { describeError } from "../progress";
import { extrasOf, loadThresholds, parseThreshold, saveThresholds, THRESHOLD_LIMITS } from "../use-cases/pane-extras";

export function renderGoalSettings(ctx: PaneContext): HTMLElement {
  const t = ctx.t();
  const current = extrasOf(ctx).thresholds;
  const min = el("input", { id: "settings-branch-min", type: "text", inputmode: "numeric", autocomplete: "off", value: String(current.minMembers) });
  const years = el("input", { id: "settings-branch-years", type: "text", inputmode: "numeric", autocomplete: "off", value: String(current.years) });
  const save = el("button", { id: "settings-goals-save", type: "submit", class: "subtle" }, t.save);
  const note = el("p", { class: "note", role: "status", "data-testid": "goal-settings-note" });
  void loadThresholds(ctx).then(
    (loaded) => {
      // The user may have started typing before the stored values came back.
      if (document.activeElement !== min) min.value = String(loaded.minMembers);
      if (document.activeElement !== years) years.value = String(loaded.years);
    },
    (e: unknown) => {
      note.textContent = describeError(e, ctx.lang());
    },
  );
  const form = el(
    "form",
    { class: "form goal-settings", novalidate: true },
    el("h3", {}, t.settingsGoalsTitle),
    el("label", { for: "settings-branch-min" }, t.branchMinLabel),
    min,
    el("label", { for: "settings-branch-years" }, t.branchYearsLabel),
    years,
    el("div", { class: "actions" }, save),
    note,
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const m = parseThreshold(min.value, THRESHOLD_LIMITS.minMembers);
    if (m === undefined) {
      note.textContent = t.invalidThreshold(THRESHOLD_LIMITS.minMembers.min, THRESHOLD_LIMITS.minMembers.max);
      min.focus();
      return;
    }
    const y = parseThreshold(years.value, THRESHOLD_LIMITS.years);
    if (y === undefined) {
      note.textContent = t.invalidThreshold(THRESHOLD_LIMITS.years.min, THRESHOLD_LIMITS.years.max);
      years.focus();
      return;
    }
    void saveThresholds(ctx, { minMembers: m, years: y }).then(
      () => {
        note.textContent = t.saved;
      },
      (err: unknown) => {
        note.textContent = describeError(err, ctx.lang());
      },
    );
  });
  return form;
}

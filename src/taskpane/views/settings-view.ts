/** "Cài đặt": target, plan year, report header lines, place name, language. */
import type { PaneContext } from "../context";
import { el } from "../dom";
import { isLang, strings } from "../i18n";
import { createStatusArea } from "../progress";
import { parseTargetInput, persistSettings, splitLines, storedForm } from "../settings";

export function renderSettingsView(ctx: PaneContext): HTMLElement {
  const t = ctx.t();
  const s = ctx.state.settings;
  const panel = el("div", { class: "view settings-view" });
  const status = createStatusArea("settings-status", () => ctx.t(), panel);

  const target = el("input", { id: "settings-target", type: "text", inputmode: "numeric", autocomplete: "off", value: s.target === null ? "" : String(s.target) });
  const year = el("input", { id: "settings-year", type: "number", min: 1945, max: 2200, step: 1, value: String(s.year) });
  const body = el("textarea", { id: "settings-issuing-body", rows: 3 });
  body.value = s.issuingBody.join("\n");
  const place = el("input", { id: "settings-place", type: "text", autocomplete: "off", value: s.place });
  const lang = el("select", { id: "settings-lang" });
  for (const value of ["vi", "en"] as const) {
    const o = el("option", { value, lang: value }, strings(value).langName);
    if (value === s.lang) o.selected = true;
    lang.append(o);
  }
  const save = el("button", { id: "settings-save", type: "submit", class: "primary" }, t.save);

  const form = el(
    "form",
    { class: "form", novalidate: true },
    el("label", { for: "settings-target" }, t.targetLabel),
    target,
    el("label", { for: "settings-year" }, t.yearLabel),
    year,
    el("label", { for: "settings-issuing-body" }, t.issuingBodyLabel),
    body,
    el("label", { for: "settings-place" }, t.placeLabel),
    place,
    el("label", { for: "settings-lang" }, t.languageLabel),
    lang,
    el("div", { class: "actions" }, save),
  );

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const targetValue = parseTargetInput(target.value);
    if (targetValue === undefined) {
      status.error(t.invalidNumber);
      target.focus();
      return;
    }
    const yearValue = Number(year.value);
    if (!Number.isInteger(yearValue) || yearValue < 1945 || yearValue > 2200) {
      status.error(t.invalidYear);
      year.focus();
      return;
    }
    const langValue = isLang(lang.value) ? lang.value : s.lang;
    const lines = splitLines(body.value);
    const next = { ...ctx.state.settings, target: targetValue, year: yearValue, issuingBody: lines, place: place.value.trim(), lang: langValue };
    void status
      .run(t.working, async () => {
        // Saving is the action here, so a refusal is an error, not a side note.
        // Target and year belong to the current allocation (per workbook, per file in the browser edition).
        const outcome = await persistSettings(ctx.host, { settings: next, stored: ctx.state.stored, planKeys: ctx.state.planKeys }).then((o) => {
          if (!o.saved) throw o.error;
          return o;
        });
        // A value the user changed here is theirs; one left as the sheet said stays the sheet's.
        ctx.state.explicit = {
          target: ctx.state.explicit.target || targetValue !== ctx.state.settings.target,
          year: ctx.state.explicit.year || yearValue !== ctx.state.settings.year,
        };
        ctx.state.settings = next;
        ctx.state.stored = storedForm(next);
        return outcome.saved;
      })
      .then((ok) => {
        if (ok !== true) return;
        // Every tab shows some of these values (and the language), so all re-render;
        // the re-render keeps focus on the save button.
        ctx.rerender();
        document
          .getElementById("settings-status")
          ?.querySelector(".status-live")
          ?.append(el("p", { class: "status-message", "data-testid": "status-message" }, ctx.t().saved));
      });
  });

  panel.append(el("p", { class: "intro" }, t.settingsIntro), form, status.element);
  return panel;
}

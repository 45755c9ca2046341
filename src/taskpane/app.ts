/**
 * The task pane UI, the same in Excel and in the browser edition: four tabs
 * over a Host. Everything is built with DOM APIs and textContent.
 */
import type { Lang } from "../core";
import { TAB_SHOWN_EVENT, type PaneContext } from "./context";
import { el, replaceChildren } from "./dom";
import type { Host } from "../host";
import { strings, type Strings } from "./i18n";
import { describeError } from "./progress";
import { applyPlanHints } from "./plan-defaults";
import { loadPaneSettings, persistSettings, storedForm } from "./settings";
import { openPaneSession } from "./use-cases/session";
import { detectPlan } from "./use-cases/plan";
import { renderCheckView } from "./views/check-view";
import { renderConsolidateView } from "./views/consolidate-view";
import { renderSettingsView } from "./views/settings-view";
import { renderTemplatesView } from "./views/templates-view";

type TabId = "check" | "templates" | "consolidate" | "settings";
const TABS: readonly TabId[] = ["check", "templates", "consolidate", "settings"];

function tabTitle(id: TabId, t: Strings): string {
  switch (id) {
    case "check":
      return t.tabCheck;
    case "templates":
      return t.tabTemplates;
    case "consolidate":
      return t.tabConsolidate;
    case "settings":
      return t.tabSettings;
  }
}

export function mountApp(root: HTMLElement, host: Host): void {
  root.classList.add("ptdv-app");
  root.setAttribute("data-ready", "false");
  const first = strings(host.preferredLang());
  replaceChildren(root, el("div", { class: "boot", role: "status" }, el("progress", { "aria-label": first.loading })));
  void start(root, host).catch((e: unknown) => {
    replaceChildren(
      root,
      el("div", { role: "alert", class: "error-box", "data-testid": "error" }, el("strong", {}, first.errorPrefix), " ", describeError(e, host.preferredLang())),
    );
    root.setAttribute("data-ready", "true");
  });
}

async function start(root: HTMLElement, host: Host): Promise<void> {
  const session = await openPaneSession(host);
  const { state, adoptSheets } = session;
  /** The plan's year and target belong on every tab before the first check; a sheet that cannot be read is no reason not to start. */
  const findPlan = async (): Promise<void> => {
    try {
      await detectPlan(session);
    } catch {
      state.planRef = null;
    }
  };
  await findPlan();
  let active: TabId = "check";
  /** A note for the whole pane (e.g. the language choice could not be saved), shown once. */
  let paneNote: string | null = null;

  const ctx: PaneContext = {
    ...session,
    t: (): Strings => strings(state.settings.lang),
    rerender: () => render(),
  };

  const panels = new Map<TabId, HTMLElement>();

  const renderPanel = (id: TabId): HTMLElement => {
    switch (id) {
      case "check":
        return renderCheckView(ctx);
      case "templates":
        return renderTemplatesView(ctx);
      case "consolidate":
        return renderConsolidateView(ctx);
      case "settings":
        return renderSettingsView(ctx);
    }
  };

  const announceShown = (id: TabId): void => {
    panels.get(id)?.firstElementChild?.dispatchEvent(new CustomEvent(TAB_SHOWN_EVENT));
  };

  const select = (id: TabId, focus: boolean, shown: boolean): void => {
    active = id;
    for (const tab of TABS) {
      const button = root.querySelector<HTMLButtonElement>(`#tab-${tab}`);
      const panel = panels.get(tab);
      const on = tab === id;
      button?.setAttribute("aria-selected", on ? "true" : "false");
      button?.setAttribute("tabindex", on ? "0" : "-1");
      if (panel) panel.hidden = !on;
      if (on && focus) {
        button?.focus();
        // The tab bar scrolls sideways on a narrow pane with its scrollbar hidden: bring the focused tab into sight.
        button?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
      }
    }
    if (shown) announceShown(id);
  };

  function render(): void {
    const t = ctx.t();
    const lang = ctx.lang();
    // Rebuilding the pane must not throw the keyboard user back to the top.
    const focusedId = document.activeElement instanceof HTMLElement && root.contains(document.activeElement) ? document.activeElement.id : "";
    root.setAttribute("lang", lang);
    document.documentElement.setAttribute("lang", lang);
    const tablist = el("div", { role: "tablist", class: "tabs", "aria-label": t.tabsLabel });
    panels.clear();
    const panelElements: HTMLElement[] = [];
    for (const id of TABS) {
      const tab = el(
        "button",
        { id: `tab-${id}`, role: "tab", type: "button", class: "tab", "aria-controls": `panel-${id}`, "aria-selected": "false", tabindex: "-1" },
        tabTitle(id, t),
      );
      tab.addEventListener("click", () => select(id, false, true));
      tab.addEventListener("keydown", (e) => {
        const i = TABS.indexOf(id);
        const next =
          e.key === "ArrowRight" ? TABS[(i + 1) % TABS.length] :
          e.key === "ArrowLeft" ? TABS[(i + TABS.length - 1) % TABS.length] :
          e.key === "Home" ? TABS[0] :
          e.key === "End" ? TABS[TABS.length - 1] : undefined;
        if (next) {
          e.preventDefault();
          select(next, true, true);
        }
      });
      tablist.append(tab);
      const panel = el("section", { id: `panel-${id}`, role: "tabpanel", class: "panel", "aria-labelledby": `tab-${id}`, tabindex: "0" }, renderPanel(id));
      panels.set(id, panel);
      panelElements.push(panel);
    }
    const otherLang: Lang = lang === "vi" ? "en" : "vi";
    const other = strings(otherLang);
    const langToggle = el(
      "button",
      { id: "lang-toggle", type: "button", class: "subtle lang-toggle", lang: otherLang, "aria-label": other.switchToLang },
      other.langName,
    );
    langToggle.addEventListener("click", () => {
      state.settings = { ...state.settings, lang: otherLang };
      render();
      root.querySelector<HTMLElement>("#lang-toggle")?.focus();
      void persistSettings(host, state).then((outcome) => {
        if (outcome.saved) return;
        paneNote = `${ctx.t().langNotSaved} ${describeError(outcome.error, ctx.lang())}`;
        render();
      });
    });
    const limitations = host.capabilities().limitations;
    const note = paneNote;
    paneNote = null;
    replaceChildren(
      root,
      el("header", { class: "app-header" }, el("h1", { class: "app-title" }, t.appTitle), langToggle),
      limitations.length > 0 ? el("ul", { class: "limitations", "data-testid": "limitations" }, ...limitations.map((l) => el("li", {}, l[lang]))) : null,
      note === null ? null : el("p", { class: "note", role: "status", "data-testid": "pane-note" }, note),
      tablist,
      ...panelElements,
    );
    select(active, false, false);
    const again = focusedId === "" ? null : document.getElementById(focusedId);
    if (again && root.contains(again)) again.focus();
  }

  host.onSheetsChanged?.(() => {
    void (async () => {
      adoptSheets(await host.listSheets());
      const loaded = await loadPaneSettings(host);
      state.settings = loaded.settings;
      state.stored = storedForm(state.settings);
      state.explicit = loaded.explicit;
      state.suggestedTarget = null;
      state.planKeys = null;
      applyPlanHints(state);
      await findPlan();
      state.reportSheetsScanned = false;
      render();
      announceShown(active);
    })().catch((e: unknown) => {
      paneNote = describeError(e, ctx.lang());
      render();
    });
  });

  render();
  root.setAttribute("data-ready", "true");
}

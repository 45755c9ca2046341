/**
 * The task pane UI, the same in Excel and in the browser edition: four tabs
 * over a Host. Everything is built with DOM APIs and textContent.
 */
import type { Lang } from "../core/findings";
import type { PaneContext, PaneState } from "./context";
import { el, replaceChildren } from "./dom";
import type { Host } from "./host";
import { strings, type Strings } from "./i18n";
import { describeError } from "./progress";
import { loadSettings, saveSetting, sheetKey } from "./settings";
import { renderCheckView } from "./views/check-view";
import { detectReportSheets, renderConsolidateView } from "./views/consolidate-view";
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
  replaceChildren(root, el("div", { class: "boot", role: "status" }, el("progress", { "aria-label": "…" })));
  void start(root, host).catch((e: unknown) => {
    replaceChildren(
      root,
      el("div", { role: "alert", class: "error-box", "data-testid": "error" }, el("strong", {}, strings(host.preferredLang()).errorPrefix), " ", describeError(e, host.preferredLang())),
    );
    root.setAttribute("data-ready", "true");
  });
}

async function start(root: HTMLElement, host: Host): Promise<void> {
  const state: PaneState = {
    settings: await loadSettings(host),
    sheets: await host.listSheets(),
    allocationRef: null,
    allocation: null,
    reportSheets: [],
    sourceFiles: [],
    progress: null,
    progressWritten: [],
    progressNotes: [],
    templatesDone: null,
  };
  let active: TabId = "check";
  let reportSheetsStale = true;

  const ctx: PaneContext = {
    host,
    state,
    lang: (): Lang => state.settings.lang,
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

  const refreshReportSheets = async (): Promise<void> => {
    if (!reportSheetsStale || active !== "consolidate") return;
    reportSheetsStale = false;
    const panel = panels.get("consolidate");
    panel?.setAttribute("aria-busy", "true");
    try {
      await detectReportSheets(ctx);
    } catch {
      // The view's refresh button retries and reports the error there.
      reportSheetsStale = true;
    }
    if (panel && active === "consolidate") {
      replaceChildren(panel, renderPanel("consolidate"));
      panel.setAttribute("aria-busy", "false");
    }
  };

  const select = (id: TabId, focus: boolean): void => {
    active = id;
    for (const tab of TABS) {
      const button = root.querySelector<HTMLButtonElement>(`#tab-${tab}`);
      const panel = panels.get(tab);
      const on = tab === id;
      button?.setAttribute("aria-selected", on ? "true" : "false");
      button?.setAttribute("tabindex", on ? "0" : "-1");
      if (panel) panel.hidden = !on;
      if (on && focus) button?.focus();
    }
    void refreshReportSheets();
  };

  function render(): void {
    const t = ctx.t();
    const lang = ctx.lang();
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
      tab.addEventListener("click", () => select(id, false));
      tab.addEventListener("keydown", (e) => {
        const i = TABS.indexOf(id);
        const next =
          e.key === "ArrowRight" ? TABS[(i + 1) % TABS.length] :
          e.key === "ArrowLeft" ? TABS[(i + TABS.length - 1) % TABS.length] :
          e.key === "Home" ? TABS[0] :
          e.key === "End" ? TABS[TABS.length - 1] : undefined;
        if (next) {
          e.preventDefault();
          select(next, true);
        }
      });
      tablist.append(tab);
      const panel = el("section", { id: `panel-${id}`, role: "tabpanel", class: "panel", "aria-labelledby": `tab-${id}`, tabindex: "0" }, renderPanel(id));
      panels.set(id, panel);
      panelElements.push(panel);
    }
    const otherLang: Lang = lang === "vi" ? "en" : "vi";
    const langToggle = el(
      "button",
      { id: "lang-toggle", type: "button", class: "subtle lang-toggle", lang: otherLang, "aria-label": otherLang === "en" ? "Switch to English" : "Chuyển sang tiếng Việt" },
      otherLang === "en" ? "English" : "Tiếng Việt",
    );
    langToggle.addEventListener("click", () => {
      state.settings = { ...state.settings, lang: otherLang };
      void saveSetting(host, "lang", otherLang).catch(() => undefined);
      render();
      root.querySelector<HTMLElement>("#lang-toggle")?.focus();
    });
    const limitations = host.capabilities().limitations;
    replaceChildren(
      root,
      el("header", { class: "app-header" }, el("h1", { class: "app-title" }, t.appTitle), langToggle),
      limitations.length > 0 ? el("ul", { class: "limitations", "data-testid": "limitations" }, ...limitations.map((l) => el("li", {}, l))) : null,
      tablist,
      ...panelElements,
    );
    select(active, false);
  }

  host.onSheetsChanged?.(() => {
    void (async () => {
      state.sheets = await host.listSheets();
      state.settings = await loadSettings(host);
      const ref = state.allocationRef;
      if (ref && !state.sheets.some((s) => sheetKey(s) === sheetKey(ref))) {
        state.allocationRef = null;
        state.allocation = null;
      }
      reportSheetsStale = true;
      render();
    })().catch(() => undefined);
  });

  render();
  root.setAttribute("data-ready", "true");
}

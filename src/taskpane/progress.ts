/**
 * Progress and error feedback for anything that can take more than a moment:
 * an indeterminate bar with a live label while it runs, an alert if it fails.
 */
import { el, replaceChildren } from "./dom";
import type { Lang } from "../core";
import { isHostError } from "../host";
import { languageOf, type Strings } from "./i18n";

export interface StatusArea {
  readonly element: HTMLElement;
  run<T>(label: string, work: () => Promise<T>): Promise<T | undefined>;
  message(text: string): void;
  /** A small side note after an action, e.g. that its settings could not be remembered. */
  note(text: string): void;
  error(text: string): void;
  clear(): void;
  /** Takes keyboard focus, for when the control the user pressed was rendered away with the old results. */
  focus(): void;
}

export function createStatusArea(id: string, t: () => Strings, busyScope: HTMLElement): StatusArea {
  const element = el("div", { id, class: "status", "data-testid": "status" });
  const live = el("div", { role: "status", "aria-live": "polite", class: "status-live" });
  const alertBox = el("div", { class: "status-alert" });
  element.append(live, alertBox);

  // Disabling the focused button drops focus to <body> in browsers; the user
  // would have to tab back from the top of the pane after every action.
  let focusedBeforeBusy: HTMLElement | null = null;
  const setBusy = (busy: boolean): void => {
    busyScope.setAttribute("aria-busy", busy ? "true" : "false");
    if (busy) {
      const active = document.activeElement;
      focusedBeforeBusy = active instanceof HTMLElement && busyScope.contains(active) ? active : null;
    }
    for (const b of Array.from(busyScope.querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>("button, input, select, textarea"))) {
      if (busy) {
        if (!b.disabled) {
          b.disabled = true;
          b.dataset["busyDisabled"] = "1";
        }
      } else if (b.dataset["busyDisabled"] === "1") {
        b.disabled = false;
        delete b.dataset["busyDisabled"];
      }
    }
    if (!busy) {
      const before = focusedBeforeBusy;
      focusedBeforeBusy = null;
      const now = document.activeElement;
      // Only put focus back when nothing else took it meanwhile.
      if (before?.isConnected && (now === null || now === document.body || now === before)) before.focus();
    }
  };

  const area: StatusArea = {
    element,
    async run<T>(label: string, work: () => Promise<T>): Promise<T | undefined> {
      replaceChildren(alertBox);
      replaceChildren(
        live,
        el("div", { class: "progress-row", "data-testid": "progress" }, el("progress", { "aria-label": label }), el("span", {}, label)),
      );
      setBusy(true);
      try {
        const out = await work();
        replaceChildren(live);
        return out;
      } catch (e) {
        replaceChildren(live);
        area.error(describeError(e, languageOf(t())));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    message(text: string): void {
      replaceChildren(alertBox);
      replaceChildren(live, el("p", { class: "status-message", "data-testid": "status-message" }, text));
    },
    note(text: string): void {
      live.append(el("p", { class: "note", "data-testid": "status-note" }, text));
    },
    error(text: string): void {
      replaceChildren(live);
      replaceChildren(
        alertBox,
        el("div", { role: "alert", class: "error-box", "data-testid": "error" }, el("strong", {}, t().errorPrefix), " ", text),
      );
    },
    clear(): void {
      replaceChildren(live);
      replaceChildren(alertBox);
    },
    focus(): void {
      // Reachable by script only: the status line is no tab stop of its own.
      element.setAttribute("tabindex", "-1");
      element.focus();
    },
  };
  return area;
}

/** Host errors carry their text in both languages; show only the one the pane speaks. */
export function describeError(e: unknown, lang?: Lang): string {
  if (lang !== undefined && isHostError(e)) return e.text[lang];
  if (e instanceof Error) return e.message;
  return String(e);
}

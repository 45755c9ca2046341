/**
 * Progress and error feedback for anything that can take more than a moment:
 * an indeterminate bar with a live label while it runs, an alert if it fails.
 */
import { el, replaceChildren } from "./dom";
import type { Lang, LocalizedText } from "../core/findings";
import { languageOf, type Strings } from "./i18n";

export interface StatusArea {
  readonly element: HTMLElement;
  run<T>(label: string, work: () => Promise<T>): Promise<T | undefined>;
  message(text: string): void;
  error(text: string): void;
  clear(): void;
}

export function createStatusArea(id: string, t: () => Strings, busyScope: HTMLElement): StatusArea {
  const element = el("div", { id, class: "status", "data-testid": "status" });
  const live = el("div", { role: "status", "aria-live": "polite", class: "status-live" });
  const alertBox = el("div", { class: "status-alert" });
  element.append(live, alertBox);

  const setBusy = (busy: boolean): void => {
    busyScope.setAttribute("aria-busy", busy ? "true" : "false");
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
  };
  return area;
}

/** Host errors carry their text in both languages; show only the one the pane speaks. */
export function describeError(e: unknown, lang?: Lang): string {
  if (lang !== undefined && isBilingual(e)) return e.text[lang];
  if (e instanceof Error) return e.message;
  return String(e);
}

function isBilingual(e: unknown): e is { text: LocalizedText } {
  if (typeof e !== "object" || e === null || !("text" in e)) return false;
  const text = (e as { text: unknown }).text;
  return typeof text === "object" && text !== null && typeof (text as LocalizedText).vi === "string" && typeof (text as LocalizedText).en === "string";
}

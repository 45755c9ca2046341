/** Shown when the task pane page is opened outside Excel (a plain browser tab). */
import { el, replaceChildren } from "./dom";
import { strings } from "./i18n";

export function renderOutsideOffice(root: HTMLElement): void {
  const vi = strings("vi");
  const en = strings("en");
  root.setAttribute("data-ready", "true");
  replaceChildren(
    root,
    el(
      "section",
      { class: "card outside-office", "data-testid": "outside-office", "aria-labelledby": "outside-title" },
      el("h1", { id: "outside-title", class: "app-title" }, vi.notInOfficeTitle),
      el("p", {}, vi.notInOfficeBody),
      el("p", { lang: "en", class: "hint" }, en.notInOfficeTitle, ". ", en.notInOfficeBody),
      el("p", {}, el("a", { href: "index.html", class: "button-like primary", id: "open-browser-edition" }, vi.openBrowserEdition)),
    ),
  );
}

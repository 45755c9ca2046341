/** Task pane entry: Excel gets the Office.js host; anything else a friendly pointer to the browser edition. */
import { createExcelHost } from "../excel/excel-host";
import { mountApp } from "./app";
import { clear } from "./dom";
import { renderOutsideOffice } from "./outside-office";

/**
 * Office.onReady normally answers within a second; a webview that never answers
 * (a broken office.js, an unsupported host) would otherwise leave a blank pane.
 */
const OFFICE_READY_PATIENCE_MS = 8000;

function boot(): void {
  const root = document.getElementById("app");
  // ie-guard.js has already replaced the page with advice for old webviews.
  if (!root || (window as { __PTDV_UNSUPPORTED__?: boolean }).__PTDV_UNSUPPORTED__ === true) return;
  if (typeof Office === "undefined") {
    // office.js could not load (offline, blocked): there is no Excel to talk to.
    renderOutsideOffice(root);
    return;
  }
  let mounted = false;
  const fallback = window.setTimeout(() => {
    if (!mounted) renderOutsideOffice(root);
  }, OFFICE_READY_PATIENCE_MS);
  void Office.onReady((info) => {
    window.clearTimeout(fallback);
    mounted = true;
    // A late answer from Excel still wins over the fallback message.
    // clear() rather than Element.replaceChildren, which Safari before 14 lacks.
    clear(root);
    if (info.host === Office.HostType.Excel) mountApp(root, createExcelHost());
    else renderOutsideOffice(root);
  });
}

boot();

/** Task pane entry: Excel gets the Office.js host; anything else a friendly pointer to the browser edition. */
import { createExcelHost } from "../excel/excel-host";
import { mountApp } from "./app";
import { renderOutsideOffice } from "./outside-office";

function boot(): void {
  const root = document.getElementById("app");
  if (!root) return;
  if (typeof Office === "undefined") {
    // office.js could not load (offline, blocked): there is no Excel to talk to.
    renderOutsideOffice(root);
    return;
  }
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) mountApp(root, createExcelHost());
    else renderOutsideOffice(root);
  });
}

boot();

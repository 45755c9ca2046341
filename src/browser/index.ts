/** Browser edition entry: the task pane UI over files opened in this browser. */
import { mountApp } from "../taskpane/app";
import { isLang } from "../taskpane/i18n";
import { createBrowserHost } from "./browser-host";
import { mountWorkspace } from "./workspace-view";

function boot(): void {
  const app = document.getElementById("app");
  const files = document.getElementById("files");
  const preview = document.getElementById("preview");
  const header = document.getElementById("top-bar");
  if (!app || !files || !preview || !header) return;
  const urlLang = new URLSearchParams(location.search).get("lang");
  const host = createBrowserHost(isLang(urlLang) ? { lang: urlLang } : {});
  mountWorkspace({ files, preview, header }, host);
  mountApp(app, host);
}

boot();

/** "Tải báo cáo Word (.docx)" after a consolidation; where the host cannot download, a line saying why instead of the button. */
import type { PaneContext } from "../context";
import { el } from "../dom";
import { describeError } from "../progress";
import { extrasOf } from "../use-cases/pane-extras";
import { downloadWordReport, wordReportUnavailable } from "../use-cases/word-report";

export function renderWordReport(ctx: PaneContext): HTMLElement | null {
  if (!extrasOf(ctx).result) return null;
  const t = ctx.t();
  const lang = ctx.lang();
  const reason = wordReportUnavailable(ctx);
  const head = el("h3", { id: "consolidate-word-title" }, t.wordTitle);
  if (reason !== null) {
    return el("section", { id: "consolidate-word", class: "card", "aria-labelledby": "consolidate-word-title" }, head, el("p", { class: "note", "data-testid": "word-unavailable" }, reason[lang]));
  }
  const button = el("button", { id: "download-word", type: "button", class: "subtle" }, t.wordDownload);
  const note = el("p", { class: "note", role: "status", "data-testid": "word-note" });
  button.addEventListener("click", () => {
    note.textContent = "";
    button.disabled = true;
    void downloadWordReport(ctx)
      .then(
        (outcome) => {
          if (outcome.kind === "downloaded") note.textContent = t.wordDownloaded(outcome.file);
          if (outcome.kind === "unavailable") note.textContent = outcome.reason[ctx.lang()];
        },
        (e: unknown) => {
          note.textContent = describeError(e, ctx.lang());
        },
      )
      .finally(() => {
        button.disabled = false;
      });
  });
  return el("section", { id: "consolidate-word", class: "card", "aria-labelledby": "consolidate-word-title" }, head, el("div", { class: "actions" }, button), note);
}

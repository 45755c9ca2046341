/** What issues #12 and #13 add to Cài đặt: the chi bộ goals and the document layout. */
import type { PaneContext } from "../context";
import { el } from "../dom";
import { renderDocumentSettings } from "./document-settings-view";
import { renderGoalSettings } from "./goal-settings-view";

export function renderSettingsExtras(ctx: PaneContext): HTMLElement {
  return el("div", { class: "settings-extras" }, renderGoalSettings(ctx), renderDocumentSettings(ctx));
}

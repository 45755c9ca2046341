/** What follows the headline after a consolidation: the chi bộ goals, probation dates and the Word report. */
import type { PaneContext } from "../context";
import { el } from "../dom";
import { renderBranchGoals } from "./branch-goals-view";
import { renderProbation } from "./probation-view";
import { renderWordReport } from "./word-report-view";

export function renderConsolidationExtras(ctx: PaneContext): HTMLElement {
  return el("div", { id: "consolidate-extras" }, renderBranchGoals(ctx), renderProbation(ctx), renderWordReport(ctx));
}

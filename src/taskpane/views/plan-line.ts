/** Where the plan's year came from and which sheet is the allocation, shown under a year field. */
import type { PaneContext } from "../context";
import { el } from "../dom";
import { yearSourceText } from "./plan-source-text";
import { planRefLabel } from "../word-plan";

export interface PlanLine {
  readonly element: HTMLElement;
  update(): void;
}

export function createPlanLine(ctx: PaneContext, id: string): PlanLine {
  const year = el("p", { id: `${id}-year-source`, class: "hint", "data-testid": "year-source" });
  const chosen = el("p", { class: "hint", "data-testid": "allocation-chosen" });
  const element = el("div", { class: "plan-line" }, year, chosen);
  const update = (): void => {
    const t = ctx.t();
    year.textContent = yearSourceText(ctx.state, t);
    const plan = ctx.state.allocationRef ?? ctx.state.planRef;
    chosen.hidden = plan === null;
    chosen.textContent = plan === null ? "" : t.allocationChosenElsewhere(planRefLabel(plan, ctx.state.planNaming, ctx.lang()));
  };
  update();
  return { element, update };
}

/**
 * The pane's defaults from the allocation sheet's title: its year and target.
 * Kept for the pane's existing call; readPlanFacts (plan-target.ts) is the one
 * reader and also says which cell each came from.
 */
import type { Grid } from "../grid";
import { readPlanFacts } from "./plan-target";

export interface PlanHints {
  readonly year: number | null;
  readonly target: number | null;
}

export function planHints(grid: Grid): PlanHints {
  const facts = readPlanFacts(grid);
  return { year: facts.year?.value ?? null, target: facts.target?.value ?? null };
}

/**
 * The plan year and target the pane assumes when the user has not chosen them:
 * what the allocation sheet's title says, not the computer's clock.
 */
import type { PaneState } from "./context";

/**
 * Puts the title's year and target into the session's settings where the user
 * has not set them. They count as already stored so they are never saved: the
 * title stays their source, and a later sheet with another title still wins.
 */
export function applyPlanHints(state: PaneState): void {
  const hints = state.planHints;
  if (!hints) return;
  if (!state.explicit.year && hints.year !== null) {
    state.settings = { ...state.settings, year: hints.year };
    state.stored = { ...state.stored, year: String(hints.year) };
  }
  // Another sheet's title must not leave its target behind: without the user's number, the title's (or none) is in force.
  if (!state.explicit.target) {
    state.settings = { ...state.settings, target: hints.target };
    state.stored = { ...state.stored, target: hints.target === null ? "" : String(hints.target) };
    state.suggestedTarget = hints.target;
  }
}

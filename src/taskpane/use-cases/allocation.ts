/**
 * The allocation check as a use case: which sheet to check, running the
 * engine on it, and marking its findings in the workbook. The check view only
 * renders what these leave in the session's state.
 */
import { checkAllocation, readPlanFacts, type AllocationCheckResult, type Finding, type Grid } from "../../core";
import { isTooLargeToRead, type SheetInfo, type SheetRef } from "../../host";
import { isAliasSheet } from "../alias-sheet";
import type { PaneSession } from "../context";
import { adoptPlan, setPlanFacts } from "./plan";
import { persistSettings, sheetKey, type PersistOutcome } from "../settings";
import { refOf } from "./read-by-ref";

/** Runs the engine on a grid already read, and makes the result the pane's current one. */
export function checkAllocationGrid(session: PaneSession, ref: SheetRef, grid: Grid | undefined): AllocationCheckResult {
  const { state } = session;
  setPlanFacts(state, grid ? readPlanFacts(grid) : { target: null, year: null }, grid?.cellNaming);
  state.planRef = ref;
  // Without a number the user chose, the engine reads the plan's own (and says from which cell).
  const options: { target: number | null; sheet: string; file?: string } = { target: state.explicit.target ? state.settings.target : null, sheet: ref.name };
  if (ref.file !== undefined) options.file = ref.file;
  const result = checkAllocation(grid ? [grid] : [], options);
  state.allocationRef = ref;
  state.allocation = result;
  state.allocationGrid = grid ?? null;
  return result;
}

export async function runAllocationCheck(session: PaneSession, ref: SheetRef): Promise<AllocationCheckResult> {
  const [grid] = await session.host.readSheets([ref]);
  return checkAllocationGrid(session, ref, grid);
}

/**
 * Errors in the table itself (a row counted twice, an unreadable quota). The
 * total being below the target is an error of the plan, not of the table: the
 * verdict already says it, and the figures behind it are sound.
 */
export function tableErrorCount(r: AllocationCheckResult): number {
  return r.findings.filter((f) => f.severity === "error" && f.code !== "TOTAL_BELOW_TARGET").length;
}

/** Sheets the user may check: their own, never the add-in's results. */
export function inputSheets(session: PaneSession): SheetInfo[] {
  return session.state.sheets.filter((s) => !s.owned);
}

/** The sheet to check when the user has not chosen: remembered, else active, else the first. */
export function defaultAllocationRef(session: PaneSession): SheetRef | null {
  const { sheets, settings, allocationRef } = session.state;
  // The alias sheet is never the allocation table, even when it comes first.
  const candidates = sheets.filter((s) => !s.owned && !isAliasSheet(s));
  if (allocationRef && candidates.some((s) => sheetKey(s) === sheetKey(allocationRef))) return allocationRef;
  const planRef = session.state.planRef;
  // The sheet found to hold an allocation table beats the active one (the last file opened may be a report).
  if (planRef && candidates.some((s) => sheetKey(s) === sheetKey(planRef))) return planRef;
  const remembered = candidates.find((s) => sheetKey(s) === settings.allocationSheet);
  if (remembered) return refOf(remembered);
  const active = candidates.find((s) => s.active === true);
  if (active) return refOf(active);
  const first = candidates[0];
  return first ? refOf(first) : null;
}

/** Finds or makes the allocation result the other tabs need. */
export async function ensureAllocation(session: PaneSession): Promise<AllocationCheckResult | null> {
  const current = session.state.allocation;
  if (current?.tableFound) return current;
  const ref = defaultAllocationRef(session);
  if (!ref) return null;
  const result = await runAllocationCheck(session, ref);
  return result.tableFound ? result : null;
}

export type CheckOutcome =
  | { readonly kind: "gone"; readonly name: string }
  | { readonly kind: "tooLarge"; readonly sheet: SheetInfo }
  | { readonly kind: "done"; readonly result: AllocationCheckResult; readonly persisted: PersistOutcome };

/**
 * Checks the sheet the user picked with the target they typed (null: none).
 * The workbook may have changed since the list was read (renamed, deleted or
 * grown sheets), so the sheet is looked up again first; a host that lists and
 * reads in one batch spares a round trip.
 */
export async function checkChosenSheet(session: PaneSession, chosen: SheetRef, target: number | null): Promise<CheckOutcome> {
  const { host, state } = session;
  const key = sheetKey(chosen);
  let grid: Grid | null | undefined;
  if (host.listAndReadSheets) {
    const both = await host.listAndReadSheets([refOf(chosen)]);
    session.adoptSheets(both.sheets);
    grid = both.grids[0] ?? null;
  } else {
    await session.refreshSheets();
  }
  const now = inputSheets(session).find((s) => sheetKey(s) === key);
  if (!now) return { kind: "gone", name: chosen.name };
  if (isTooLargeToRead(now)) return { kind: "tooLarge", sheet: now };
  // Listed but not read: deleted or replaced between the two halves of the batch.
  if (grid === null) return { kind: "gone", name: chosen.name };
  const suggested = state.suggestedTarget;
  await adoptPlan(session, refOf(now), undefined);
  // A number the user typed (not the title's suggestion left as it was) is their choice;
  // an empty field gives the choice back to the sheet.
  if (target !== null && target !== suggested) {
    state.explicit = { ...state.explicit, target: true };
    state.suggestedTarget = null;
  }
  if (target === null) {
    state.suggestedTarget = null;
    state.explicit = { ...state.explicit, target: false };
  }
  state.settings = { ...state.settings, target, allocationSheet: key };
  const result = grid === undefined ? await runAllocationCheck(session, refOf(now)) : checkAllocationGrid(session, refOf(now), grid);
  return { kind: "done", result, persisted: await persistSettings(host, state) };
}

/** Moves the selection to a finding's cell, on the sheet it names (a finding may point at another sheet). */
export async function goToFinding(session: PaneSession, f: Finding): Promise<void> {
  const ref = session.state.allocationRef;
  if (!ref || f.cell === undefined) return;
  await session.host.selectCell({ ...ref, name: f.sheet ?? ref.name }, f.cell);
}

/** Colours the checked sheet's finding cells; returns how many, or null when there is nothing checked. */
export async function highlightFindings(session: PaneSession): Promise<number | null> {
  const { state } = session;
  const r = state.allocation;
  const ref = state.allocationRef;
  if (!r || !ref) return null;
  // One cell with two findings is one cell marked (in the colour of the worse), and counted once.
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const byCell = new Map<string, Finding["severity"]>();
  for (const f of r.findings) {
    if (f.cell === undefined) continue;
    const prev = byCell.get(f.cell);
    if (prev === undefined || rank[f.severity] < rank[prev]) byCell.set(f.cell, f.severity);
  }
  const cells = Array.from(byCell, ([address, severity]) => ({ address, severity }));
  await session.host.highlight({ sheet: ref, cells });
  state.highlightedRefs = state.highlightedRefs.filter((h) => sheetKey(h) !== sheetKey(ref)).concat(ref);
  return cells.length;
}

/**
 * Clears what was highlighted, not whatever the picker or the last check
 * points at now: the picked sheet if it was highlighted, else the last one
 * highlighted, else the picked sheet. Returns the sheet cleared, or null.
 */
export async function clearFindingHighlight(session: PaneSession, picked: SheetRef | null): Promise<SheetRef | null> {
  const { state } = session;
  const highlighted = state.highlightedRefs;
  const ref = (picked && highlighted.find((h) => sheetKey(h) === sheetKey(picked))) ?? highlighted[highlighted.length - 1] ?? picked;
  if (!ref) return null;
  await session.host.clearHighlight(ref);
  state.highlightedRefs = state.highlightedRefs.filter((h) => sheetKey(h) !== sheetKey(ref));
  return ref;
}

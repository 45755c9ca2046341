/**
 * The plan behind the pane: which sheet holds the allocation table (found, not
 * guessed from the last file opened), what its title says (target, year, and
 * in which cell), and what the user chose for this allocation. Choices are
 * kept per allocation: per workbook in Excel (document settings), per file in
 * the browser edition (name, size and a hash of the content).
 */
import { checkAllocation, isReportSheet, parseRange, readPlanFacts, type CellNaming, type Grid, type PlanFacts } from "../../core";
import { SETTING_KEYS, isTooLargeToRead, type SheetInfo, type SheetRef } from "../../host";
import { isAliasSheet } from "../alias-sheet";
import type { PaneSession, PaneState } from "../context";
import { applyPlanHints } from "../plan-defaults";
import { sheetKey, type PlanKeys } from "../settings";
import { readSheetsByRef, refOf } from "./read-by-ref";

/** Sheets read to find the allocation table before the first check: enough for a workbook of reports, few round trips. */
const MAX_SHEETS_SCANNED = 30;

export interface PlanValueSource {
  readonly value: number | null;
  /** "sheet": read from the allocation; "user": typed by the user; "default": this year (the sheet does not say). */
  readonly source: "sheet" | "user" | "default" | null;
  readonly cell: string | null;
}

/** The opened file's identity, or "" in Excel (the workbook itself keeps its settings). */
export function planIdOf(session: PaneSession, ref: SheetRef): string {
  if (ref.file === undefined) return "";
  const info = session.state.sheets.find((s) => sheetKey(s) === sheetKey(ref));
  return info?.fileId ?? ref.file;
}

/** Where target and year live for this allocation; Excel keeps the workbook's own keys. */
function planKeysFor(session: PaneSession, ref: SheetRef): PlanKeys {
  const id = planIdOf(session, ref);
  if (id === "") return { target: SETTING_KEYS.target, year: SETTING_KEYS.year };
  return { target: `${SETTING_KEYS.target}@${id}`, year: `${SETTING_KEYS.year}@${id}` };
}

function whole(text: string | undefined, min: number, max: number): number | null {
  if (text === undefined || !/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

/**
 * Makes `ref` the session's allocation: loads what the user chose for it,
 * reads its title (decoded from TCVN3/VNI by the engine) and puts the sheet's
 * target and year where the user chose nothing.
 */
export async function adoptPlan(session: PaneSession, ref: SheetRef, grid: Grid | undefined, now: Date = new Date()): Promise<void> {
  const { host, state } = session;
  const keys = planKeysFor(session, ref);
  const sameKeys = state.planKeys?.target === keys.target;
  if (!sameKeys) {
    const [target, year] = await Promise.all([host.getSetting(keys.target), host.getSetting(keys.year)]);
    const t = whole(target, 0, 1_000_000);
    const y = whole(year, 1945, 2200);
    state.planKeys = keys;
    state.explicit = { target: t !== null, year: y !== null };
    state.suggestedTarget = null;
    state.settings = { ...state.settings, target: t, year: y ?? now.getFullYear() };
    state.stored = { ...state.stored, target: t === null ? "" : String(t), year: String(y ?? now.getFullYear()) };
  }
  state.planRef = ref;
  // Without the grid (a check about to read it) the facts come with the check.
  if (grid) setPlanFacts(state, readPlanFacts(grid), grid.cellNaming);
}

export function setPlanFacts(state: PaneState, facts: PlanFacts, naming?: CellNaming): void {
  state.planFacts = facts;
  if (naming === undefined) delete state.planNaming;
  else state.planNaming = naming;
  state.planHints = { year: facts.year?.value ?? null, target: facts.target?.value ?? null };
  applyPlanHints(state);
}

function candidates(state: PaneState): SheetInfo[] {
  return state.sheets.filter((s) => !s.owned && !isAliasSheet(s) && !isTooLargeToRead(s));
}

/** The first sheet, in the order a person would look, that holds an allocation table and is no report. */
function isAllocationGrid(grid: Grid | undefined): boolean {
  if (!grid) return false;
  try {
    return !isReportSheet(grid) && checkAllocation([grid], { targetFromSheet: false }).tableFound;
  } catch {
    return false;
  }
}

/**
 * Finds the allocation among the workbook's (or opened files') sheets as soon
 * as there are sheets, so every tab shows the plan's year and target before
 * the first check: the remembered sheet, then the active one, then the others.
 * Returns the sheet chosen, or null when no sheet holds an allocation table.
 */
export async function detectPlan(session: PaneSession, now: Date = new Date()): Promise<SheetRef | null> {
  const { state } = session;
  const list = candidates(state);
  const keyOf = (s: SheetInfo): string => sheetKey(s);
  const current = state.allocationRef ?? state.planRef;
  const order = [
    ...list.filter((s) => current !== null && keyOf(s) === sheetKey(current)),
    ...list.filter((s) => keyOf(s) === state.settings.allocationSheet),
    ...list.filter((s) => s.active === true),
    ...list,
  ];
  const seen = new Set<string>();
  const queue = order.filter((s) => (seen.has(keyOf(s)) ? false : (seen.add(keyOf(s)), true))).slice(0, MAX_SHEETS_SCANNED);
  if (queue.length === 0) {
    state.planRef = null;
    return null;
  }
  // The first candidate alone first: in Excel that is usually the table, and one read is enough.
  const head = queue.slice(0, 1).map(refOf);
  let grids = await readSheetsByRef(session.host, head);
  let found = head.find((ref) => isAllocationGrid(grids.get(ref)));
  if (!found && queue.length > 1) {
    const rest = queue.slice(1).map(refOf);
    grids = await readSheetsByRef(session.host, rest);
    found = rest.find((ref) => isAllocationGrid(grids.get(ref)));
  }
  if (!found) {
    state.planRef = null;
    return null;
  }
  await adoptPlan(session, found, grids.get(found), now);
  return found;
}

/** Where the target in force came from: the last check's answer, else the sheet's title, else the user. */
export function targetSource(state: PaneState): PlanValueSource {
  const r = state.allocation;
  if (r?.tableFound) {
    return {
      value: r.target,
      source: r.targetSource === "option" ? "user" : r.targetSource === "sheet" ? "sheet" : null,
      cell: r.targetCell,
    };
  }
  if (state.explicit.target) return { value: state.settings.target, source: "user", cell: null };
  const t = state.planFacts?.target ?? null;
  return t ? { value: t.value, source: "sheet", cell: t.cell } : { value: null, source: null, cell: null };
}

export function yearSource(state: PaneState): PlanValueSource {
  if (state.explicit.year) return { value: state.settings.year, source: "user", cell: null };
  const y = state.planFacts?.year ?? null;
  if (y && y.value === state.settings.year) return { value: y.value, source: "sheet", cell: y.cell };
  return { value: state.settings.year, source: "default", cell: null };
}

/**
 * Where in the plan a value was read, as a person finds it there: a sheet's cell (A3), a Word
 * table's row (a table has no A1 cells to show), or a document's sentence (a paragraph has no cell).
 */
export type PlanPlace =
  | { readonly kind: "cell"; readonly cell: string }
  | { readonly kind: "tableRow"; readonly row: number }
  | { readonly kind: "text"; readonly text: string | null };

function placeOf(cell: string | null, text: string | null, naming: CellNaming | undefined): PlanPlace {
  if (cell === null) return { kind: "text", text: text === null || text.trim() === "" ? null : text.trim().replace(/^[-–•+*]\s*/, "") };
  const at = naming === "tableRowColumn" && !cell.includes(":") ? parseRange(cell) : undefined;
  return at === undefined ? { kind: "cell", cell } : { kind: "tableRow", row: at.top + 1 };
}

/** Where the plan states the target in force; null when it is not the plan's (typed, or none). */
export function targetPlace(state: PaneState): PlanPlace | null {
  const r = state.allocation;
  if (r?.tableFound) return r.targetSource === "sheet" ? placeOf(r.targetCell, r.targetText, r.cellNaming) : null;
  if (state.explicit.target) return null;
  const t = state.planFacts?.target ?? null;
  return t ? placeOf(t.cell, t.text, state.planNaming) : null;
}

/** Where the plan states the year in force; null when it is not the plan's (typed, or this year). */
export function yearPlace(state: PaneState): PlanPlace | null {
  const y = yearSource(state);
  if (y.source !== "sheet") return null;
  return placeOf(y.cell, null, state.allocation?.tableFound === true ? state.allocation.cellNaming : state.planNaming);
}

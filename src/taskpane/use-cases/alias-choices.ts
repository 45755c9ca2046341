/**
 * The user's answers about names the allocation table does not have: a
 * "Không phải" is remembered for this allocation (per workbook in Excel, per
 * file in the browser edition) so the suggestion is not offered again; an
 * alias can be removed from the pane; and the last change, whichever it was,
 * can be undone. Only the add-in's own "Bí danh" sheet is ever written.
 */
import { aliasRowsAsTyped, aliasSheetSpecPreserving, foldKey, type Alias, type Grid } from "../../core";
import { findAliasSheets } from "../alias-sheet";
import type { PaneSession } from "../context";
import { confirmAlias, consolidateReports, type ConsolidateOutcome, type ConsolidatePeriod } from "./consolidate";
import { planIdOf } from "./plan";
import { readSheetsByRef } from "./read-by-ref";

/** Stored per allocation (suffixed with the file's identity in the browser edition). */
const REJECTED_KEY = "ptdv.aliasRejected";

export type AliasChange =
  | { readonly kind: "confirmed"; readonly alias: Alias }
  | { readonly kind: "removed"; readonly alias: Alias }
  | { readonly kind: "rejected"; readonly alias: Alias };

/** What the pane remembers for the current allocation, and the change "Hoàn tác" reverts. */
interface AliasMemory {
  rejected: Alias[];
  lastChange: AliasChange | null;
}

const memories = new WeakMap<PaneSession["state"], AliasMemory>();

function memory(session: PaneSession): AliasMemory {
  let m = memories.get(session.state);
  if (!m) memories.set(session.state, (m = { rejected: [], lastChange: null }));
  return m;
}

function rejectedKey(session: PaneSession): string {
  const ref = session.state.allocationRef ?? session.state.planRef;
  const id = ref ? planIdOf(session, ref) : "";
  return id === "" ? REJECTED_KEY : `${REJECTED_KEY}@${id}`;
}

const same = (a: Alias, b: Alias): boolean => foldKey(a.written) === foldKey(b.written) && foldKey(a.target) === foldKey(b.target);

/** Reads the "Không phải" answers stored for this allocation. */
export async function loadRejectedAliases(session: PaneSession): Promise<void> {
  const raw = await session.host.getSetting(rejectedKey(session));
  let list: Alias[] = [];
  try {
    const parsed: unknown = raw === undefined ? [] : JSON.parse(raw);
    if (Array.isArray(parsed)) {
      list = parsed.flatMap((p: unknown) =>
        Array.isArray(p) && typeof p[0] === "string" && typeof p[1] === "string" ? [{ written: p[0], target: p[1] }] : [],
      );
    }
  } catch {
    // A setting someone edited by hand is no reason to fail: nothing is remembered.
  }
  memory(session).rejected = list;
}

async function saveRejected(session: PaneSession): Promise<void> {
  await session.host.setSetting(rejectedKey(session), JSON.stringify(memory(session).rejected.map((a) => [a.written, a.target])));
}

export function isRejected(session: PaneSession, written: string, target: string): boolean {
  return memory(session).rejected.some((a) => same(a, { written, target }));
}

export function lastAliasChange(session: PaneSession): AliasChange | null {
  return memory(session).lastChange;
}

/** "Không phải": this suggestion is not offered again for this allocation. */
export async function rejectAlias(session: PaneSession, alias: Alias): Promise<void> {
  const m = memory(session);
  if (!m.rejected.some((a) => same(a, alias))) m.rejected.push(alias);
  await saveRejected(session);
  m.lastChange = { kind: "rejected", alias };
}

/** Confirms an alias (written to the add-in's own sheet) and remembers it for "Hoàn tác". */
export async function confirmAliasUndoably(session: PaneSession, alias: Alias, period: ConsolidatePeriod): Promise<ConsolidateOutcome> {
  const outcome = await confirmAlias(session, alias, period);
  memory(session).lastChange = { kind: "confirmed", alias };
  return outcome;
}

/** The aliases on the add-in's own sheet, as the user can remove them. */
export async function ownedAliases(session: PaneSession): Promise<Alias[]> {
  const ref = findAliasSheets(session.state.sheets).owned;
  if (!ref) return [];
  const grid = (await readSheetsByRef(session.host, [ref])).get(ref);
  return grid ? aliasRowsAsTyped(grid).filter((a) => a.written !== "" && a.target !== "") : [];
}

/** The grid with the rows writing `written` taken out (rows below move up, as the table ends at its first blank row). */
function withoutAlias(grid: Grid, written: string): Grid {
  const key = foldKey(written);
  const rows = grid.rows.filter((r) => !r.some((c) => c !== undefined && typeof c.value === "string" && foldKey(c.value) === key));
  return { ...grid, rows };
}

async function removeFromSheet(session: PaneSession, alias: Alias): Promise<void> {
  const { host } = session;
  await session.refreshSheets();
  const ref = findAliasSheets(session.state.sheets).owned;
  if (!ref) return;
  const grid = (await readSheetsByRef(host, [ref])).get(ref);
  if (!grid) return;
  await host.writeOwnedSheets([aliasSheetSpecPreserving(withoutAlias(grid, alias.written), [], session.lang())]);
  await session.refreshSheets();
}

/** Removes an alias from the add-in's sheet and consolidates again without it. */
export async function removeAlias(session: PaneSession, alias: Alias, period: ConsolidatePeriod): Promise<ConsolidateOutcome> {
  await removeFromSheet(session, alias);
  memory(session).lastChange = { kind: "removed", alias };
  session.state.aliasConfirmed = null;
  return consolidateReports(session, period);
}

/** Reverts the last alias change: a confirmed alias is removed, a removed one written back, a "Không phải" forgotten. */
export async function undoAliasChange(session: PaneSession, period: ConsolidatePeriod): Promise<ConsolidateOutcome | null> {
  const m = memory(session);
  const change = m.lastChange;
  if (!change) return null;
  m.lastChange = null;
  session.state.aliasConfirmed = null;
  switch (change.kind) {
    case "confirmed":
      await removeFromSheet(session, change.alias);
      return consolidateReports(session, period);
    case "removed":
      return confirmAlias(session, change.alias, period).then((o) => {
        session.state.aliasConfirmed = null;
        return o;
      });
    case "rejected":
      m.rejected = m.rejected.filter((a) => !same(a, change.alias));
      await saveRejected(session);
      return consolidateReports(session, period);
  }
}

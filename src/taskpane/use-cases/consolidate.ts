/**
 * Consolidation as use cases over the host and the engine, with no DOM:
 * finding report sheets, adding report files, consolidating into the progress
 * sheets, and confirming an alias the user chose. Each leaves its result in the
 * session's state (what the view renders) and returns an outcome for the view's
 * messages.
 */
import {
  aliasSheetSpecPreserving,
  consolidate,
  allocationOwner,
  isReportSheet,
  progressWorkbookSpec,
  readAliasGrids,
  type Alias,
  type AllocationCheckResult,
  type Finding,
  type Grid,
  type SubmissionSource,
} from "../../core";
import { isTooLargeToRead, type SheetRef } from "../../host";
import { listPlacedCells, placeInWordPlan } from "../../docx/docx-place";
import { readFileBytes, readWorkbookLazily } from "../../xlsx/lazy";
import { findAliasSheets, isAliasSheet } from "../alias-sheet";
import { sheetIdentity, type PaneSession, type SkippedSheet } from "../context";
import { progressView } from "../progress-model";
import { reportSettings } from "../report-settings";
import { persistSettings, sheetKey, type PersistOutcome } from "../settings";
import { checkAllocationGrid, defaultAllocationRef } from "./allocation";
import { afterConsolidation, extraConsolidateOptions, isExtraInputSheet } from "./consolidation-hooks";
import { withDocumentSettings } from "./document-settings";
import { extrasOf } from "./pane-extras";
import { readSheetsByRef, refOf, type GridsByRef } from "./read-by-ref";

/** Beyond this many sheets a failed batch is not retried sheet by sheet (each retry is a round trip). */
const MAX_SINGLE_RETRIES = 50;

/**
 * Reads the candidate input sheets in one batch and keeps those that look like
 * reports. Sheets too large to read are skipped up front, hidden ones unless the
 * user asked for them; when the batch fails, each sheet is read alone so one odd
 * sheet is listed as unreadable instead of hiding every report.
 */
export async function detectReportSheets(session: PaneSession): Promise<void> {
  const { state } = session;
  const skipped: SkippedSheet[] = [];
  const refs: SheetRef[] = [];
  let hidden = 0;
  for (const s of state.sheets) {
    // The alias sheet is read with every consolidation, never as a report.
    if (s.owned || isAliasSheet(s)) continue;
    if (s.hidden === true && !state.includeHiddenSheets) {
      hidden += 1;
      continue;
    }
    if (isTooLargeToRead(s)) {
      skipped.push({ ref: refOf(s), reason: "tooLarge", rows: s.usedRows ?? 0, columns: s.usedColumns ?? 0 });
      continue;
    }
    refs.push(refOf(s));
  }
  const grids = await readEach(session, refs, skipped);
  const before = new Map(state.reportSheets.map((r) => [sheetKey(r.ref), r.checked]));
  const found: Array<{ ref: SheetRef; checked: boolean }> = [];
  for (const ref of refs) {
    const g = grids.get(ref);
    if (!g) continue;
    let isReport = false;
    try {
      isReport = isReportSheet(g) || isExtraInputSheet(g);
    } catch (error) {
      skipped.push({ ref, reason: "unreadable", error });
    }
    if (isReport) found.push({ ref, checked: before.get(sheetKey(ref)) ?? true });
  }
  state.reportSheets = found;
  state.skippedSheets = skipped;
  state.hiddenSheetCount = hidden;
  state.reportSheetsScanned = true;
}

async function readEach(session: PaneSession, refs: readonly SheetRef[], skipped: SkippedSheet[]): Promise<GridsByRef> {
  let batchError: unknown;
  try {
    return await readSheetsByRef(session.host, refs);
  } catch (error) {
    if (refs.length === 1 || refs.length > MAX_SINGLE_RETRIES) throw error;
    batchError = error;
  }
  const byKey = new Map<string, Grid>();
  const unreadable: SkippedSheet[] = [];
  for (const ref of refs) {
    try {
      const grid = (await readSheetsByRef(session.host, [ref])).get(ref);
      if (grid) byKey.set(sheetKey(ref), grid);
    } catch (error) {
      unreadable.push({ ref, reason: "unreadable", error });
    }
  }
  // Every sheet failing is not one odd sheet but the workbook or host: say that once.
  if (unreadable.length === refs.length) throw batchError;
  skipped.push(...unreadable);
  return { get: (ref) => byKey.get(sheetKey(ref)) };
}

/** Reads report files the user picked (outside the workbook) and adds them, readable or not, to the sources. */
export async function addSourceFiles(session: PaneSession, files: ReadonlyArray<Blob & { readonly name: string }>): Promise<void> {
  for (const file of files) {
    const bytes = await readFileBytes(file);
    const result = await readWorkbookLazily(bytes, file.name);
    session.state.sourceFiles.push({ name: file.name, result });
  }
}

export function removeSourceFile(session: PaneSession, index: number): void {
  session.state.sourceFiles.splice(index, 1);
}

/** Whether there is anything to consolidate: a ticked report sheet or a readable file. */
export function hasSources(session: PaneSession): boolean {
  return session.state.reportSheets.some((r) => r.checked) || session.state.sourceFiles.some((f) => f.result.ok);
}

/** The month to consolidate; year null means "the plan's" (the allocation title's, else the remembered one). */
export interface ConsolidatePeriod {
  readonly month: number;
  readonly year: number | null;
}

export type ConsolidateOutcome =
  | { readonly kind: "needAllocation" }
  | { readonly kind: "done"; readonly year: number; readonly persisted: PersistOutcome };

/** Consecutive sheets of the same file make one source, as the engine expects. */
function groupByFile(sheets: ReadonlyArray<{ readonly ref: SheetRef; readonly grid: Grid }>): SubmissionSource[] {
  const out: Array<{ file?: string; grids: Grid[] }> = [];
  for (const { ref, grid } of sheets) {
    const last = out[out.length - 1];
    if (last && last.file === ref.file) last.grids.push(grid);
    else out.push(ref.file === undefined ? { grids: [grid] } : { file: ref.file, grids: [grid] });
  }
  return out;
}

function readAliases(grids: GridsByRef, refs: readonly SheetRef[], allocation: AllocationCheckResult): { aliases: Alias[]; findings: Finding[] } {
  const sources = refs.flatMap((ref) => {
    const grid = grids.get(ref);
    if (!grid) return [];
    return [ref.file === undefined ? { grid } : { grid, file: ref.file }];
  });
  if (sources.length === 0) return { aliases: [], findings: [] };
  return readAliasGrids(sources, allocation.organizations.map((o) => ({ name: o.name, kind: o.kind })));
}

/**
 * Reads the allocation table (unless already checked), the alias sheets and
 * the ticked report sheets in one batch, consolidates them with the report
 * files, writes the progress sheets and remembers the period.
 */
export async function consolidateReports(session: PaneSession, period: ConsolidatePeriod): Promise<ConsolidateOutcome> {
  const { host, state } = session;
  const chosen = state.reportSheets.filter((r) => r.checked).map((r) => r.ref);
  const files = state.sourceFiles.filter((f) => f.result.ok);
  state.settings = { ...state.settings, month: period.month, ...(period.year === null ? {} : { year: period.year }) };
  if (period.year !== null) state.explicit = { ...state.explicit, year: true };
  const current = state.allocation?.tableFound === true ? state.allocation : null;
  const allocationRef = current ? null : defaultAllocationRef(session);
  if (!current && !allocationRef) return { kind: "needAllocation" };
  // The owned sheet first: what the user confirmed in the pane wins over an older row on their own sheet.
  const aliasSheets = findAliasSheets(state.sheets);
  const aliasRefs = [...(aliasSheets.owned ? [aliasSheets.owned] : []), ...aliasSheets.user];
  const grids = await readSheetsByRef(host, [...(allocationRef ? [allocationRef] : []), ...aliasRefs, ...chosen]);
  const allocation = current ?? (allocationRef ? checkAllocationGrid(session, allocationRef, grids.get(allocationRef)) : null);
  if (!allocation?.tableFound) return { kind: "needAllocation" };
  const planRef = current ? state.allocationRef : allocationRef;
  // Reading the table may have taken the plan's year from its title.
  const year = state.settings.year;
  const aliases = readAliases(grids, aliasRefs, allocation);
  const sources: SubmissionSource[] = groupByFile(chosen.flatMap((ref) => {
    const grid = grids.get(ref);
    return grid ? [{ ref, grid }] : [];
  }));
  for (const f of files) if (f.result.ok) sources.push({ file: f.name, grids: f.result.grids });
  const consolidated = consolidate(sources, {
    allocation,
    year,
    month: period.month,
    target: state.settings.target,
    aliases: aliases.aliases,
    // Findings that point into the plan (who has not reported) name its file, as the CLI's do.
    ...(planRef?.file === undefined ? {} : { allocationFile: planRef.file }),
    ...allocationOwnerOf(current ? state.allocationGrid : allocationRef ? grids.get(allocationRef) : undefined, allocation),
    ...(await extraConsolidateOptions(session, year, period.month)),
  });
  // Bad alias rows are the user's to fix: they travel with the consolidation's own findings.
  const result = { ...consolidated, findings: [...aliases.findings, ...consolidated.findings] };
  const settings = await withDocumentSettings(session, reportSettings(state.settings, new Date()));
  // The workbook and the other outputs place a Word plan's findings at its rows, as the CLI's do;
  // the pane's own view keeps the cells and places them in whatever language it is shown in.
  const placed = { ...result, findings: placedInPlan(session, result.findings, planRef, [...aliasRefs, ...chosen]) };
  const extras = afterConsolidation(session, placed, settings);
  // The plan's rows placed above are listed as rows again when grouped: "dòng 8, 10".
  const wordPlan = planRef?.file !== undefined && state.allocationGrid?.cellNaming === "tableRowColumn";
  const spec = progressWorkbookSpec(placed, settings, wordPlan ? { ...extras, listCells: listPlacedCells } : extras);
  const written = await host.writeOwnedSheets(spec.sheets);
  state.progress = progressView(result);
  state.progressInputs = [...(planRef ? [planRef] : []), ...chosen].map((ref) => sheetIdentity(state.sheets, ref));
  state.progressWritten = written.written;
  state.progressNotes = written.notes;
  return { kind: "done", year, persisted: await persistSettings(host, state) };
}

/** Whose allocation per chi bộ it is, from its title (allocationOwner), as the CLI's consolidate reads it. */
function allocationOwnerOf(grid: Grid | null | undefined, allocation: AllocationCheckResult): { allocationOwner?: string } {
  const owner = allocationOwner(grid ?? undefined, allocation);
  return owner === null ? {} : { allocationOwner: owner };
}

/**
 * The findings, those about a Word plan at its table's rows (placeInWordPlan), unless another file
 * of the run has the plan's name (a finding names its file by name only).
 */
function placedInPlan(session: PaneSession, findings: readonly Finding[], planRef: SheetRef | null, refs: readonly SheetRef[]): Finding[] {
  const { state } = session;
  const grid = state.allocationGrid;
  if (planRef?.file === undefined || grid?.cellNaming !== "tableRowColumn") return [...findings];
  const x = extrasOf(session);
  // Files picked in Tổng hợp are read apart from the opened ones and may share the plan's name; an
  // opened file's name is its own (the workspace keeps one file per name), so a sheet of it is the plan's file's.
  const picked = [...state.sourceFiles.map((f) => f.name), ...x.previousFiles.map((f) => f.name)];
  const opened = [...refs.map((r) => r.file), x.previousSheet?.file].filter((f): f is string => f !== undefined && f !== planRef.file);
  const others = [...picked, ...opened];
  return placeInWordPlan(findings, { file: planRef.file, grids: [grid], otherFiles: others }, session.lang());
}

/** The user's own run: a new consolidation forgets the alias confirmed for the last one. */
export async function consolidateChosenSources(session: PaneSession, period: ConsolidatePeriod): Promise<ConsolidateOutcome> {
  session.state.aliasConfirmed = null;
  return consolidateReports(session, period);
}

/**
 * Only the user's click makes an alias, written to the add-in's own sheet
 * only. That sheet is read again first: the user may have typed on it since
 * the last run (rows, notes, a "Ghi chú" column), and every cell stays. A
 * user's own "Bí danh" sheet is never written; it is read with each run.
 * Then the consolidation runs again with the new alias.
 */
export async function confirmAlias(session: PaneSession, alias: Alias, period: ConsolidatePeriod): Promise<ConsolidateOutcome> {
  const { host, state } = session;
  await session.refreshSheets();
  const ownedRef = findAliasSheets(state.sheets).owned;
  const grid = ownedRef ? (await readSheetsByRef(host, [ownedRef])).get(ownedRef) : undefined;
  const spec = aliasSheetSpecPreserving(grid ?? null, [alias], session.lang());
  const saved = await host.writeOwnedSheets([spec]);
  await session.refreshSheets();
  state.aliasConfirmed = { written: alias.written, target: alias.target, sheet: saved.written[0] ?? spec.name };
  return consolidateReports(session, period);
}

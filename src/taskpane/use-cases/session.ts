/**
 * Opens a pane session over a host: the remembered settings, the sheet list,
 * and the empty results every tab starts from. No DOM: the views and the
 * use-case tests build on the same session.
 */
import type { Host, SheetInfo, SheetRef } from "../../host";
import { canDiscardOwnedSheets, sheetIdentity, type PaneSession, type PaneState } from "../context";
import { extrasOf } from "./pane-extras";
import { loadPaneSettings, sheetKey, storedForm } from "../settings";

/** Sheets that differ in name, place, activity, visibility or size make a different list. */
function sheetListKey(sheets: readonly SheetInfo[]): string {
  return JSON.stringify(sheets.map((s) => [s.file ?? "", s.name, s.owned, s.active === true, s.hidden === true, s.usedRows ?? -1, s.usedColumns ?? -1]));
}

export async function openPaneSession(host: Host, now: Date = new Date()): Promise<PaneSession> {
  const { settings, explicit } = await loadPaneSettings(host, now);
  const state: PaneState = {
    settings,
    stored: storedForm(settings),
    sheets: await host.listSheets(),
    allocationRef: null,
    allocation: null,
    reportSheets: [],
    skippedSheets: [],
    hiddenSheetCount: 0,
    includeHiddenSheets: false,
    reportSheetsScanned: false,
    highlightedRefs: [],
    sourceFiles: [],
    progress: null,
    progressInputs: [],
    progressWritten: [],
    progressNotes: [],
    aliasConfirmed: null,
    templatesDone: null,
    explicit,
    planHints: null,
    suggestedTarget: null,
    planRef: null,
    planFacts: null,
    planKeys: null,
    allocationGrid: null,
    lastFix: null,
  };

  const adoptSheets = (sheets: SheetInfo[]): boolean => {
    const changed = sheetListKey(sheets) !== sheetListKey(state.sheets);
    state.sheets = sheets;
    const ref = state.allocationRef;
    // The checked sheet is gone (renamed, deleted): its result no longer describes the workbook.
    if (ref && !sheets.some((s) => sheetKey(s) === sheetKey(ref))) {
      state.allocationRef = null;
      state.allocation = null;
      state.planHints = null;
      state.allocationGrid = null;
    }
    if (state.planRef && !sheets.some((s) => sheetKey(s) === sheetKey(state.planRef as SheetRef))) {
      state.planRef = null;
      state.planFacts = null;
      delete state.planNaming;
    }
    if (changed) state.reportSheetsScanned = false;
    if (state.progress !== null && state.progressInputs.length > 0) {
      const present = new Set(sheets.map((s) => sheetIdentity(sheets, s)));
      if (state.progressInputs.some((k) => !present.has(k))) forgetConsolidation();
    }
    return changed;
  };

  /**
   * A file the consolidation read was closed or replaced: its figures, downloads and alias
   * suggestions describe data no longer open (personal records), so they go, as a check's do.
   */
  const forgetConsolidation = (): void => {
    const written = state.progressWritten;
    state.progress = null;
    state.progressInputs = [];
    state.progressWritten = [];
    state.progressNotes = [];
    state.aliasConfirmed = null;
    const x = extrasOf({ state });
    x.result = null;
    x.reportSettings = null;
    x.probation = null;
    if (written.length > 0 && canDiscardOwnedSheets(host)) host.discardOwnedSheets(written);
  };

  return {
    host,
    state,
    lang: () => state.settings.lang,
    refreshSheets: async () => adoptSheets(await host.listSheets()),
    adoptSheets,
  };
}

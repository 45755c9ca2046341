/**
 * State shared by the pane's tabs. It outlives any one rendering so that a
 * language switch re-renders the same results in the other language.
 */
import type { CellNaming, PlanFacts, PlanHints } from "../core";
import type { AllocationCheckResult, Grid } from "../core";
import type { Lang, LocalizedText } from "../core";
import type { Host, SheetInfo, SheetRef } from "../host";
import type { Strings } from "./i18n";
import type { PaneSettings, PlanKeys, StoredSettings } from "./settings";
import type { ReadWorkbookResult } from "../xlsx/read-workbook";
import type { ProgressView } from "./progress-model";

/**
 * Dispatched on a view's root element when the user brings its tab forward, so
 * the view can re-read what may have changed in the workbook meanwhile.
 */
export const TAB_SHOWN_EVENT = "ptdv-tab-shown";

export interface OpenedSourceFile {
  readonly name: string;
  readonly result: ReadWorkbookResult;
}

/** A sheet the consolidation scan did not read, and why (shown to the user, never dropped silently). */
export interface SkippedSheet {
  readonly ref: SheetRef;
  readonly reason: "tooLarge" | "unreadable";
  readonly rows?: number;
  readonly columns?: number;
  /** What the host threw for an unreadable sheet; rendered in the pane's language. */
  readonly error?: unknown;
}

export interface PaneState {
  settings: PaneSettings;
  /** What the host holds for each setting, so an action writes only what changed. */
  stored: StoredSettings;
  sheets: SheetInfo[];
  /** The sheet chosen in the check tab. */
  allocationRef: SheetRef | null;
  allocation: AllocationCheckResult | null;
  /** Report sheets found in the workbook, with whether the user ticked them. */
  reportSheets: Array<{ ref: SheetRef; checked: boolean }>;
  /** Input sheets the last scan skipped (too large, unreadable). */
  skippedSheets: SkippedSheet[];
  /** Hidden sheets the last scan left out because the user did not ask for them. */
  hiddenSheetCount: number;
  /** Whether the user asked to scan hidden sheets too. */
  includeHiddenSheets: boolean;
  /** False until report sheets have been scanned for the current sheet list. */
  reportSheetsScanned: boolean;
  /** Sheets highlighted in this session, most recent last, so "clear" undoes exactly those. */
  highlightedRefs: SheetRef[];
  sourceFiles: OpenedSourceFile[];
  progress: ProgressView | null;
  /**
   * The opened sheets the last consolidation read (sheetIdentity), so the result, its
   * downloads and its alias suggestions go when one of them is closed or replaced.
   */
  progressInputs: readonly string[];
  progressWritten: readonly string[];
  /** Capability notes from the host's last write (e.g. no data validation in this Excel). */
  progressNotes: readonly LocalizedText[];
  /** The alias the user confirmed last, shown above the re-run results. */
  aliasConfirmed: { written: string; target: string; sheet: string } | null;
  templatesDone: { count: number; notes: readonly LocalizedText[]; files: readonly string[] } | null;
  /** Which of year and target the user chose (stored or typed): the allocation's title never overrides those. */
  explicit: { year: boolean; target: boolean };
  /** What the allocation sheet's title says (plan year, target), from the last check. */
  planHints: PlanHints | null;
  /** The target taken from the title, shown as a suggestion until the user changes it. */
  suggestedTarget: number | null;
  /** The sheet found to hold the allocation table before any check (use-cases/plan.ts). */
  planRef: SheetRef | null;
  /** What the allocation's title says, with the cells (target, year). */
  planFacts: PlanFacts | null;
  /** How the plan's grid names its cells: a Word table's by row and column, so the pane says where it read the target by row. */
  planNaming?: CellNaming;
  /** Where this allocation's target and year are stored (per workbook in Excel, per file in the browser). */
  planKeys: PlanKeys | null;
  /** The grid of the last allocation checked, for the fixes the pane offers. */
  allocationGrid: Grid | null;
  /** The last fix written to the user's cells, until undone or replaced. */
  lastFix: { readonly sheet: SheetRef; readonly token: string; readonly count: number; readonly downloaded?: string } | null;
}

/**
 * What the use cases (src/taskpane/use-cases) work on: the host and the
 * pane's state, with no DOM, so they run and are tested without a page.
 */
export interface PaneSession {
  readonly host: Host;
  readonly state: PaneState;
  lang(): Lang;
  /**
   * Asks the host for the current sheet list (sheets are added, renamed and
   * activated outside the pane). Resolves true when the list changed.
   */
  refreshSheets(): Promise<boolean>;
  /** Takes a sheet list the host returned with other work (listAndReadSheets) as the current one. Returns true when it changed. */
  adoptSheets(sheets: SheetInfo[]): boolean;
}

/**
 * A sheet as the pane tells it apart: its file's identity (the browser edition's name, size and
 * hash), file name and sheet name. A file opened again with other content is another sheet.
 */
export function sheetIdentity(sheets: readonly SheetInfo[], ref: SheetRef): string {
  const info = sheets.find((s) => s.name === ref.name && s.file === ref.file);
  return `${info?.fileId ?? ""}\u0000${ref.file ?? ""}\u0000${ref.name}`;
}

/**
 * A host that keeps the pane's result sheets apart from the user's files (the browser edition)
 * and can drop those made from files that are no longer open.
 */
export interface DiscardsOwnedSheets {
  discardOwnedSheets(names: readonly string[]): void;
}

export function canDiscardOwnedSheets(host: Host): host is Host & DiscardsOwnedSheets {
  return typeof (host as Partial<DiscardsOwnedSheets>).discardOwnedSheets === "function";
}

/** A session as the views see it: with the UI strings and a way to re-render. */
export interface PaneContext extends PaneSession {
  t(): Strings;
  /** Re-renders every tab (after a language change or new sheets), keeping keyboard focus where it was. */
  rerender(): void;
}

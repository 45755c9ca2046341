/**
 * State shared by the pane's tabs. It outlives any one rendering so that a
 * language switch re-renders the same results in the other language.
 */
import type { AllocationCheckResult } from "../core/allocation/types";
import type { Lang } from "../core/findings";
import type { Host, SheetInfo, SheetRef } from "./host";
import type { Strings } from "./i18n";
import type { PaneSettings } from "./settings";
import type { ReadWorkbookResult } from "../xlsx/read-workbook";
import type { ProgressView } from "./progress-model";

export interface OpenedSourceFile {
  readonly name: string;
  readonly result: ReadWorkbookResult;
}

export interface PaneState {
  settings: PaneSettings;
  sheets: SheetInfo[];
  /** The sheet chosen in the check tab. */
  allocationRef: SheetRef | null;
  allocation: AllocationCheckResult | null;
  /** Report sheets found in the workbook, with whether the user ticked them. */
  reportSheets: Array<{ ref: SheetRef; checked: boolean }>;
  sourceFiles: OpenedSourceFile[];
  progress: ProgressView | null;
  progressWritten: readonly string[];
  /** Capability notes from the host's last write (e.g. no data validation in this Excel). */
  progressNotes: readonly string[];
  templatesDone: { count: number; notes: readonly string[]; files: readonly string[] } | null;
}

export interface PaneContext {
  readonly host: Host;
  readonly state: PaneState;
  lang(): Lang;
  t(): Strings;
  /** Re-renders every tab (after a language change or new sheets). */
  rerender(): void;
}

/**
 * What issues #12–#14 add to a pane session: the chi bộ thresholds, the
 * register choices for a consolidation (person list, Biểu 2 period, last
 * year's registers) and the last consolidation's full result. Kept beside the
 * pane's state (not in it) so the tabs that do not use them stay unchanged.
 */
import { DEFAULT_BRANCH_THRESHOLDS, type BranchThresholds, type ConsolidationResult, type ProbationResult, type ReportSettings } from "../../core";
import type { SheetRef } from "../../host";
import { readFileBytes, readWorkbookLazily } from "../../xlsx/lazy";
import type { OpenedSourceFile, PaneSession, PaneState } from "../context";

/** Which months Biểu 2 counts: those consolidated (January to the month), a quarter, a half-year or the year. */
export type Bieu2PeriodChoice =
  | { readonly kind: "consolidated" }
  | { readonly kind: "quarter"; readonly quarter: 1 | 2 | 3 | 4 }
  | { readonly kind: "half"; readonly half: 1 | 2 }
  | { readonly kind: "year" };

export interface PaneExtras {
  thresholds: BranchThresholds;
  /** Whether the stored thresholds have been read from the host yet. */
  thresholdsLoaded: boolean;
  /** `--with-register`: the person list goes into the progress workbook only when the user asks. */
  withRegister: boolean;
  bieu2Period: Bieu2PeriodChoice;
  /** Last year's registers (browser edition: files; Excel: a sheet of the workbook). */
  previousFiles: OpenedSourceFile[];
  previousSheet: SheetRef | null;
  /** The last consolidation as the engine returned it, with the settings its workbook was written with. */
  result: ConsolidationResult | null;
  reportSettings: ReportSettings | null;
  probation: ProbationResult | null;
}

const EXTRAS = new WeakMap<PaneState, PaneExtras>();

export function extrasOf(session: { readonly state: PaneState }): PaneExtras {
  let x = EXTRAS.get(session.state);
  if (!x) {
    x = {
      thresholds: DEFAULT_BRANCH_THRESHOLDS,
      thresholdsLoaded: false,
      withRegister: false,
      bieu2Period: { kind: "consolidated" },
      previousFiles: [],
      previousSheet: null,
      result: null,
      reportSettings: null,
      probation: null,
    };
    EXTRAS.set(session.state, x);
  }
  return x;
}

/** Where the thresholds are kept: workbook settings in Excel, this browser's storage in the browser edition. */
export const THRESHOLD_KEYS = { minMembers: "ptdv.branchMinMembers", years: "ptdv.branchYears" } as const;

export const THRESHOLD_LIMITS = { minMembers: { min: 1, max: 1000 }, years: { min: 1, max: 50 } } as const;

/** A whole number within the limits, typed by a person; undefined otherwise. */
export function parseThreshold(text: string | undefined, limits: { readonly min: number; readonly max: number }): number | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  if (!/^\d{1,4}$/.test(t)) return undefined;
  const n = Number(t);
  return n >= limits.min && n <= limits.max ? n : undefined;
}

/** Reads the stored thresholds once per session; anything unreadable keeps the plan's defaults (10 members, 3 years). */
export async function loadThresholds(session: PaneSession): Promise<BranchThresholds> {
  const x = extrasOf(session);
  if (x.thresholdsLoaded) return x.thresholds;
  const [min, years] = await Promise.all([session.host.getSetting(THRESHOLD_KEYS.minMembers), session.host.getSetting(THRESHOLD_KEYS.years)]);
  x.thresholds = {
    minMembers: parseThreshold(min, THRESHOLD_LIMITS.minMembers) ?? DEFAULT_BRANCH_THRESHOLDS.minMembers,
    years: parseThreshold(years, THRESHOLD_LIMITS.years) ?? DEFAULT_BRANCH_THRESHOLDS.years,
  };
  x.thresholdsLoaded = true;
  return x.thresholds;
}

/** Stores the thresholds the next consolidation uses; a host refusal rejects and leaves the session's values unchanged. */
export async function saveThresholds(session: PaneSession, thresholds: BranchThresholds): Promise<void> {
  const entries = { [THRESHOLD_KEYS.minMembers]: String(thresholds.minMembers), [THRESHOLD_KEYS.years]: String(thresholds.years) };
  const { host } = session;
  if (host.setSettings) await host.setSettings(entries);
  else for (const [k, v] of Object.entries(entries)) await host.setSetting(k, v);
  const x = extrasOf(session);
  x.thresholds = thresholds;
  x.thresholdsLoaded = true;
}

/** Last year's registers from disk (browser edition, or Excel with files outside the workbook): read now, kept readable or not. */
export async function addPreviousFiles(session: PaneSession, files: ReadonlyArray<Blob & { readonly name: string }>): Promise<void> {
  for (const file of files) {
    const result = await readWorkbookLazily(await readFileBytes(file), file.name);
    extrasOf(session).previousFiles.push({ name: file.name, result });
  }
}

export function removePreviousFile(session: PaneSession, index: number): void {
  extrasOf(session).previousFiles.splice(index, 1);
}

/** Sheets the user may name as last year's register in Excel: their own sheets, not the add-in's. */
export function previousSheetChoices(session: PaneSession): SheetRef[] {
  return session.state.sheets.filter((s) => !s.owned).map((s) => (s.file === undefined ? { name: s.name } : { name: s.name, file: s.file }));
}

/**
 * Names last year's register sheet (Excel). It is not one of this year's
 * sources, so it is unticked there: counted twice it would only raise
 * "another year" notes.
 */
export function choosePreviousSheet(session: PaneSession, ref: SheetRef | null): void {
  extrasOf(session).previousSheet = ref;
  if (!ref) return;
  for (const r of session.state.reportSheets) if (r.ref.name === ref.name && r.ref.file === ref.file) r.checked = false;
}

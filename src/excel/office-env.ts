/**
 * Everything the adapter needs from the Office runtime, behind one seam so the
 * adapter can run against a fake Excel in tests at any requirement-set level.
 */
import type { WorkbookSpec } from "../core";
import { writeWorkbookLazily } from "../xlsx/lazy";
import type { ExcelContextLike } from "./office-types";

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface OfficeEnv {
  run<T>(batch: (context: ExcelContextLike) => Promise<T>, options: { readonly delayForCellEdit: boolean }): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  /** Office's UI language tag, e.g. "vi-VN". */
  displayLanguage(): string;
  /** Opens a new workbook window from an .xlsx (ExcelApi 1.8). */
  createWorkbook(base64: string): Promise<void>;
  /** Per-user storage (the language choice); null where the webview blocks it. */
  readonly userStore: KeyValueStore | null;
  /** Renders a WorkbookSpec to .xlsx bytes (ExcelJS, loaded lazily). */
  writeWorkbook(spec: WorkbookSpec): Promise<Uint8Array>;
}

function safeLocalStorage(): KeyValueStore | null {
  try {
    const store = window.localStorage;
    // Some locked-down webviews expose localStorage but throw on use.
    store.getItem("ptdv.probe");
    return store;
  } catch {
    return null;
  }
}

/** The real runtime: Excel.run, Office.context, localStorage. Only valid after Office.onReady. */
export function officeRuntimeEnv(): OfficeEnv {
  return {
    // The adapter's batches take ExcelContextLike (office-types.ts); handing them to Excel.run
    // as they are is what makes the compiler prove a real Excel.RequestContext satisfies it.
    run: (batch, options) => (options.delayForCellEdit ? Excel.run({ delayForCellEdit: true }, batch) : Excel.run(batch)),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    displayLanguage: () => Office.context.displayLanguage ?? "",
    // feature-checked: createWorkbook (the host calls it only when features.createWorkbook)
    createWorkbook: (base64) => Excel.createWorkbook(base64),
    userStore: safeLocalStorage(),
    writeWorkbook: writeWorkbookLazily,
  };
}

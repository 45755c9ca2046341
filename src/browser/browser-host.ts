/**
 * The browser edition's Host: the "workbook" is the files the user opened.
 * Produced sheets stay in memory, are previewed, and are downloaded as .xlsx.
 */
import type { Finding, Lang } from "../core";
import type { Grid } from "../core";
import type { SheetSpec, WorkbookSpec } from "../core";
import { HostError, SETTING_KEYS, isTooLargeToRead, type HighlightRequest, type Host, type HostCapabilities, type SheetInfo, type SheetRef, type UndoUserCellsResult, type UserCellWrite, type UserCellsResult, type WriteResult } from "../host";
import { readFileBytes, readWorkbookLazily, writeWorkbookLazily } from "../xlsx/lazy";
import { readWordDocumentLazily } from "../docx/lazy";
import { listsWorkbookPart } from "../xlsx/workbook-zip";
import { saveWithAnchor, safeFileName, XLSX_MIME, ZIP_MIME, type SaveFile } from "./download";
import { createSettingsStorage, type KeyValueStore } from "./settings-storage";
import { specToGrid } from "./spec-grid";
import { gridsToWorkbook } from "./grid-workbook";
import { readAhead } from "./read-ahead";

export interface OpenedFile {
  readonly name: string;
  readonly grids: readonly Grid[];
  /** Name, size and a hash of the bytes: the same file opened again is recognised, another one of that name is not. */
  readonly id?: string;
}

/** FNV-1a over the bytes: enough to tell two files apart, with no crypto API needed on file://. */
function contentId(name: string, bytes: Uint8Array): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i] as number;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${name}|${bytes.length}|${h.toString(16).padStart(8, "0")}`;
}

export type Severity = HighlightRequest["cells"][number]["severity"];

/** What the preview shows: a sheet, its highlighted cells and the selected cell. */
export interface PreviewState {
  readonly sheet: SheetRef | null;
  readonly selected: string | null;
}

export type BrowserHostEvent = "files" | "produced" | "preview" | "highlight" | "lang";

export interface BrowserHostOptions {
  readonly save?: SaveFile;
  readonly store?: KeyValueStore;
  readonly lang?: Lang;
  /** The browser's language (navigator.language), for the default when the user has not chosen one. */
  readonly navigatorLanguage?: string;
}

export interface BrowserHost extends Host {
  /** Opens user files; returns the problem of each file that could not be read. */
  openFiles(files: ReadonlyArray<Blob & { readonly name: string }>): Promise<Array<{ name: string; problem: Finding }>>;
  /** Adds an already-parsed workbook (the sample data); replaces a file of the same name. */
  addWorkbook(file: OpenedFile, activeSheet?: string): void;
  closeFile(name: string): void;
  files(): readonly OpenedFile[];
  produced(): readonly SheetSpec[];
  /** Drops result sheets made from files no longer open (the pane's consolidation after its file was closed). */
  discardOwnedSheets(names: readonly string[]): void;
  preview(): PreviewState;
  showSheet(sheet: SheetRef): void;
  highlightsOf(sheet: SheetRef): ReadonlyMap<string, Severity>;
  /** The grid behind a sheet reference, input or produced. */
  gridOf(sheet: SheetRef): Grid | undefined;
  downloadProduced(): Promise<void>;
  setSettings(entries: Readonly<Record<string, string>>): Promise<void>;
  /**
   * Settings for this page session only (the sample data's target and year):
   * read back like stored ones, never written to localStorage, so they cannot
   * replace what the user saved. A setting the user then stores wins.
   */
  setSessionSettings(entries: Readonly<Record<string, string>>): void;
  on(listener: (event: BrowserHostEvent) => void): () => void;
  onSheetsChanged(listener: () => void): () => void;
}

const LANG_KEY = SETTING_KEYS.lang;

/** The one download of everything the pane produced (progress, findings, aliases). */
const RESULTS_FILE_NAME = "ptdv-ket-qua.xlsx";

function parseCellAddress(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(address.trim().toUpperCase());
  if (!m?.[1] || !m[2]) return undefined;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

function refKey(ref: SheetRef): string {
  return `${ref.file ?? ""}\u0000${ref.name}`;
}

function browserLanguage(): string {
  return typeof navigator === "undefined" ? "" : (navigator.language ?? "");
}

/** Vietnamese for a Vietnamese browser, English for any other: most staff outside Vietnam read English better. */
export function langOfLocale(locale: string): Lang {
  return /^vi\b/i.test(locale) ? "vi" : "en";
}

const DOWNLOAD_FAILED = {
  vi: "Không tạo được tệp để tải về (trình duyệt không tải được phần ghi tệp, có thể do mất mạng khi trang đang mở). Hãy tải lại trang rồi thử lại.",
  en: "Could not make the file to download (the browser could not load the file writer, perhaps the network dropped while the page was open). Reload the page and try again.",
} as const;

const fileUnreadable = (name: string) => ({
  vi: `Không đọc được tệp "${name}" (tệp có thể đã bị chuyển, xóa hoặc đang bị chương trình khác giữ). Hãy chọn lại tệp.`,
  en: `Could not read the file "${name}" (it may have been moved, deleted or locked by another program). Choose it again.`,
});

/** Rejections the user can act on become HostErrors; a HostError already made passes through. */
async function asHostError<T>(work: () => Promise<T>, text: { vi: string; en: string }, code: "DOWNLOAD_FAILED" | "FILE_UNREADABLE"): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof HostError) throw error;
    throw new HostError(text, code, "browser", error);
  }
}

export function createBrowserHost(options: BrowserHostOptions = {}): BrowserHost {
  const save = options.save ?? saveWithAnchor;
  const store = options.store ?? createSettingsStorage();
  let opened: OpenedFile[] = [];
  let producedSheets: SheetSpec[] = [];
  let previewState: PreviewState = { sheet: null, selected: null };
  const highlights = new Map<string, Map<string, Severity>>();
  const listeners = new Set<(e: BrowserHostEvent) => void>();
  const sheetListeners = new Set<() => void>();
  const session = new Map<string, string>();
  /** What each fix replaced, so "Hoàn tác" restores the file exactly as it was read. */
  const undoStack = new Map<string, { fileName: string; before: OpenedFile }>();
  let undoCounter = 0;

  const emit = (e: BrowserHostEvent): void => {
    for (const l of Array.from(listeners)) l(e);
    if (e === "files") for (const l of Array.from(sheetListeners)) l();
  };

  const findGrid = (ref: SheetRef): Grid | undefined => {
    if (ref.file === undefined) {
      const spec = producedSheets.find((s) => s.name === ref.name);
      if (spec) return specToGrid(spec);
      // Excel-style refs without a file: the first opened sheet of that name.
      for (const f of opened) {
        const g = f.grids.find((x) => x.name === ref.name);
        if (g) return g;
      }
      return undefined;
    }
    return opened.find((f) => f.name === ref.file)?.grids.find((g) => g.name === ref.name);
  };

  const host: BrowserHost = {
    kind: "browser",
    capabilities(): HostCapabilities {
      return { highlight: true, createWorkbook: false, download: true, limitations: [] };
    },
    async listSheets(): Promise<SheetInfo[]> {
      const active = previewState.sheet;
      const out: SheetInfo[] = [];
      for (const f of opened) {
        for (const g of f.grids) {
          const info: { name: string; file: string; fileId: string; owned: boolean; active?: boolean; hidden?: boolean; usedRows: number; usedColumns: number } = {
            name: g.name,
            file: f.name,
            fileId: f.id ?? f.name,
            owned: false,
            usedRows: g.rows.length,
            usedColumns: g.rows.reduce((m, r) => Math.max(m, r.length), 0),
          };
          if (active && refKey(active) === refKey({ name: g.name, file: f.name })) info.active = true;
          if (g.hidden === true) info.hidden = true;
          out.push(info);
        }
      }
      for (const s of producedSheets) out.push({ name: s.name, owned: true, role: s.role });
      return out;
    },
    async readSheets(sheets: readonly SheetRef[]): Promise<Grid[]> {
      return sheets.map((ref) => {
        const g = findGrid(ref);
        // An empty grid of that name lets the engine report "no table" instead of the pane crashing.
        return g ?? { name: ref.name, rows: [], origin: { row: 0, col: 0 }, merges: [] };
      });
    },
    async listAndReadSheets(refs: readonly SheetRef[]): Promise<{ sheets: SheetInfo[]; grids: Array<Grid | null> }> {
      const sheets = await host.listSheets();
      const grids = refs.map((ref) => {
        const g = findGrid(ref);
        if (g === undefined) return null;
        const size = { name: g.name, owned: false, usedRows: g.rows.length, usedColumns: g.rows.reduce((m, r) => Math.max(m, r.length), 0) };
        return isTooLargeToRead(size) ? null : g;
      });
      return { sheets, grids };
    },
    async writeOwnedSheets(specs: readonly SheetSpec[]): Promise<WriteResult> {
      const names = new Set(specs.map((s) => s.name));
      const roles = new Set(specs.map((s) => s.role));
      // Re-running replaces earlier results of the same role, like the Excel host.
      producedSheets = producedSheets.filter((s) => !names.has(s.name) && !roles.has(s.role)).concat(specs);
      const first = specs[0];
      if (first) previewState = { sheet: { name: first.name }, selected: null };
      emit("produced");
      emit("preview");
      return { written: specs.map((s) => s.name), notes: [] };
    },
    async deliverWorkbooks(books: readonly WorkbookSpec[]): Promise<WriteResult> {
      const files: Array<{ name: string; bytes: Uint8Array }> = [];
      const used = new Set<string>();
      for (const [i, book] of books.entries()) {
        let name = safeFileName((book.fileName ?? book.sheets[0]?.name ?? `ptdv-${i + 1}`).replace(/\.xlsx$/i, ""), "xlsx");
        for (let n = 2; used.has(name.toLowerCase()); n++) name = name.replace(/(-\d+)?\.xlsx$/, `-${n}.xlsx`);
        used.add(name.toLowerCase());
        files.push({ name, bytes: await asHostError(() => writeWorkbookLazily(book), DOWNLOAD_FAILED, "DOWNLOAD_FAILED") });
      }
      const only = files[0];
      if (files.length === 1 && only) {
        save(only.name, only.bytes, XLSX_MIME);
      } else if (files.length > 1) {
        const bytes = await asHostError(
          async () => {
            const { default: JSZip } = await import(/* webpackChunkName: "zip" */ "jszip");
            const zip = new JSZip();
            for (const f of files) zip.file(f.name, f.bytes);
            return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
          },
          DOWNLOAD_FAILED,
          "DOWNLOAD_FAILED",
        );
        save("mau-bao-cao.zip", bytes, ZIP_MIME);
      }
      return { written: files.map((f) => f.name), notes: [] };
    },
    async selectCell(sheet: SheetRef, address: string): Promise<void> {
      previewState = { sheet, selected: address.toUpperCase().replace(/\$/g, "") };
      emit("preview");
    },
    async highlight(request: HighlightRequest): Promise<void> {
      const map = new Map<string, Severity>();
      const rank = { error: 0, warning: 1, info: 2 } as const;
      for (const c of request.cells) {
        const a = c.address.toUpperCase().replace(/\$/g, "");
        const prev = map.get(a);
        if (prev === undefined || rank[c.severity] < rank[prev]) map.set(a, c.severity);
      }
      highlights.set(refKey(request.sheet), map);
      previewState = { sheet: request.sheet, selected: previewState.selected };
      emit("highlight");
      emit("preview");
    },
    async clearHighlight(sheet: SheetRef): Promise<void> {
      highlights.delete(refKey(sheet));
      emit("highlight");
      emit("preview");
    },
    async getSetting(key: string): Promise<string | undefined> {
      return session.get(key) ?? store.get(key);
    },
    async setSetting(key: string, value: string): Promise<void> {
      session.delete(key);
      store.set(key, value);
      if (key === LANG_KEY) emit("lang");
    },
    async setSettings(entries: Readonly<Record<string, string>>): Promise<void> {
      for (const [key, value] of Object.entries(entries)) {
        session.delete(key);
        store.set(key, value);
      }
      if (LANG_KEY in entries) emit("lang");
    },
    setSessionSettings(entries: Readonly<Record<string, string>>): void {
      for (const [key, value] of Object.entries(entries)) session.set(key, value);
      if (LANG_KEY in entries) emit("lang");
    },
    preferredLang(): Lang {
      return options.lang ?? langOfLocale(options.navigatorLanguage ?? browserLanguage());
    },
    onSheetsChanged(listener: () => void): () => void {
      sheetListeners.add(listener);
      return () => sheetListeners.delete(listener);
    },

    openFiles(files) {
      // One choice of files after another: a drop while an earlier choice is still being read waits
      // for it, so the files are listed, and the preview chosen, in the order they were given.
      const run = openQueue.then(() => openNow(files));
      openQueue = run.then(
        () => undefined,
        () => undefined,
      );
      return run;
    },
    addWorkbook(file: OpenedFile, activeSheet?: string): void {
      opened = opened.filter((f) => f.name !== file.name).concat(file);
      const g = file.grids.find((x) => x.name === activeSheet) ?? file.grids[0];
      if (g) previewState = { sheet: { name: g.name, file: file.name }, selected: null };
      emit("files");
      emit("preview");
    },
    closeFile(name: string): void {
      opened = opened.filter((f) => f.name !== name);
      for (const key of Array.from(highlights.keys())) if (key.startsWith(`${name}\u0000`)) highlights.delete(key);
      if (previewState.sheet?.file === name) previewState = { sheet: null, selected: null };
      emit("files");
      emit("preview");
    },
    files: () => opened,
    produced: () => producedSheets,
    discardOwnedSheets(names: readonly string[]): void {
      const gone = new Set(names);
      if (!producedSheets.some((s) => gone.has(s.name))) return;
      producedSheets = producedSheets.filter((s) => !gone.has(s.name));
      if (previewState.sheet?.file === undefined && previewState.sheet !== null && gone.has(previewState.sheet.name)) previewState = { sheet: null, selected: null };
      emit("produced");
      emit("preview");
    },
    preview: () => previewState,
    showSheet(sheet: SheetRef): void {
      previewState = { sheet, selected: null };
      emit("preview");
    },
    highlightsOf(sheet: SheetRef): ReadonlyMap<string, Severity> {
      return highlights.get(refKey(sheet)) ?? new Map();
    },
    gridOf: findGrid,
    async downloadFile(fileName: string, bytes: Uint8Array, mime: string): Promise<void> {
      save(fileName, bytes, mime);
    },
    async downloadProduced(): Promise<void> {
      if (producedSheets.length === 0) return;
      // Everything produced, in one workbook named for what it is, not for whichever sheet came first (the alias sheet).
      const bytes = await asHostError(() => writeWorkbookLazily({ sheets: producedSheets }), DOWNLOAD_FAILED, "DOWNLOAD_FAILED");
      save(RESULTS_FILE_NAME, bytes, XLSX_MIME);
    },
    async writeUserCells(sheet: SheetRef, cells: readonly UserCellWrite[]): Promise<UserCellsResult> {
      const file = opened.find((f) => f.name === sheet.file) ?? opened.find((f) => f.grids.some((g) => g.name === sheet.name));
      const grid = file?.grids.find((g) => g.name === sheet.name);
      if (!file || !grid) throw new HostError(fileUnreadable(sheet.file ?? sheet.name), "FILE_UNREADABLE", "browser");
      const rows = grid.rows.map((r) => r.slice());
      // What Excel shows for the fixed number: a format of zeros pads it (3 in "00" shows 03), as the text did before the fix.
      const shownAs = (value: number, format: string): string =>
        /^0+$/.test(format) && Number.isInteger(value) && value >= 0 ? String(value).padStart(format.length, "0") : String(value);
      let written = 0;
      for (const c of cells) {
        const at = parseCellAddress(c.address);
        if (!at) continue;
        const r = at.row - grid.origin.row;
        const col = at.col - grid.origin.col;
        const row = rows[r];
        if (!row || col < 0) continue;
        row[col] = { value: c.value, numFmt: c.numberFormat, text: shownAs(c.value, c.numberFormat) };
        written += 1;
      }
      const fixed: Grid = { ...grid, rows };
      const next: OpenedFile = { ...file, grids: file.grids.map((g) => (g === grid ? fixed : g)) };
      const token = `fix-${++undoCounter}`;
      undoStack.set(token, { fileName: file.name, before: file });
      opened = opened.map((f) => (f === file ? next : f));
      const name = safeFileName(`${file.name.replace(/\.[^.]+$/, "")}-da-sua`, "xlsx");
      const bytes = await asHostError(() => writeWorkbookLazily(gridsToWorkbook(next.grids, name)), DOWNLOAD_FAILED, "DOWNLOAD_FAILED");
      save(name, bytes, XLSX_MIME);
      emit("preview");
      return { undoToken: token, written, downloaded: name };
    },
    async undoUserCells(token: string): Promise<UndoUserCellsResult> {
      const entry = undoStack.get(token);
      if (!entry) return { kept: [] };
      undoStack.delete(token);
      opened = opened.map((f) => (f.name === entry.fileName ? entry.before : f));
      emit("preview");
      // The opened copy cannot be edited here, so nothing changed since the fix.
      return { kept: [] };
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  let openQueue: Promise<void> = Promise.resolve();

  async function openNow(files: ReadonlyArray<Blob & { readonly name: string }>): Promise<Array<{ name: string; problem: Finding }>> {
    const problems: Array<{ name: string; problem: Finding }> = [];
    let last: OpenedFile | null = null;
    let first: OpenedFile | null = null;
    const bytesOf = readAhead(files, readFileBytes);
    for (const [i, file] of files.entries()) {
      const bytes = await asHostError(() => bytesOf(i), fileUnreadable(file.name), "FILE_UNREADABLE");
      // A Word plan (.docx) by its bytes, whatever its name: each table becomes a sheet "Bảng N".
      // A workbook's zip is no Word document (listsWorkbookPart): the Word reader is not even loaded.
      const word = listsWorkbookPart(bytes) ? null : await readWordDocumentLazily(bytes, file.name);
      const result = word ?? (await readWorkbookLazily(bytes, file.name));
      if (!result.ok) {
        problems.push({ name: file.name, problem: result.problem });
        continue;
      }
      last = { name: file.name, grids: result.grids, id: contentId(file.name, bytes) };
      opened = opened.filter((f) => f.name !== file.name).concat(last);
      first ??= last;
    }
    // Several files at once: show the first one's sheet (usually the allocation), not the last report.
    const firstGrid = first?.grids[0];
    if (first && firstGrid) previewState = { sheet: { name: firstGrid.name, file: first.name }, selected: null };
    if (last) {
      emit("files");
      emit("preview");
    }
    return problems;
  }

  return host;
}

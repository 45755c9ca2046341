/**
 * The one seam between the task pane UI and where the workbook lives: Excel
 * (Office.js) or the browser edition (files the user opened). The UI never
 * touches Office.js or file APIs directly.
 */
import type { Grid, Lang, LocalizedText, SheetRole, SheetSpec, WorkbookSpec } from "../core";

export interface SheetInfo {
  readonly name: string;
  /** Which opened file it belongs to (browser edition); undefined in Excel. */
  readonly file?: string;
  /**
   * Identifies the opened file's content (browser edition: name, size and a
   * hash of the bytes), so what the user chose for one allocation (target,
   * year, answers about aliases) is kept for that file and no other.
   */
  readonly fileId?: string;
  readonly owned: boolean;
  /** For an owned sheet, what the add-in made it for, where the host knows (e.g. "aliases"). */
  readonly role?: SheetRole;
  readonly active?: boolean;
  readonly hidden?: boolean;
  /**
   * Size of the used range where the host knows it cheaply, so the UI can skip
   * (and say so) a sheet too large to read instead of failing a whole batch.
   */
  readonly usedRows?: number;
  readonly usedColumns?: number;
}

export interface SheetRef {
  readonly name: string;
  readonly file?: string;
}

export interface WriteResult {
  /** The names the sheets actually got (a clash with a user's sheet gets a new name). */
  readonly written: readonly string[];
  /** Notes for the user in each UI language, e.g. "data validation unavailable in this Excel". */
  readonly notes: readonly LocalizedText[];
}

export interface HighlightRequest {
  readonly sheet: SheetRef;
  /** A1 addresses with the severity that decides the colour. */
  readonly cells: ReadonlyArray<{ readonly address: string; readonly severity: "error" | "warning" | "info" }>;
}

/** A user cell the add-in may rewrite on the user's click (numbers stored as text → numbers, format 00). */
export interface UserCellWrite {
  readonly address: string;
  readonly value: number;
  readonly numberFormat: string;
}

export interface UserCellsResult {
  /** Passed back to undoUserCells to restore the cells' previous values and formats exactly. */
  readonly undoToken: string;
  readonly written: number;
  /** Browser edition: the corrected workbook was downloaded under this name. */
  readonly downloaded?: string;
  /**
   * The sheet as read again after the write, in the same round trip (Excel:
   * the same Excel.run), so the pane re-checks it without another read. Absent
   * where the host did not read it (the pane then calls readSheets).
   */
  readonly grid?: Grid;
}

export interface UndoUserCellsResult {
  /**
   * A1 addresses of cells left as they are because they no longer hold what
   * the fix wrote (the user changed them since): their later edit wins.
   */
  readonly kept: readonly string[];
  /** The sheet as read again after the undo, in the same round trip; absent as for UserCellsResult. */
  readonly grid?: Grid;
}

export interface HostCapabilities {
  readonly highlight: boolean;
  readonly createWorkbook: boolean;
  readonly download: boolean;
  /** Human-readable lines about features this host or version lacks. */
  readonly limitations: readonly LocalizedText[];
}

export interface Host {
  readonly kind: "excel" | "browser";
  capabilities(): HostCapabilities;
  listSheets(): Promise<SheetInfo[]>;
  /** Reads all requested sheets in one batch. */
  readSheets(sheets: readonly SheetRef[]): Promise<Grid[]>;
  /**
   * Optional: lists the sheets (as listSheets, sizes included) and reads the
   * requested ones in the same batch, so an action that must see the current
   * workbook costs one round trip. A requested sheet that no longer exists or
   * isTooLargeToRead comes back null rather than failing the batch.
   */
  listAndReadSheets?(refs: readonly SheetRef[]): Promise<{ sheets: SheetInfo[]; grids: ReadonlyArray<Grid | null> }>;
  /** Writes sheets the add-in owns, replacing only earlier owned sheets of the same role/name. */
  writeOwnedSheets(specs: readonly SheetSpec[]): Promise<WriteResult>;
  /**
   * Optional: writes the user's own cells, and only on the user's click for a
   * fix the pane offers (numbers stored as text). Everything else writes only
   * sheets the add-in owns. Excel writes the cells in place; the browser
   * edition corrects its copy and downloads the corrected workbook.
   */
  writeUserCells?(sheet: SheetRef, cells: readonly UserCellWrite[]): Promise<UserCellsResult>;
  /**
   * Restores what writeUserCells replaced (values and number formats), only in
   * the cells that still hold exactly what the fix wrote (value and format);
   * the others are reported in `kept` and left alone.
   */
  undoUserCells?(token: string): Promise<UndoUserCellsResult>;
  /** Delivers whole workbooks (report templates): new workbooks in Excel, downloads in the browser. */
  deliverWorkbooks(books: readonly WorkbookSpec[]): Promise<WriteResult>;
  selectCell(sheet: SheetRef, address: string): Promise<void>;
  highlight(request: HighlightRequest): Promise<void>;
  clearHighlight(sheet: SheetRef): Promise<void>;
  getSetting(key: string): Promise<string | undefined>;
  setSetting(key: string, value: string): Promise<void>;
  /**
   * Optional: stores several settings in one round trip (one Excel.run), so an
   * action that remembers a few values does not cost a sync per value.
   */
  setSettings?(entries: Readonly<Record<string, string>>): Promise<void>;
  /** The UI language the host suggests (Office display language, browser language). */
  preferredLang(): Lang;
  /**
   * Optional: tells the pane when sheets appear or disappear outside it (files
   * opened in the browser edition, sample data loaded). Returns an unsubscribe.
   */
  onSheetsChanged?(listener: () => void): () => void;
  /**
   * Optional: saves a file the pane made (a Word report, a probation list) as a
   * download. Only hosts whose capabilities() say `download` provide it.
   */
  downloadFile?(fileName: string, bytes: Uint8Array, mime: string): Promise<void>;
}

/**
 * A small typed fake of the part of Excel's JavaScript API the adapter uses.
 * It keeps Office.js's rules: commands queue until context.sync(); a property
 * can be read only after it was loaded and synced; a loaded value is the state
 * at that sync; *OrNullObject results answer isNullObject; APIs above the
 * chosen ExcelApi level fail at sync with ApiNotFound; one sync's response over
 * 5 MB fails like Excel on the web. It also behaves like Excel when text is
 * written into a General cell (`=…` becomes a formula, `09` a number), so the
 * adapter has to ask for text explicitly.
 *
 * Its types are Microsoft's: each fake class implements the narrow interface of
 * src/excel/office-types.ts that the adapter takes (members derived from
 * @types/office-js), so the adapter is handed the fake with no cast, and a
 * member the fake gets wrong, or lacks, fails `npm run typecheck`.
 *
 * Where Excel is strict, so is the fake; each rule names the Microsoft page it follows:
 * - sheet names: https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9
 *   (≤ 31 characters, none of / \ ? * : [ ], no leading or trailing apostrophe, not "History")
 * - defined names: https://support.microsoft.com/office/define-and-use-names-in-formulas-4d0f13ac-53b7-422e-afd2-abd7ff379c64
 *   (first a letter, _ or \; then letters, digits, . and _; no spaces; not a cell reference; ≤ 255)
 * - Range.getMergedAreasOrNullObject fails over 512 merged areas:
 *   https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)
 * - ConditionalFormat.id is "the priority of the conditional format within the current ConditionalFormatCollection":
 *   https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-id-member
 * - WorksheetProtection.protect "fails if the worksheet has already been protected", and a protected sheet refuses edits:
 *   https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection#excel-excel-worksheetprotection-protect-member(1)
 * - a property of a null object reads as undefined (isNullObject tells it):
 *   https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties
 * - 5 MB per request and per response in Excel on the web:
 *   https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 * - Worksheet.names (sheet-scoped names) is ExcelApi 1.4:
 *   https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-names-member
 */
import type { CellRange } from "../../src/core/grid";
import { columnLetters, parseRange, rangeToA1 } from "../../src/core/address";
import type { OfficeEnv, KeyValueStore } from "../../src/excel/office-env";
import type {
  CellValueConditionalFormatLike,
  ChartCollectionLike,
  ChartLike,
  ChartSeriesCollectionLike,
  ChartSeriesLike,
  ChartTitleLike,
  ConditionalFormatCollectionLike,
  ConditionalFormatLike,
  ConditionalFormatRuleLike,
  ConditionalRangeFormatLike,
  CustomConditionalFormatLike,
  DataBarConditionalFormatLike,
  DataValidationLike,
  ExcelContextLike,
  FreezePanesLike,
  NamedItemCollectionLike,
  PageLayoutLike,
  RangeAreasLike,
  RangeBorderLike,
  RangeFontLike,
  RangeFormatLike,
  RangeLike,
  SettingCollectionLike,
  SettingLike,
  WorkbookLike,
  WorksheetCollectionLike,
  WorksheetLike,
  WorksheetProtectionLike,
} from "../../src/excel/office-types";
import type { WorkbookSpec } from "../../src/core/sheet-spec";

export type ApiLevel = "1.7" | "1.9" | "1.13" | "latest";
export const API_LEVELS: readonly ApiLevel[] = ["1.7", "1.9", "1.13", "latest"];

/**
 * Excel on the web's limit on one request and on one response: "5 MB", as
 * Microsoft's "Resource limits and performance optimization for Office Add-ins"
 * documents (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * Over it, Excel refuses the whole request with RequestPayloadSizeLimitExceeded
 * (or, for a response, ResponsePayloadSizeLimitExceeded) and does none of it.
 */
export const RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;
export const REQUEST_LIMIT_BYTES = RESPONSE_LIMIT_BYTES;
/**
 * What one queued command costs in a request besides its data: Office.js sends
 * each as an action and an object path in JSON (ids, names, argument lists),
 * about 100 bytes at the least.
 */
export const COMMAND_REQUEST_BYTES = 100;
/** What an object the request refers to costs (range, format, sheet…): its object path, about 60 bytes of JSON. */
export const OBJECT_PATH_BYTES = 60;

const utf8 = new TextEncoder();
/** Bytes of a value in a request or response: its JSON, in UTF-8. */
export function payloadBytes(value: unknown): number {
  return utf8.encode(JSON.stringify(value) ?? "").length;
}
/** Excel refuses a RangeAreas of more merged areas than this (getMergedAreasOrNullObject). */
export const MAX_MERGED_AREAS = 512;

/** Why Excel would refuse a sheet name, or null when it accepts it. */
export function sheetNameProblem(name: string): string | null {
  if (name.length === 0 || name.length > 31) return "length";
  if (/[:\\/?*[\]]/.test(name)) return "character";
  if (name.startsWith("'") || name.endsWith("'")) return "apostrophe";
  if (name.toLowerCase() === "history") return "reserved";
  return null;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Why Excel would refuse a defined name, or null when it accepts it. */
export function definedNameProblem(name: string): string | null {
  if (name.length === 0 || name.length > 255) return "length";
  if (!/^[\p{L}_\\][\p{L}\p{N}._\\]*$/u.test(name)) return "syntax";
  if (/^[cr]$/i.test(name)) return "reserved";
  // A1 or R1C1 references cannot be names.
  const a1 = /^([a-z]{1,3})(\d+)$/i.exec(name);
  if (a1 && columnNumber(a1[1] ?? "") <= 16_384 && Number(a1[2]) >= 1 && Number(a1[2]) <= 1_048_576) return "reference";
  if (/^r\d*c\d*$/i.test(name)) return "reference";
  return null;
}
const SHEET_ROWS = 1_048_576;
const SHEET_COLS = 16_384;

export type CellScalar = string | number | boolean;
export type FormatRecord = Record<string, unknown>;

export interface ModelCell {
  value: CellScalar;
  formula?: string;
  numberFormat: string;
  format: FormatRecord;
}

export interface ModelConditionalFormat {
  readonly id: string;
  readonly type: string;
  readonly rect: CellRange;
  readonly props: FormatRecord;
}

export interface ModelChart {
  readonly type: string;
  readonly props: FormatRecord;
  readonly series: Array<{ name: string; values?: CellRange; categories?: CellRange }>;
  position?: [string, string];
}

export interface ModelSheet {
  readonly id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<string, ModelCell>;
  merges: CellRange[];
  conditionalFormats: ModelConditionalFormat[];
  dataValidations: Array<{ rect: CellRange; props: FormatRecord }>;
  freeze: { rows: number; columns: number } | null;
  pageLayout: FormatRecord;
  charts: ModelChart[];
  protected: boolean;
  tabColor: string;
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  rowHeights: Map<number, number>;
}

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "OfficeExtension.Error";
  }
}

const LEVEL_ORDER: Record<ApiLevel, number> = { "1.7": 7, "1.9": 9, "1.13": 13, latest: 99 };

function minor(version: string): number {
  const m = /^1\.(\d+)$/.exec(version);
  return m ? Number(m[1]) : Number.POSITIVE_INFINITY;
}

const key = (r: number, c: number): string => `${r},${c}`;

function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function isNumericText(s: string): boolean {
  return /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(s);
}

/**
 * What Excel computes for a formula cell, for the one kind the add-in writes
 * (SUM over a rectangle of the same sheet); other formulas keep the value stored.
 */
export function computedValue(sheet: ModelSheet, cell: ModelCell | undefined): CellScalar {
  if (!cell) return "";
  const m = cell.formula === undefined ? null : /^SUM\(([A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?)\)$/i.exec(cell.formula);
  const rect = m?.[1] === undefined ? undefined : parseRange(m[1]);
  if (!rect) return cell.value;
  let sum = 0;
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      const v = sheet.cells.get(key(r, c));
      // Like Excel's SUM: numbers count, text (even "09") and booleans in a range do not.
      if (v && v !== cell && typeof v.value === "number") sum += v.formula === undefined ? v.value : Number(computedValue(sheet, v));
    }
  }
  return sum;
}

/** The display text Excel would show, for the few formats the project uses. */
export function formatText(cell: ModelCell | undefined, sheet?: ModelSheet): string {
  if (!cell) return "";
  const v = sheet ? computedValue(sheet, cell) : cell.value;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  const fmt = cell.numberFormat;
  if (/^0+$/.test(fmt)) return String(Math.round(v)).padStart(fmt.length, "0");
  return String(v);
}

// ---------------------------------------------------------------- the workbook state

export class FakeWorkbookModel {
  sheets: ModelSheet[] = [];
  names = new Map<string, { sheetId: string; rect: CellRange }>();
  /** Sheet-scoped names (Worksheet.names), by sheet id. */
  sheetNames = new Map<string, Map<string, CellRange>>();
  settings = new Map<string, unknown>();
  activeSheetId = "";
  selection: { sheetId: string; address: string } | null = null;
  private nextId = 1;

  newId(prefix: string): string {
    return `{${prefix}-${String(this.nextId++).padStart(8, "0")}}`;
  }

  addSheet(name: string): ModelSheet {
    if (this.findSheet(name)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} already exists`);
    if (sheetNameProblem(name) !== null) throw new FakeOfficeError("InvalidArgument", `Bad sheet name ${name}`);
    const sheet: ModelSheet = {
      id: this.newId("sheet"),
      name,
      visibility: "Visible",
      cells: new Map(),
      merges: [],
      conditionalFormats: [],
      dataValidations: [],
      freeze: null,
      pageLayout: {},
      charts: [],
      protected: false,
      tabColor: "",
      columnWidths: new Map(),
      hiddenColumns: new Set(),
      rowHeights: new Map(),
    };
    this.sheets.push(sheet);
    if (this.activeSheetId === "") this.activeSheetId = sheet.id;
    return sheet;
  }

  findSheet(nameOrId: string): ModelSheet | undefined {
    const k = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === k);
  }

  sheet(nameOrId: string): ModelSheet {
    const s = this.findSheet(nameOrId);
    if (!s) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${nameOrId}`);
    return s;
  }
}

/** Puts values into a sheet the way a user typing them would (General format unless given). */
export function setCells(sheet: ModelSheet, topLeft: string, rows: ReadonlyArray<ReadonlyArray<CellScalar | null | { value: CellScalar; numberFormat?: string; formula?: string; format?: FormatRecord }>>): void {
  const start = parseRange(topLeft);
  if (!start) throw new Error(`bad address ${topLeft}`);
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      const cell: ModelCell = typeof v === "object" ? { value: v.value, numberFormat: v.numberFormat ?? "General", format: { ...(v.format ?? {}) } } : { value: v, numberFormat: "General", format: {} };
      if (typeof v === "object" && v.formula !== undefined) cell.formula = v.formula;
      sheet.cells.set(key(start.top + r, start.left + c), cell);
    }),
  );
}

// ---------------------------------------------------------------- request context

type Resolver<T> = () => T | null;

function memo<T>(fn: Resolver<T>): Resolver<T> {
  let done = false;
  let value: T | null = null;
  return () => {
    if (!done) {
      value = fn();
      done = true;
    }
    return value;
  };
}

export class FakeRequestContext implements ExcelContextLike {
  readonly workbook: FakeWorkbook;
  syncCount = 0;
  private queue: Array<{ op: () => unknown; label: string; bytes: number }> = [];
  /** Object paths made since the last sync; they travel with the next request. */
  private pathBytes = 0;

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  /** Counts an object (a proxy) made for the next request. */
  addObjectPath(): void {
    this.pathBytes += OBJECT_PATH_BYTES;
  }

  /** Queues a command; `label` lets a test make that kind of command fail, `bytes` (its data) counts toward the request size. */
  enqueue(op: () => unknown, label = "", bytes = 0): void {
    this.excel.operations++;
    this.queue.push({ op, label, bytes: COMMAND_REQUEST_BYTES + bytes });
  }

  requireLevel(version: string, api: string): void {
    this.enqueue(() => {
      if (!this.excel.isSetSupported("ExcelApi", version)) throw new FakeOfficeError("ApiNotFound", `${api} needs ExcelApi ${version}`);
    });
  }

  async sync(): Promise<void> {
    this.syncCount++;
    this.excel.syncs++;
    const ops = this.queue;
    this.queue = [];
    const requestBytes = ops.reduce((n, o) => n + o.bytes, this.pathBytes);
    this.pathBytes = 0;
    if (requestBytes > this.excel.requestLimitBytes) throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `Request of ${requestBytes} bytes`);
    let bytes = 0;
    // Commands before a failing one stay done, as in Excel: a batch is not a transaction.
    for (const { op, label } of ops) {
      const fault = label === "" ? undefined : this.excel.faults.get(label);
      if (fault !== undefined) throw new FakeOfficeError(fault, `injected failure at ${label}`);
      const loaded = op();
      if (loaded !== undefined) bytes += payloadBytes(loaded);
    }
    if (bytes > this.excel.responseLimitBytes) throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `Response of ${bytes} bytes`);
    await Promise.resolve();
  }

  get pending(): number {
    return this.queue.length;
  }
}

/** Excel refuses edits of a protected sheet (AccessDenied). */
function assertEditable(sheet: ModelSheet): void {
  if (sheet.protected) throw new FakeOfficeError("AccessDenied", `The sheet ${sheet.name} is protected`);
}

function notLoaded(name: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function parseLoad(props: unknown): string[] {
  if (props === undefined) return [];
  if (Array.isArray(props)) return props.flatMap((p) => parseLoad(p));
  if (typeof props === "string") return props.split(",").map((p) => p.trim()).filter((p) => p !== "");
  if (typeof props === "object" && props !== null) return Object.keys(props);
  return [];
}

/** Base of every proxy: loaded values live in a snapshot taken at sync time. */
abstract class FakeClientObject<T> {
  protected readonly snapshot = new Map<string, unknown>();
  private nullState: boolean | undefined;
  protected readonly target: Resolver<T>;

  constructor(
    readonly context: FakeRequestContext,
    target: Resolver<T>,
  ) {
    this.target = memo(target);
    context.addObjectPath();
    // Office.js resolves every proxy when its first command runs; null objects learn it then.
  }

  /** The object this proxy stands for, or null for a null object (resolving it if needed). */
  targetOrNull(): T | null {
    return this.target();
  }

  protected resolved(): T {
    const t = this.target();
    if (t === null) throw new FakeOfficeError("InvalidOperation", "Operation on a null object");
    return t;
  }

  protected abstract readProperty(target: T, name: string): unknown;

  load(props?: unknown): this {
    const names = parseLoad(props);
    if (names.length === 0) throw new Error("The fake refuses empty loads (office-addins/no-empty-load)");
    this.context.enqueue(() => {
      const t = this.target();
      this.nullState = t === null;
      if (t === null) return undefined;
      const out: Record<string, unknown> = {};
      for (const n of names) {
        const v = this.readProperty(t, n);
        this.snapshot.set(n, v);
        out[n] = v;
      }
      return out;
    });
    return this;
  }

  protected loaded<V>(name: string): V {
    // Office.js answers undefined for a property of a null object; only isNullObject tells.
    if (this.nullState === true) return undefined as V;
    if (!this.snapshot.has(name)) throw notLoaded(name);
    return this.snapshot.get(name) as V;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }

  protected set(op: (target: T) => void, label = "", bytes = 0): void {
    this.context.enqueue(
      () => {
        op(this.resolved());
      },
      label,
      bytes,
    );
  }
}

/** Writes one property path (`format.fill.color`…) of whatever an object stands for. */
type Writer = (path: string, value: unknown) => void;

/** A writer whose every write is a queued command, its value copied when set, as Office.js serialises it then. */
function queued(context: FakeRequestContext, write: Writer): Writer {
  return (path, value) => {
    const copy = structuredClone(value);
    context.enqueue(() => write(path, copy), "", payloadBytes(copy));
  };
}

/** The same writer one level down: `fill.` + `color`. */
function under(write: Writer, prefix: string): Writer {
  return (path, value) => write(`${prefix}${path}`, value);
}

/**
 * The fake takes back only ranges it made (as Excel takes only its own Range
 * objects); a string address is not modelled where a range is passed.
 */
function ownRange(r: RangeLike | string): FakeRange {
  if (!(r instanceof FakeRange)) throw new FakeOfficeError("InvalidArgument", "the fake expects one of its own ranges here");
  return r;
}

// ---------------------------------------------------------------- workbook and sheets

export class FakeWorkbook implements WorkbookLike {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  readonly names: FakeNamedItemCollection;

  constructor(readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.settings = new FakeSettingCollection(context);
    this.names = new FakeNamedItemCollection(context);
  }
}

class FakeWorksheetCollection extends FakeClientObject<FakeWorkbookModel> implements WorksheetCollectionLike {
  private loadedItems: FakeWorksheet[] | null = null;

  constructor(context: FakeRequestContext) {
    super(context, () => context.excel.model);
  }

  protected readProperty(): unknown {
    return undefined;
  }

  override load(props?: unknown): this {
    const names = parseLoad(props).map((p) => p.replace(/^items\//, ""));
    this.context.enqueue(() => {
      const model = this.context.excel.model;
      this.loadedItems = model.sheets.map((s) => {
        const ws = new FakeWorksheet(this.context, () => s);
        ws.fill(names, s);
        return ws;
      });
      return this.loadedItems.map((w) => names.map((n) => w.peek(n)));
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  getItem(nameOrId: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.excel.model.sheet(nameOrId));
  }

  getItemOrNullObject(nameOrId: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.excel.model.findSheet(nameOrId) ?? null);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.excel.model.sheet(this.context.excel.model.activeSheetId));
  }

  add(name?: string): FakeWorksheet {
    let created: ModelSheet | null = null;
    this.context.enqueue(() => {
      const model = this.context.excel.model;
      // Excel names an unnamed new sheet SheetN.
      created = model.addSheet(name ?? `Sheet${model.sheets.length + 1}`);
    });
    return new FakeWorksheet(this.context, () => created);
  }
}

export class FakeWorksheet extends FakeClientObject<ModelSheet> implements WorksheetLike {
  protected readProperty(s: ModelSheet, name: string): unknown {
    switch (name) {
      case "name":
        return s.name;
      case "id":
        return s.id;
      case "visibility":
        return s.visibility;
      case "position":
        return this.context.excel.model.sheets.indexOf(s);
      case "tabColor":
        return s.tabColor;
      default:
        throw new Error(`fake worksheet cannot load ${name}`);
    }
  }

  /** For collection loads: the values are known at the sync that loads the collection. */
  fill(names: readonly string[], s: ModelSheet): void {
    for (const n of names) this.snapshot.set(n, this.readProperty(s, n));
  }

  peek(name: string): unknown {
    return this.snapshot.get(name);
  }

  get name(): string {
    return this.loaded("name");
  }
  set name(value: string) {
    this.set((s) => {
      const other = this.context.excel.model.findSheet(value);
      if (other && other !== s) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${value} already exists`);
      if (sheetNameProblem(value) !== null) throw new FakeOfficeError("InvalidArgument", `Bad sheet name ${value}`);
      s.name = value;
    });
  }
  get id(): string {
    return this.loaded("id");
  }
  get visibility(): WorksheetLike["visibility"] {
    return this.loaded("visibility");
  }
  get tabColor(): string {
    return this.loaded("tabColor");
  }
  set tabColor(value: string) {
    this.set((s) => {
      s.tabColor = value;
    });
  }

  delete(): void {
    this.set((s) => {
      const model = this.context.excel.model;
      if (model.sheets.filter((x) => x !== s && x.visibility === "Visible").length === 0) throw new FakeOfficeError("InvalidOperation", "A workbook must keep one visible sheet");
      model.sheets = model.sheets.filter((x) => x !== s);
      for (const [n, ref] of model.names) if (ref.sheetId === s.id) model.names.set(n, { sheetId: "#REF", rect: ref.rect });
      model.sheetNames.delete(s.id);
      if (model.activeSheetId === s.id) model.activeSheetId = model.sheets[0]?.id ?? "";
    });
  }

  get names(): FakeSheetNamedItemCollection {
    this.context.requireLevel("1.4", "Worksheet.names");
    return new FakeSheetNamedItemCollection(this.context, () => this.resolved());
  }

  activate(): void {
    this.set((s) => {
      this.context.excel.model.activeSheetId = s.id;
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const s = this.resolved();
      if (address === undefined) return { sheet: s, rect: { top: 0, left: 0, bottom: SHEET_ROWS - 1, right: SHEET_COLS - 1 } };
      const rect = parseRange(address);
      if (!rect) throw new FakeOfficeError("InvalidArgument", `bad address ${address}`);
      return { sheet: s, rect };
    });
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.context, () => {
      if (rows < 1 || cols < 1) throw new FakeOfficeError("InvalidArgument", "empty range");
      return { sheet: this.resolved(), rect: { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, () => {
      // An *OrNullObject call on a null sheet (getItemOrNullObject of a deleted one) answers a null object too.
      const s = this.targetOrNull();
      if (s === null) return null;
      let rect: CellRange | null = null;
      for (const [k, cell] of s.cells) {
        const hasValue = cell.value !== "" || cell.formula !== undefined;
        if (valuesOnly ? !hasValue : !hasValue && Object.keys(cell.format).length === 0 && cell.numberFormat === "General") continue;
        const [r, c] = k.split(",").map(Number) as [number, number];
        rect = rect === null ? { top: r, left: c, bottom: r, right: c } : { top: Math.min(rect.top, r), left: Math.min(rect.left, c), bottom: Math.max(rect.bottom, r), right: Math.max(rect.right, c) };
      }
      return rect === null ? null : { sheet: s, rect };
    });
  }

  get freezePanes(): FreezePanesLike {
    return {
      unfreeze: () => this.set((s) => void (s.freeze = null)),
      freezeRows: (n) => this.set((s) => void (s.freeze = { rows: n ?? 1, columns: 0 })),
      freezeColumns: (n) => this.set((s) => void (s.freeze = { rows: 0, columns: n ?? 1 })),
      freezeAt: (r) => {
        const range = ownRange(r);
        this.set((s) => {
          const rect = range.rect();
          s.freeze = { rows: rect.bottom + 1, columns: rect.right + 1 };
        });
      },
    };
  }

  get protection(): WorksheetProtectionLike {
    return {
      protect: () =>
        this.set((s) => {
          if (s.protected) throw new FakeOfficeError("InvalidOperation", `The sheet ${s.name} is already protected`);
          s.protected = true;
        }, "WorksheetProtection.protect"),
      unprotect: () => this.set((s) => void (s.protected = false), "WorksheetProtection.unprotect"),
    };
  }

  get pageLayout(): FakePageLayout {
    this.context.requireLevel("1.9", "Worksheet.pageLayout");
    return new FakePageLayout(this.context, () => this.resolved());
  }

  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.context, () => this.resolved());
  }
}

/** Worksheet.pageLayout (ExcelApi 1.9): every setting lands in the sheet's pageLayout record. */
class FakePageLayout implements PageLayoutLike {
  private readonly write: Writer;
  constructor(
    private readonly context: FakeRequestContext,
    sheet: () => ModelSheet,
  ) {
    this.write = queued(context, (path, value) => void (sheet().pageLayout[path] = value));
  }
  set orientation(v: PageLayoutLike["orientation"]) {
    this.write("orientation", v);
  }
  set paperSize(v: PageLayoutLike["paperSize"]) {
    this.write("paperSize", v);
  }
  set zoom(v: PageLayoutLike["zoom"]) {
    this.write("zoom", v);
  }
  set leftMargin(v: number) {
    this.write("leftMargin", v);
  }
  set rightMargin(v: number) {
    this.write("rightMargin", v);
  }
  set topMargin(v: number) {
    this.write("topMargin", v);
  }
  set bottomMargin(v: number) {
    this.write("bottomMargin", v);
  }
  set centerHorizontally(v: boolean) {
    this.write("centerHorizontally", v);
  }
  setPrintTitleRows(rows: RangeLike | string): void {
    if (typeof rows !== "string") throw new FakeOfficeError("InvalidArgument", "the fake takes print title rows as an address");
    this.write("printTitleRows", rows);
  }
}

class FakeChartCollection implements ChartCollectionLike {
  private loaded: Array<{ delete(): void }> | null = null;
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: () => ModelSheet,
  ) {}
  load(props: string): this {
    if (parseLoad(props).length === 0) throw new Error("empty load");
    this.context.enqueue(() => {
      const s = this.sheet();
      this.loaded = s.charts.map((chart) => ({ delete: () => this.context.enqueue(() => void (s.charts = s.charts.filter((c) => c !== chart))) }));
      return this.loaded.length;
    });
    return this;
  }
  get items(): Array<{ delete(): void }> {
    if (!this.loaded) throw notLoaded("items");
    return this.loaded;
  }
  add(type: Parameters<ChartCollectionLike["add"]>[0], source: RangeLike): FakeChart {
    const range = ownRange(source);
    const chart: ModelChart = { type, props: {}, series: [] };
    this.context.enqueue(() => {
      const s = this.sheet();
      chart.series.push({ name: "Series1", values: range.rect() });
      s.charts.push(chart);
    });
    return new FakeChart(this.context, this.sheet, chart);
  }
}

class FakeChart implements ChartLike {
  readonly title: ChartTitleLike;
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: () => ModelSheet,
    private readonly chart: ModelChart,
  ) {
    const write = queued(context, (path, v) => void (chart.props[`title.${path}`] = v));
    this.title = {
      set text(v: string) {
        write("text", v);
      },
    };
  }

  get series(): ChartSeriesCollectionLike {
    return {
      getItemAt: (i) => new FakeSeries(this.context, () => this.chart.series[i] ?? null),
      add: (name) => {
        const entry = { name: name ?? "" };
        this.context.enqueue(() => void this.chart.series.push(entry));
        return new FakeSeries(this.context, () => entry);
      },
    };
  }

  setPosition(start: RangeLike | string, end?: RangeLike | string): void {
    const from = ownRange(start);
    const to = ownRange(end ?? start);
    this.context.enqueue(() => void (this.chart.position = [rangeToA1(from.rect()), rangeToA1(to.rect())]));
  }

  delete(): void {
    this.context.enqueue(() => {
      const s = this.sheet();
      s.charts = s.charts.filter((c) => c !== this.chart);
    });
  }
}

class FakeSeries implements ChartSeriesLike {
  private readonly target: Resolver<ModelChart["series"][number]>;
  constructor(
    private readonly context: FakeRequestContext,
    target: Resolver<ModelChart["series"][number]>,
  ) {
    this.target = memo(target);
  }
  private with(op: (s: ModelChart["series"][number]) => void): void {
    this.context.enqueue(() => {
      const s = this.target();
      if (!s) throw new FakeOfficeError("ItemNotFound", "no such series");
      op(s);
    });
  }
  set name(v: string) {
    this.with((s) => void (s.name = v));
  }
  setValues(r: RangeLike): void {
    const range = ownRange(r);
    this.with((s) => void (s.values = range.rect()));
  }
  setXAxisValues(r: RangeLike): void {
    const range = ownRange(r);
    this.with((s) => void (s.categories = range.rect()));
  }
}

// ---------------------------------------------------------------- ranges

interface RangeTarget {
  readonly sheet: ModelSheet;
  readonly rect: CellRange;
}

function enterValue(cell: ModelCell, v: unknown): void {
  delete cell.formula;
  if (typeof v === "number" || typeof v === "boolean") {
    cell.value = v;
    return;
  }
  const s = v === null || v === undefined ? "" : String(v);
  if (cell.numberFormat === "@" || s === "") {
    cell.value = s;
    return;
  }
  // What Excel does with typed text in a General cell.
  if (isNumericText(s)) cell.value = Number(s);
  else if (/^[=+\-@]/.test(s) && s.length > 1) {
    cell.formula = s.replace(/^[=+@]/, "");
    cell.value = 0;
  } else if (/^(true|false)$/i.test(s)) cell.value = s.toLowerCase() === "true";
  else if (s.startsWith("'")) cell.value = s.slice(1);
  else cell.value = s;
}

export class FakeRange extends FakeClientObject<RangeTarget> implements RangeLike {
  rect(): CellRange {
    return this.resolved().rect;
  }

  /** The sheet and rectangle, for the collections hanging off a range. */
  where(): RangeTarget {
    return this.resolved();
  }

  /** A queued change of the sheet's content, refused on a protected sheet. */
  private edit(op: (t: RangeTarget) => void, label: string, payload?: unknown): void {
    this.set(
      (t) => {
        assertEditable(t.sheet);
        op(t);
      },
      label,
      payload === undefined ? 0 : payloadBytes(payload),
    );
  }

  private forEachCell(t: RangeTarget, op: (cell: ModelCell, r: number, c: number) => void): void {
    const { rect, sheet } = t;
    if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > 5_000_000) throw new Error("the fake refuses to touch every cell of a whole sheet");
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        let cell = sheet.cells.get(key(r, c));
        if (!cell) {
          cell = { value: "", numberFormat: "General", format: {} };
          sheet.cells.set(key(r, c), cell);
        }
        op(cell, r - rect.top, c - rect.left);
      }
    }
  }

  private matrix<V>(t: RangeTarget, read: (cell: ModelCell | undefined) => V): V[][] {
    const out: V[][] = [];
    for (let r = t.rect.top; r <= t.rect.bottom; r++) {
      const row: V[] = [];
      for (let c = t.rect.left; c <= t.rect.right; c++) row.push(read(t.sheet.cells.get(key(r, c))));
      out.push(row);
    }
    return out;
  }

  protected readProperty(t: RangeTarget, name: string): unknown {
    switch (name) {
      case "address":
        return `${t.sheet.name}!${rangeToA1(t.rect)}`;
      case "rowIndex":
        return t.rect.top;
      case "columnIndex":
        return t.rect.left;
      case "rowCount":
        return t.rect.bottom - t.rect.top + 1;
      case "columnCount":
        return t.rect.right - t.rect.left + 1;
      case "values":
        return this.matrix(t, (c) => computedValue(t.sheet, c));
      case "text":
        return this.matrix(t, (c) => formatText(c, t.sheet));
      case "numberFormat":
        return this.matrix(t, (c) => c?.numberFormat ?? "General");
      case "formulas":
        return this.matrix(t, (c) => (c?.formula !== undefined ? `=${c.formula}` : (c?.value ?? "")));
      default:
        throw new Error(`fake range cannot load ${name}`);
    }
  }

  get address(): string {
    return this.loaded("address");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get values(): CellScalar[][] {
    return this.loaded("values");
  }
  get text(): string[][] {
    return this.loaded("text");
  }
  get numberFormat(): string[][] {
    return this.loaded("numberFormat");
  }
  get formulas(): CellScalar[][] {
    return this.loaded("formulas");
  }

  private checkShape(t: RangeTarget, m: unknown, what: string): void {
    const rows = t.rect.bottom - t.rect.top + 1;
    const cols = t.rect.right - t.rect.left + 1;
    if (!Array.isArray(m) || m.length !== rows || m.some((r) => !Array.isArray(r) || r.length !== cols)) {
      throw new FakeOfficeError("InvalidArgument", `${what}: the array does not match the range ${rows}×${cols}`);
    }
  }

  set values(m: unknown[][]) {
    const copy = structuredClone(m);
    this.edit(
      (t) => {
        this.checkShape(t, copy, "values");
        this.forEachCell(t, (cell, r, c) => enterValue(cell, copy[r]?.[c]));
      },
      "Range.values",
      copy,
    );
  }
  set numberFormat(m: unknown) {
    const copy = structuredClone(m);
    this.edit(
      (t) => {
        if (Array.isArray(copy)) this.checkShape(t, copy, "numberFormat");
        this.forEachCell(t, (cell, r, c) => {
          cell.numberFormat = String(Array.isArray(copy) ? (copy[r] as unknown[])[c] : copy);
        });
      },
      "Range.numberFormat",
      copy,
    );
  }
  set formulas(m: unknown[][]) {
    const copy = structuredClone(m);
    this.edit((t) => {
      this.checkShape(t, copy, "formulas");
      this.forEachCell(t, (cell, r, c) => {
        const f = copy[r]?.[c];
        if (typeof f === "string" && f.startsWith("=")) {
          cell.formula = f.slice(1);
          cell.value = 0;
        } else enterValue(cell, f);
      });
    }, "Range.formulas", copy);
  }
  set columnHidden(v: boolean) {
    this.edit((t) => {
      if (!v) {
        for (const c of Array.from(t.sheet.hiddenColumns)) if (c >= t.rect.left && c <= t.rect.right) t.sheet.hiddenColumns.delete(c);
        return;
      }
      for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.hiddenColumns.add(c);
    }, "Range.columnHidden");
  }
  set rowHidden(v: boolean) {
    if (v) throw new Error("the fake does not hide rows");
  }

  /** Clears cells of the range without visiting every empty cell, so a whole-sheet clear stays cheap. */
  clear(applyTo: Parameters<RangeLike["clear"]>[0] = "All"): void {
    this.edit((t) => {
      for (const [k, cell] of Array.from(t.sheet.cells)) {
        const [r, c] = k.split(",").map(Number) as [number, number];
        if (!intersects(t.rect, { top: r, left: c, bottom: r, right: c })) continue;
        if (applyTo === "All") t.sheet.cells.delete(k);
        else if (applyTo === "Formats") {
          cell.format = {};
          cell.numberFormat = "General";
        } else if (applyTo === "Contents") {
          cell.value = "";
          delete cell.formula;
        } else throw new Error(`fake clear cannot ${applyTo}`);
      }
    }, "Range.clear");
  }
  unmerge(): void {
    this.edit((t) => void (t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.rect))), "Range.unmerge");
  }

  getEntireColumn(): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this.resolved();
      return { sheet: t.sheet, rect: { top: 0, bottom: SHEET_ROWS - 1, left: t.rect.left, right: t.rect.right } };
    });
  }
  getEntireRow(): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this.resolved();
      return { sheet: t.sheet, rect: { top: t.rect.top, bottom: t.rect.bottom, left: 0, right: SHEET_COLS - 1 } };
    });
  }
  getColumn(i: number): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this.resolved();
      return { sheet: t.sheet, rect: { ...t.rect, left: t.rect.left + i, right: t.rect.left + i } };
    });
  }

  merge(): void {
    this.edit((t) => void t.sheet.merges.push(t.rect), "Range.merge");
  }
  select(): void {
    this.set((t) => {
      this.context.excel.model.selection = { sheetId: t.sheet.id, address: rangeToA1(t.rect) };
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.context.requireLevel("1.13", "Range.getMergedAreasOrNullObject");
    return new FakeRangeAreas(this.context, () => {
      const t = this.resolved();
      const areas = t.sheet.merges.filter((m) => intersects(m, t.rect));
      if (areas.length > MAX_MERGED_AREAS) throw new FakeOfficeError("GeneralException", `${areas.length} merged areas, over ${MAX_MERGED_AREAS}`);
      return areas.length === 0 ? null : { sheet: t.sheet, areas };
    });
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.context, this);
  }

  /** Cells of the range, for format writes. */
  writeFormat(path: string, value: unknown): void {
    const t = this.resolved();
    assertEditable(t.sheet);
    if (path === "columnWidth") {
      for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths.set(c, value as number);
      return;
    }
    if (path === "rowHeight") {
      for (let r = t.rect.top; r <= t.rect.bottom; r++) t.sheet.rowHeights.set(r, value as number);
      return;
    }
    this.forEachCell(t, (cell) => {
      cell.format[path] = value;
    });
  }

  readFormat(path: string, fallback: unknown): unknown {
    const t = this.resolved();
    let seen: unknown = undefined;
    let first = true;
    for (let r = t.rect.top; r <= t.rect.bottom; r++) {
      for (let c = t.rect.left; c <= t.rect.right; c++) {
        const v = t.sheet.cells.get(key(r, c))?.format[path] ?? fallback;
        if (first) {
          seen = v;
          first = false;
        } else if (v !== seen) return null;
      }
    }
    return seen;
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.context, this);
  }

  get dataValidation(): FakeDataValidation {
    this.context.requireLevel("1.8", "Range.dataValidation");
    return new FakeDataValidation(this.context, this);
  }
}

/** Range.dataValidation (ExcelApi 1.8): one record of settings per validated rectangle. */
class FakeDataValidation implements DataValidationLike {
  private readonly write: Writer;
  constructor(
    private readonly context: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    this.write = queued(context, (path, v) => {
      const t = range.where();
      let entry = t.sheet.dataValidations.find((d) => rangeToA1(d.rect) === rangeToA1(t.rect));
      if (!entry) {
        entry = { rect: t.rect, props: {} };
        t.sheet.dataValidations.push(entry);
      }
      entry.props[path] = v;
    });
  }
  set rule(v: DataValidationLike["rule"]) {
    this.write("rule", v);
  }
  set errorAlert(v: DataValidationLike["errorAlert"]) {
    this.write("errorAlert", v);
  }
  set prompt(v: DataValidationLike["prompt"]) {
    this.write("prompt", v);
  }
  clear(): void {
    this.context.enqueue(() => {
      const t = this.range.where();
      t.sheet.dataValidations = t.sheet.dataValidations.filter((d) => !intersects(d.rect, t.rect));
    });
  }
}

class FakeRangeAreas extends FakeClientObject<{ sheet: ModelSheet; areas: CellRange[] }> implements RangeAreasLike {
  protected readProperty(t: { sheet: ModelSheet; areas: CellRange[] }, name: string): unknown {
    if (name !== "address") throw new Error(`fake RangeAreas cannot load ${name}`);
    const quoted = /[^A-Za-z0-9_]/.test(t.sheet.name) ? `'${t.sheet.name.replace(/'/g, "''")}'` : t.sheet.name;
    return t.areas.map((a) => `${quoted}!${rangeToA1(a)}`).join(",");
  }
  get address(): string {
    return this.loaded("address");
  }
}

class FakeRangeFormat implements RangeFormatLike {
  private readonly write: Writer;
  constructor(
    private readonly context: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    this.write = queued(context, (path, value) => range.writeFormat(path, value));
    context.addObjectPath();
  }
  set horizontalAlignment(v: RangeFormatLike["horizontalAlignment"]) {
    this.write("horizontalAlignment", v);
  }
  set verticalAlignment(v: RangeFormatLike["verticalAlignment"]) {
    this.write("verticalAlignment", v);
  }
  set wrapText(v: boolean) {
    this.write("wrapText", v);
  }
  set columnWidth(v: number) {
    this.write("columnWidth", v);
  }
  set rowHeight(v: number) {
    this.write("rowHeight", v);
  }
  set useStandardWidth(v: boolean) {
    this.context.enqueue(() => {
      const t = this.range.where();
      if (v) for (const c of Array.from(t.sheet.columnWidths.keys())) if (c >= t.rect.left && c <= t.rect.right) t.sheet.columnWidths.delete(c);
    });
  }
  set useStandardHeight(v: boolean) {
    this.context.enqueue(() => {
      const t = this.range.where();
      if (v) for (const r of Array.from(t.sheet.rowHeights.keys())) if (r >= t.rect.top && r <= t.rect.bottom) t.sheet.rowHeights.delete(r);
    });
  }
  get font(): FakeRangeFont {
    return new FakeRangeFont(this.context, this.range);
  }
  get fill(): RangeFormatLike["fill"] {
    const write = under(this.write, "fill.");
    return {
      set color(v: string) {
        write("color", v);
      },
    };
  }
  get protection(): RangeFormatLike["protection"] {
    const write = under(this.write, "protection.");
    return {
      set locked(v: boolean) {
        write("locked", v);
      },
    };
  }
  get borders(): RangeFormatLike["borders"] {
    return {
      getItem: (edge): RangeBorderLike => {
        const write = under(this.write, `borders.${edge}.`);
        return {
          set style(v: RangeBorderLike["style"]) {
            write("style", v);
          },
        };
      },
    };
  }
}

const FONT_DEFAULTS: Record<string, unknown> = { name: "Calibri", size: 11, bold: false, italic: false, underline: "None", color: "#000000" };

class FakeRangeFont extends FakeClientObject<FakeRange> implements RangeFontLike {
  constructor(context: FakeRequestContext, range: FakeRange) {
    super(context, () => (range.targetOrNull() === null ? null : range));
  }
  protected readProperty(range: FakeRange, name: string): unknown {
    return range.readFormat(`font.${name}`, FONT_DEFAULTS[name]);
  }
  private write(name: string, v: unknown): void {
    this.set((range) => range.writeFormat(`font.${name}`, v));
  }
  get name(): string | null {
    return this.loaded("name");
  }
  set name(v: string) {
    this.write("name", v);
  }
  set size(v: number) {
    this.write("size", v);
  }
  set bold(v: boolean) {
    this.write("bold", v);
  }
  set italic(v: boolean) {
    this.write("italic", v);
  }
  set underline(v: RangeFontLike["underline"]) {
    this.write("underline", v);
  }
  set color(v: string) {
    this.write("color", v);
  }
}

// ---------------------------------------------------------------- conditional formats

class FakeConditionalFormatCollection implements ConditionalFormatCollectionLike {
  private loadedItems: FakeConditionalFormat[] | null = null;
  constructor(
    private readonly context: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    context.addObjectPath();
  }

  load(props?: unknown): this {
    const names = parseLoad(props).map((p) => p.replace(/^items\//, ""));
    if (names.length === 0) throw new Error("empty load");
    this.context.enqueue(() => {
      const rect = this.range.rect();
      const sheet = this.range.where().sheet;
      this.loadedItems = sheet.conditionalFormats
        .filter((cf) => intersects(cf.rect, rect))
        .map((cf) => {
          const proxy = new FakeConditionalFormat(this.context, () => ({ sheet, cf }));
          proxy.fill(names, sheet, cf);
          return proxy;
        });
      return this.loadedItems.length;
    });
    return this;
  }

  get items(): FakeConditionalFormat[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  clearAll(): void {
    this.context.enqueue(() => {
      const t = this.range.where();
      assertEditable(t.sheet);
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => !intersects(cf.rect, t.rect));
    });
  }

  add(type: Parameters<ConditionalFormatCollectionLike["add"]>[0]): FakeConditionalFormat {
    let made: { sheet: ModelSheet; cf: ModelConditionalFormat } | null = null;
    this.context.enqueue(() => {
      const t = this.range.where();
      assertEditable(t.sheet);
      const cf: ModelConditionalFormat = { id: this.context.excel.model.newId("cf"), type, rect: t.rect, props: {} };
      t.sheet.conditionalFormats.push(cf);
      made = { sheet: t.sheet, cf };
    }, "ConditionalFormatCollection.add");
    return new FakeConditionalFormat(this.context, () => made);
  }
}

/** A rule of a conditional format (custom.rule): its formula can be written and loaded. */
class FakeConditionalFormatRule extends FakeClientObject<{ sheet: ModelSheet; cf: ModelConditionalFormat }> implements ConditionalFormatRuleLike {
  constructor(
    context: FakeRequestContext,
    target: Resolver<{ sheet: ModelSheet; cf: ModelConditionalFormat }>,
    private readonly part: string,
  ) {
    super(context, target);
  }
  private checked(t: { cf: ModelConditionalFormat }): void {
    if (t.cf.type.toLowerCase() !== this.part.toLowerCase()) throw new FakeOfficeError("InvalidOperation", `${this.part} on a ${t.cf.type} format`);
  }
  protected readProperty(t: { sheet: ModelSheet; cf: ModelConditionalFormat }, name: string): unknown {
    this.checked(t);
    if (name !== "formula") throw new Error(`fake rule cannot load ${name}`);
    return t.cf.props["rule.formula"];
  }
  get formula(): string {
    return this.loaded("formula");
  }
  set formula(v: string) {
    this.set((t) => {
      assertEditable(t.sheet);
      this.checked(t);
      t.cf.props["rule.formula"] = v;
    });
  }
}

class FakeConditionalFormat extends FakeClientObject<{ sheet: ModelSheet; cf: ModelConditionalFormat }> implements ConditionalFormatLike {
  protected readProperty(t: { sheet: ModelSheet; cf: ModelConditionalFormat }, name: string): unknown {
    // Excel's id is the format's priority, i.e. its position in the sheet's collection, not a lasting identity.
    if (name === "id") return String(t.sheet.conditionalFormats.indexOf(t.cf));
    if (name === "type") return t.cf.type;
    if (name === "priority") return t.sheet.conditionalFormats.indexOf(t.cf);
    throw new Error(`fake conditional format cannot load ${name}`);
  }
  fill(names: readonly string[], sheet: ModelSheet, cf: ModelConditionalFormat): void {
    for (const n of names) this.snapshot.set(n, this.readProperty({ sheet, cf }, n));
  }
  get id(): string {
    return this.loaded("id");
  }
  get type(): Excel.ConditionalFormat["type"] {
    return this.loaded("type");
  }
  set priority(p: number) {
    this.set(({ sheet, cf }) => {
      assertEditable(sheet);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== cf);
      sheet.conditionalFormats.splice(p, 0, cf);
    });
  }
  delete(): void {
    this.set(({ sheet, cf }) => {
      assertEditable(sheet);
      if (!sheet.conditionalFormats.includes(cf)) throw new FakeOfficeError("ItemNotFound", "conditional format already deleted");
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== cf);
    }, "ConditionalFormat.delete");
  }
  /** A write into the format's record, refused on a protected sheet or on the wrong kind of format (custom on a data bar…). */
  private writer(kind: string): Writer {
    return queued(this.context, (path, v) => {
      const { sheet, cf } = this.resolved();
      assertEditable(sheet);
      if (cf.type.toLowerCase() !== kind.toLowerCase()) throw new FakeOfficeError("InvalidOperation", `${kind} on a ${cf.type} format`);
      cf.props[path] = v;
    });
  }
  get custom(): CustomConditionalFormatLike {
    return {
      rule: new FakeConditionalFormatRule(this.context, () => this.targetOrNull(), "Custom"),
      format: conditionalRangeFormat(under(this.writer("Custom"), "format.")),
    };
  }
  get cellValue(): CellValueConditionalFormatLike {
    const write = this.writer("CellValue");
    return {
      format: conditionalRangeFormat(under(write, "format.")),
      set rule(v: CellValueConditionalFormatLike["rule"]) {
        write("rule", v);
      },
    };
  }
  get dataBar(): DataBarConditionalFormatLike {
    const write = this.writer("DataBar");
    return {
      positiveFormat: {
        set fillColor(v: string) {
          write("positiveFormat.fillColor", v);
        },
      },
      set lowerBoundRule(v: DataBarConditionalFormatLike["lowerBoundRule"]) {
        write("lowerBoundRule", v);
      },
      set upperBoundRule(v: DataBarConditionalFormatLike["upperBoundRule"]) {
        write("upperBoundRule", v);
      },
    };
  }
}

function conditionalRangeFormat(write: Writer): ConditionalRangeFormatLike {
  return {
    fill: {
      set color(v: string) {
        write("fill.color", v);
      },
    },
    font: {
      set color(v: string) {
        write("font.color", v);
      },
      set bold(v: boolean) {
        write("font.bold", v);
      },
    },
  };
}

// ---------------------------------------------------------------- settings and names

class FakeSettingCollection implements SettingCollectionLike {
  private loadedItems: FakeSetting[] | null = null;
  constructor(private readonly context: FakeRequestContext) {}

  getItemOrNullObject(k: string): FakeSetting {
    return new FakeSetting(this.context, () => (this.context.excel.model.settings.has(k) ? k : null));
  }

  add(k: string, value: unknown): void {
    const copy = structuredClone(value);
    this.context.enqueue(() => void this.context.excel.model.settings.set(k, copy), "", payloadBytes(copy));
  }

  load(props?: unknown): this {
    const names = parseLoad(props).map((p) => p.replace(/^items\//, ""));
    if (names.length === 0) throw new Error("empty load");
    this.context.enqueue(() => {
      this.loadedItems = Array.from(this.context.excel.model.settings.keys(), (k) => {
        const item = new FakeSetting(this.context, () => k);
        item.fill(names, k);
        return item;
      });
      return this.loadedItems.map((item) => names.map((n) => item.peek(n)));
    });
    return this;
  }

  get items(): FakeSetting[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }
}

class FakeSetting extends FakeClientObject<string> implements SettingLike {
  protected readProperty(k: string, name: string): unknown {
    if (name === "value") return structuredClone(this.context.excel.model.settings.get(k));
    if (name === "key") return k;
    throw new Error(`fake setting cannot load ${name}`);
  }
  /** For collection loads: the values are known at the sync that loads the collection. */
  fill(names: readonly string[], k: string): void {
    for (const n of names) this.snapshot.set(n, this.readProperty(k, n));
  }
  peek(name: string): unknown {
    return this.snapshot.get(name);
  }
  get key(): string {
    return this.loaded("key");
  }
  get value(): unknown {
    return this.loaded("value");
  }
}

class FakeNamedItemCollection {
  private loadedItems: Array<{ name: string }> | null = null;
  constructor(private readonly context: FakeRequestContext) {}

  load(props?: unknown): this {
    if (parseLoad(props).length === 0) throw new Error("empty load");
    this.context.enqueue(() => {
      this.loadedItems = Array.from(this.context.excel.model.names.keys(), (name) => ({ name }));
      return this.loadedItems;
    });
    return this;
  }
  get items(): Array<{ name: string }> {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }
  add(name: string, reference: RangeLike | string): void {
    const range = ownRange(reference);
    this.context.enqueue(() => {
      if (definedNameProblem(name) !== null) throw new FakeOfficeError("InvalidArgument", `Bad name ${name}`);
      const names = this.context.excel.model.names;
      if (Array.from(names.keys()).some((n) => n.toLowerCase() === name.toLowerCase())) throw new FakeOfficeError("ItemAlreadyExists", `name ${name} exists`);
      const t = range.where();
      names.set(name, { sheetId: t.sheet.id, rect: t.rect });
    });
  }
  getItem(name: string): { delete(): void } {
    return {
      delete: () =>
        this.context.enqueue(() => {
          const names = this.context.excel.model.names;
          const k = Array.from(names.keys()).find((n) => n.toLowerCase() === name.toLowerCase());
          if (k === undefined) throw new FakeOfficeError("ItemNotFound", `no name ${name}`);
          names.delete(k);
        }),
    };
  }
}

/** Worksheet.names (ExcelApi 1.4): names scoped to one sheet, which may repeat a name of another sheet. */
class FakeSheetNamedItemCollection implements NamedItemCollectionLike {
  private loadedItems: Array<{ name: string; delete(): void }> | null = null;
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: () => ModelSheet,
  ) {}
  private scope(): Map<string, CellRange> {
    const s = this.sheet();
    let map = this.context.excel.model.sheetNames.get(s.id);
    if (!map) {
      map = new Map();
      this.context.excel.model.sheetNames.set(s.id, map);
    }
    return map;
  }
  load(props?: unknown): this {
    if (parseLoad(props).length === 0) throw new Error("empty load");
    this.context.enqueue(() => {
      const scope = this.scope();
      this.loadedItems = Array.from(scope.keys(), (name) => ({
        name,
        delete: () =>
          this.context.enqueue(() => {
            if (!scope.delete(name)) throw new FakeOfficeError("ItemNotFound", `no name ${name}`);
          }),
      }));
      return this.loadedItems.map((i) => i.name);
    });
    return this;
  }
  get items(): Array<{ name: string; delete(): void }> {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }
  add(name: string, reference: RangeLike | string): void {
    const range = ownRange(reference);
    this.context.enqueue(() => {
      if (definedNameProblem(name) !== null) throw new FakeOfficeError("InvalidArgument", `Bad name ${name}`);
      const scope = this.scope();
      if (Array.from(scope.keys()).some((n) => n.toLowerCase() === name.toLowerCase())) throw new FakeOfficeError("ItemAlreadyExists", `name ${name} exists on this sheet`);
      scope.set(name, range.where().rect);
    }, "NamedItemCollection.add");
  }
}

// ---------------------------------------------------------------- the fake Excel itself

/**
 * The fake's OfficeEnv. Its batches get the fake context itself, which
 * implements ExcelContextLike, so the adapter's batches are accepted with no
 * cast, and a test's batch may also use what only the fake has.
 */
export interface FakeOfficeEnv extends OfficeEnv {
  readonly contexts: FakeRequestContext[];
  run<T>(batch: (context: FakeRequestContext) => Promise<T>, options: { readonly delayForCellEdit: boolean }): Promise<T>;
}

export interface FakeExcelOptions {
  readonly level?: ApiLevel;
  readonly displayLanguage?: string;
}

export class FakeExcel {
  readonly model = new FakeWorkbookModel();
  readonly level: ApiLevel;
  /** Syncs over the fake's lifetime; reset with `resetCounters()`. */
  syncs = 0;
  runs = 0;
  /** Queued proxy operations (loads, property sets, method calls): what `npm run bench` reports per action. */
  operations = 0;
  readonly runOptions: Array<{ delayForCellEdit: boolean }> = [];
  readonly createdWorkbooks: string[] = [];
  /** Excel on the web's limits; a test may lower them to exercise the retry path cheaply. */
  requestLimitBytes = REQUEST_LIMIT_BYTES;
  responseLimitBytes = RESPONSE_LIMIT_BYTES;
  /** Commands (by label, e.g. "Range.values") that fail with the given Office error code at sync. */
  readonly faults = new Map<string, string>();
  readonly userStorage = new Map<string, string>();
  displayLanguage: string;

  constructor(options: FakeExcelOptions = {}) {
    this.level = options.level ?? "latest";
    this.displayLanguage = options.displayLanguage ?? "vi-VN";
  }

  isSetSupported(name: string, version: string): boolean {
    return name === "ExcelApi" && minor(version) <= LEVEL_ORDER[this.level];
  }

  resetCounters(): void {
    this.syncs = 0;
    this.runs = 0;
    this.operations = 0;
  }

  addSheet(name: string, rows: Parameters<typeof setCells>[2] = [], topLeft = "A1"): ModelSheet {
    const s = this.model.addSheet(name);
    setCells(s, topLeft, rows);
    return s;
  }

  sheet(name: string): ModelSheet {
    return this.model.sheet(name);
  }

  /** A deep copy of everything a user could see or lose on a sheet. */
  snapshot(name: string): unknown {
    const s = this.model.sheet(name);
    return structuredClone({
      name: s.name,
      cells: Array.from(s.cells.entries()).sort(([a], [b]) => (a < b ? -1 : 1)),
      merges: s.merges,
      conditionalFormats: s.conditionalFormats,
      dataValidations: s.dataValidations,
      freeze: s.freeze,
      pageLayout: s.pageLayout,
      charts: s.charts,
      protected: s.protected,
      tabColor: s.tabColor,
      columnWidths: Array.from(s.columnWidths),
      rowHeights: Array.from(s.rowHeights),
    });
  }

  /** The value and format of one cell, by A1 address. */
  cell(sheetName: string, address: string): ModelCell | undefined {
    const p = parseRange(address);
    if (!p) throw new Error(`bad address ${address}`);
    return this.model.sheet(sheetName).cells.get(key(p.top, p.left));
  }

  env(writeWorkbook: (spec: WorkbookSpec) => Promise<Uint8Array> = async () => new Uint8Array([80, 75, 3, 4])): FakeOfficeEnv {
    const contexts: FakeRequestContext[] = [];
    const store: KeyValueStore = {
      getItem: (k) => this.userStorage.get(k) ?? null,
      setItem: (k, v) => void this.userStorage.set(k, v),
    };
    return {
      contexts,
      run: async <T>(batch: (context: FakeRequestContext) => Promise<T>, options: { readonly delayForCellEdit: boolean }): Promise<T> => {
        if (options.delayForCellEdit && !this.isSetSupported("ExcelApi", "1.11")) throw new FakeOfficeError("ApiNotFound", "delayForCellEdit needs ExcelApi 1.11");
        this.runs++;
        this.runOptions.push({ delayForCellEdit: options.delayForCellEdit });
        const context = new FakeRequestContext(this);
        contexts.push(context);
        const result = await batch(context);
        // Excel.run sends whatever is still queued when the batch returns.
        if (context.pending > 0) await context.sync();
        return result;
      },
      isSetSupported: (name, version) => this.isSetSupported(name, version),
      displayLanguage: () => this.displayLanguage,
      createWorkbook: async (base64) => {
        if (!this.isSetSupported("ExcelApi", "1.8")) throw new FakeOfficeError("ApiNotFound", "createWorkbook needs ExcelApi 1.8");
        this.createdWorkbooks.push(base64);
      },
      userStore: store,
      writeWorkbook,
    };
  }
}

export { columnLetters };

import type { Lang, LocalizedText } from "../../src/core/findings";
import type { Grid } from "../../src/core/grid";
import type { SheetSpec, WorkbookSpec } from "../../src/core/sheet-spec";
import { isTooLargeToRead, type HighlightRequest, type Host, type SheetInfo, type SheetRef, type WriteResult } from "../../src/host";
import { specToGrid } from "../../src/browser/spec-grid";

/** An in-memory Host that records what the pane asked of it. */
export class FakeHost implements Host {
  readonly kind = "excel" as const;
  readonly calls: Array<{ method: string; args: unknown[] }> = [];
  readonly settings = new Map<string, string>();
  readonly written: SheetSpec[] = [];
  readonly delivered: WorkbookSpec[] = [];
  failReads: Error | null = null;
  /** Reads that include one of these sheets fail with its error, like Excel failing a whole batch. */
  readonly failSheets = new Map<string, unknown>();
  /** Extra facts the host reports about a sheet (hidden, used size). */
  readonly sheetFacts = new Map<string, Partial<SheetInfo>>();
  failSettings: Error | null = null;
  failSelect: unknown = null;
  limitations: LocalizedText[] = [];
  writeNotes: LocalizedText[] = [];
  /** Runs inside each read, while the pane is busy. */
  duringRead: (() => void) | null = null;
  /**
   * When set, written sheets become part of the workbook like in Excel: listed
   * as owned (with their role) and readable; a clash with a user's sheet gets " (2)".
   */
  keepWrittenSheets = false;
  readonly ownedSheets: Array<{ grid: Grid; role: SheetSpec["role"]; specName: string }> = [];
  /** Present only after enableListAndRead(), like a host that lists and reads in one batch. */
  listAndReadSheets?: (refs: readonly SheetRef[]) => Promise<{ sheets: SheetInfo[]; grids: Array<Grid | null> }>;
  /** Present only after enableBatchSettings(), like a host that can batch. */
  setSettings?: (entries: Readonly<Record<string, string>>) => Promise<void>;

  constructor(
    public grids: Grid[],
    public activeSheet: string | null = null,
    public lang: Lang = "vi",
  ) {}

  capabilities() {
    return { highlight: true, createWorkbook: true, download: false, limitations: this.limitations };
  }
  async listSheets(): Promise<SheetInfo[]> {
    this.calls.push({ method: "listSheets", args: [] });
    return this.listedSheets();
  }
  private listedSheets(): SheetInfo[] {
    return [
      ...this.grids.map((g) => ({
        ...(g.name === this.activeSheet ? { name: g.name, owned: false, active: true } : { name: g.name, owned: false }),
        ...this.sheetFacts.get(g.name),
      })),
      ...this.ownedSheets.map((o) => ({ name: o.grid.name, owned: true, role: o.role })),
    ];
  }
  async readSheets(sheets: readonly SheetRef[]): Promise<Grid[]> {
    this.calls.push({ method: "readSheets", args: [sheets] });
    this.duringRead?.();
    if (this.failReads) throw this.failReads;
    for (const s of sheets) if (this.failSheets.has(s.name)) throw this.failSheets.get(s.name);
    return sheets.map(
      (s) =>
        this.grids.find((g) => g.name === s.name) ??
        this.ownedSheets.find((o) => o.grid.name === s.name)?.grid ?? { name: s.name, rows: [], origin: { row: 0, col: 0 }, merges: [] },
    );
  }
  async writeOwnedSheets(specs: readonly SheetSpec[]): Promise<WriteResult> {
    this.written.push(...specs);
    if (!this.keepWrittenSheets) return { written: specs.map((s) => s.name), notes: this.writeNotes };
    const names: string[] = [];
    for (const spec of specs) {
      const at = this.ownedSheets.findIndex((o) => o.specName === spec.name);
      const name = at >= 0 ? this.ownedSheets[at]!.grid.name : this.grids.some((g) => g.name === spec.name) ? `${spec.name} (2)` : spec.name;
      const entry = { grid: { ...specToGrid(spec), name }, role: spec.role, specName: spec.name };
      if (at >= 0) this.ownedSheets[at] = entry;
      else this.ownedSheets.push(entry);
      names.push(name);
    }
    return { written: names, notes: this.writeNotes };
  }
  async deliverWorkbooks(books: readonly WorkbookSpec[]): Promise<WriteResult> {
    this.delivered.push(...books);
    return { written: books.map((b) => b.fileName ?? ""), notes: this.writeNotes };
  }
  async selectCell(sheet: SheetRef, address: string): Promise<void> {
    this.calls.push({ method: "selectCell", args: [sheet, address] });
    if (this.failSelect !== null) throw this.failSelect;
  }
  async highlight(request: HighlightRequest): Promise<void> {
    this.calls.push({ method: "highlight", args: [request] });
  }
  async clearHighlight(sheet: SheetRef): Promise<void> {
    this.calls.push({ method: "clearHighlight", args: [sheet] });
  }
  async getSetting(key: string): Promise<string | undefined> {
    return this.settings.get(key);
  }
  async setSetting(key: string, value: string): Promise<void> {
    this.calls.push({ method: "setSetting", args: [key, value] });
    if (this.failSettings) throw this.failSettings;
    this.settings.set(key, value);
  }
  enableListAndRead(): void {
    this.listAndReadSheets = async (refs) => {
      this.calls.push({ method: "listAndReadSheets", args: [refs] });
      this.duringRead?.();
      if (this.failReads) throw this.failReads;
      for (const s of refs) if (this.failSheets.has(s.name)) throw this.failSheets.get(s.name);
      const sheets = this.listedSheets();
      const grids = refs.map((ref) => {
        const info = sheets.find((s) => s.name === ref.name);
        if (info === undefined || isTooLargeToRead(info)) return null;
        return this.grids.find((g) => g.name === ref.name) ?? this.ownedSheets.find((o) => o.grid.name === ref.name)?.grid ?? null;
      });
      return { sheets, grids };
    };
  }
  enableBatchSettings(): void {
    this.setSettings = async (entries) => {
      this.calls.push({ method: "setSettings", args: [entries] });
      if (this.failSettings) throw this.failSettings;
      for (const [k, v] of Object.entries(entries)) this.settings.set(k, v);
    };
  }
  methodsCalled(): string[] {
    return this.calls.map((c) => c.method);
  }
  preferredLang(): Lang {
    return this.lang;
  }
  callsOf(method: string): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }
}

/** Resolves once the pane has settled (pending promises and re-renders). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
}

export async function waitFor<T>(probe: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const v = probe();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Mounts the pane on a fresh page and waits until it is ready. */
export async function mountPane(host: Host): Promise<HTMLElement> {
  const { mountApp } = await import("../../src/taskpane/app");
  document.body.innerHTML = "";
  const root = document.createElement("main");
  document.body.append(root);
  mountApp(root, host);
  await waitFor(() => root.getAttribute("data-ready") === "true", "pane ready");
  return root;
}

export function q<T extends Element = HTMLElement>(root: ParentNode, sel: string): T {
  const e = root.querySelector<T>(sel);
  if (!e) throw new Error(`missing ${sel}`);
  return e;
}

/** Picks an option the way a user does: the value changes and `change` fires. */
export function pick(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event("change", { bubbles: true }));
}

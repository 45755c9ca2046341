import type { Lang } from "../../src/core/findings";
import type { Grid } from "../../src/core/grid";
import type { SheetSpec, WorkbookSpec } from "../../src/core/sheet-spec";
import type { HighlightRequest, Host, SheetInfo, SheetRef, WriteResult } from "../../src/taskpane/host";

/** An in-memory Host that records what the pane asked of it. */
export class FakeHost implements Host {
  readonly kind = "excel" as const;
  readonly calls: Array<{ method: string; args: unknown[] }> = [];
  readonly settings = new Map<string, string>();
  readonly written: SheetSpec[] = [];
  readonly delivered: WorkbookSpec[] = [];
  failReads: Error | null = null;

  constructor(
    public grids: Grid[],
    public activeSheet: string | null = null,
    public lang: Lang = "vi",
  ) {}

  capabilities() {
    return { highlight: true, createWorkbook: true, download: false, limitations: [] };
  }
  async listSheets(): Promise<SheetInfo[]> {
    return this.grids.map((g) => (g.name === this.activeSheet ? { name: g.name, owned: false, active: true } : { name: g.name, owned: false }));
  }
  async readSheets(sheets: readonly SheetRef[]): Promise<Grid[]> {
    this.calls.push({ method: "readSheets", args: [sheets] });
    if (this.failReads) throw this.failReads;
    return sheets.map((s) => this.grids.find((g) => g.name === s.name) ?? { name: s.name, rows: [], origin: { row: 0, col: 0 }, merges: [] });
  }
  async writeOwnedSheets(specs: readonly SheetSpec[]): Promise<WriteResult> {
    this.written.push(...specs);
    return { written: specs.map((s) => s.name), notes: [] };
  }
  async deliverWorkbooks(books: readonly WorkbookSpec[]): Promise<WriteResult> {
    this.delivered.push(...books);
    return { written: books.map((b) => b.fileName ?? ""), notes: [] };
  }
  async selectCell(sheet: SheetRef, address: string): Promise<void> {
    this.calls.push({ method: "selectCell", args: [sheet, address] });
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
    this.settings.set(key, value);
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

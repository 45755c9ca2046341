/**
 * @jest-environment jsdom
 */
/**
 * The browser edition opening real files (issue #16): workbooks go straight to the workbook reader,
 * the Word reader is loaded only for what may be a Word document, and many files chosen at once
 * (read ahead of the one being parsed) are listed in the order chosen.
 */
import * as fs from "fs";
import { TextDecoder as NodeTextDecoder } from "node:util";
import * as path from "path";
import type { BrowserHost } from "../../src/browser/browser-host";

// jsdom has no TextDecoder; the readers need one (browsers have it).
if (typeof globalThis.TextDecoder === "undefined") Object.assign(globalThis, { TextDecoder: NodeTextDecoder });

const REPO = path.resolve(__dirname, "..", "..");
const WORKBOOK = path.join(REPO, "test", "fixtures", "allocation", "seed-from-csv-libreoffice.xlsx");
const WORD_PLAN = path.join(REPO, "test", "docx", "fixtures", "seed-plan.python-docx.docx");

const fileOf = (p: string, name = path.basename(p)): Blob & { name: string } => Object.assign(new Blob([fs.readFileSync(p)]), { name });

async function withHost(work: (host: BrowserHost, wordReaderLoads: () => number) => Promise<void>): Promise<void> {
  let loads = 0;
  await jest.isolateModulesAsync(async () => {
    jest.doMock("../../src/docx/read-docx", () => {
      loads++;
      return jest.requireActual("../../src/docx/read-docx");
    });
    const { createBrowserHost } = await import("../../src/browser/browser-host");
    const { createSettingsStorage } = await import("../../src/browser/settings-storage");
    await work(createBrowserHost({ save: () => undefined, store: createSettingsStorage(null) }), () => loads);
  });
}

describe("opening files in the browser edition", () => {
  it("reads workbooks without loading the Word reader", async () => {
    await withHost(async (host, wordReaderLoads) => {
      expect(await host.openFiles([fileOf(WORKBOOK)])).toEqual([]);
      expect(host.files().map((f) => f.name)).toEqual(["seed-from-csv-libreoffice.xlsx"]);
      expect(host.files()[0]?.grids.length).toBeGreaterThan(0);
      expect(wordReaderLoads()).toBe(0);
    });
  });

  it("reads a Word plan into its tables, whatever its name", async () => {
    await withHost(async (host, wordReaderLoads) => {
      expect(await host.openFiles([fileOf(WORD_PLAN, "ke-hoach.xlsx")])).toEqual([]);
      expect(host.files()[0]?.grids.map((g) => g.name)).toContain("Bảng 1");
      expect(wordReaderLoads()).toBe(1);
    });
  });

  it("opens a second choice of files after the first, even when it comes while the first is still being read", async () => {
    await withHost(async (host) => {
      // The first choice's files arrive slowly, as large files from a slow disk would.
      const slow = (name: string): Blob & { name: string } => {
        const file = fileOf(WORKBOOK, name);
        const arrayBuffer = (): Promise<ArrayBuffer> => new Promise((resolve) => setTimeout(() => resolve(new Uint8Array(fs.readFileSync(WORKBOOK)).buffer), 30));
        return Object.assign(file, { arrayBuffer });
      };
      const first = ["a1.xlsx", "a2.xlsx", "a3.xlsx"].map(slow);
      const second = ["b1.xlsx", "b2.xlsx"].map((n) => fileOf(WORKBOOK, n));
      const [p1, p2] = [host.openFiles(first), host.openFiles(second)];
      expect(await Promise.all([p1, p2])).toEqual([[], []]);
      expect(host.files().map((f) => f.name)).toEqual(["a1.xlsx", "a2.xlsx", "a3.xlsx", "b1.xlsx", "b2.xlsx"]);
      expect(host.preview().sheet?.file).toBe("b1.xlsx");
    });
  });

  it("lists many files chosen at once in the order chosen, each with its own sheets", async () => {
    await withHost(async (host) => {
      const names = Array.from({ length: 12 }, (_, i) => `bao-cao-${String(i + 1).padStart(2, "0")}.xlsx`);
      const chosen = names.map((n, i) => (i === 5 ? fileOf(WORD_PLAN, n) : fileOf(WORKBOOK, n)));
      expect(await host.openFiles(chosen)).toEqual([]);
      expect(host.files().map((f) => f.name)).toEqual(names);
      expect(host.files().map((f) => f.grids[0]?.name.startsWith("Bảng"))).toEqual(names.map((_, i) => i === 5));
    });
  });
});

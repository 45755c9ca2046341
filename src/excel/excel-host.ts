/**
 * The Host the task pane uses inside Excel. Each method is one Excel.run (the
 * cell fix and its undo include the re-read of the sheet; setSettings stores
 * any number of keys); Office errors come out as ExcelHostError with a message the
 * pane can show as is.
 */
import type { Lang, LocalizedText } from "../core";
import type { Grid } from "../core";
import { parseRange } from "../core";
import type { SheetSpec, WorkbookSpec } from "../core";
import type { HighlightRequest, Host, HostCapabilities, SheetInfo, SheetRef, WriteResult } from "../host";
import { detectFeatures, type ExcelFeatures } from "./capabilities";
import { deliverAsOneWorkbook, NO_CREATE_WORKBOOK_NOTE, templateSheets } from "./deliver";
import { clearHighlightInBatch, highlightInBatch } from "./highlight";
import { ExcelHostError, toHostError } from "./office-errors";
import { officeRuntimeEnv, type OfficeEnv } from "./office-env";
import { listAndReadInBatch, queueSheetListing, readSheetsInBatch } from "./read-sheets";
import { createSettingsStore } from "./settings-store";
import { writeOwnedSheetsInBatch } from "./write-owned";
import { createCellFixer } from "./fix-cells";
import type { ExcelContextLike } from "./office-types";

export function langFromTag(tag: string): Lang {
  return /^en\b/i.test(tag) ? "en" : "vi";
}

export function hiddenSheetError(name: string): ExcelHostError {
  return new ExcelHostError(
    {
      vi: `Trang tính "${name}" đang bị ẩn; hãy bỏ ẩn trang tính (chuột phải vào thẻ trang → Bỏ ẩn) để xem ô này.`,
      en: `The sheet "${name}" is hidden; unhide it (right-click a sheet tab → Unhide) to see the cell.`,
    },
    "SHEET_HIDDEN",
  );
}

function badAddress(address: string): ExcelHostError {
  return new ExcelHostError({ vi: `Địa chỉ ô không hợp lệ: "${address}".`, en: `Not a cell address: "${address}".` }, "BAD_ADDRESS");
}

export interface ExcelHost extends Host {
  /** What this Excel supports, for tests and the pane's diagnostics. */
  features(): ExcelFeatures;
  /** Lines for the user about the last read (e.g. merged cells that could not be read); empty when all was read. */
  readNotes(): readonly LocalizedText[];
}

export function createExcelHost(env: OfficeEnv = officeRuntimeEnv()): ExcelHost {
  const features = detectFeatures(env.isSetSupported);
  const options = { delayForCellEdit: features.delayForCellEdit };
  const run = async <T>(batch: (context: ExcelContextLike) => Promise<T>): Promise<T> => {
    try {
      return await env.run(batch, options);
    } catch (e) {
      throw toHostError(e);
    }
  };
  const settings = createSettingsStore(env.run, features.delayForCellEdit, env.userStore);

  let lastReadNotes: LocalizedText[] = [];
  const read = <T>(batch: (context: ExcelContextLike, notes: LocalizedText[]) => Promise<T>): Promise<T> => {
    const notes: LocalizedText[] = [];
    lastReadNotes = notes;
    return run((context) => batch(context, notes));
  };

  const writeOwnedSheets = (specs: readonly SheetSpec[]): Promise<WriteResult> => run((context) => writeOwnedSheetsInBatch(context, specs, features));
  // The fix and its undo read the sheet again in their own Excel.run: the pane re-checks it without a second round trip.
  const rereadInBatch = async (context: ExcelContextLike, sheet: SheetRef): Promise<Grid | undefined> => {
    const notes: LocalizedText[] = [];
    try {
      const [grid] = await readSheetsInBatch(context, [sheet], features, notes);
      lastReadNotes = notes;
      return grid;
    } catch {
      // The cells are written either way; the pane's own read then reports what stops it.
      return undefined;
    }
  };
  const cellFixer = createCellFixer(run, rereadInBatch);

  return {
    kind: "excel",
    features: () => features,
    readNotes: () => lastReadNotes,
    capabilities(): HostCapabilities {
      // The last read's notes join the standing limitations, so a pane that shows limitations also shows them.
      return { highlight: true, createWorkbook: features.createWorkbook, download: false, limitations: [...features.limitations, ...lastReadNotes] };
    },

    listSheets: () =>
      run(async (context): Promise<SheetInfo[]> => {
        const listing = queueSheetListing(context);
        await context.sync();
        // One more sync learns every sheet's size, so the pane can skip a huge sheet before reading it.
        listing.queueSizes();
        await context.sync();
        return listing.result();
      }),

    readSheets: (refs: readonly SheetRef[]): Promise<Grid[]> => (refs.length === 0 ? Promise.resolve([]) : read((context, notes) => readSheetsInBatch(context, refs, features, notes))),

    listAndReadSheets: (refs: readonly SheetRef[]) => read((context, notes) => listAndReadInBatch(context, refs, features, notes)),

    writeOwnedSheets,
    writeUserCells: cellFixer.write,
    undoUserCells: cellFixer.undo,

    async deliverWorkbooks(books: readonly WorkbookSpec[]): Promise<WriteResult> {
      if (features.createWorkbook) {
        try {
          return await deliverAsOneWorkbook(books, env.writeWorkbook, env.createWorkbook);
        } catch (e) {
          throw toHostError(e);
        }
      }
      const result = await writeOwnedSheets(templateSheets(books));
      return { written: result.written, notes: [NO_CREATE_WORKBOOK_NOTE, ...result.notes] };
    },

    selectCell: (sheet: SheetRef, address: string) => {
      const range = parseRange(address);
      if (!range) return Promise.reject(badAddress(address));
      return run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet.name);
        ws.load("name,visibility");
        await context.sync();
        // Unhiding would change the user's workbook; they decide that themselves.
        if (ws.visibility !== "Visible") throw hiddenSheetError(ws.name);
        ws.activate();
        ws.getRangeByIndexes(range.top, range.left, range.bottom - range.top + 1, range.right - range.left + 1).select();
        await context.sync();
      });
    },

    highlight: (request: HighlightRequest) => run((context) => highlightInBatch(context, request)),
    clearHighlight: (sheet: SheetRef) => run((context) => clearHighlightInBatch(context, sheet.name)),

    getSetting: async (key) => {
      try {
        return await settings.get(key);
      } catch (e) {
        throw toHostError(e);
      }
    },
    setSetting: async (key, value) => {
      try {
        await settings.set(key, value);
      } catch (e) {
        throw toHostError(e);
      }
    },
    setSettings: async (entries) => {
      try {
        await settings.setMany(entries);
      } catch (e) {
        throw toHostError(e);
      }
    },
    preferredLang: () => langFromTag(env.displayLanguage()),
  };
}

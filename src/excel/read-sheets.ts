/**
 * Reads the sheets of one user action in one Excel.run: one sync learns every
 * sheet's used range, then the cells come in as few syncs as the payload budget
 * allows (Excel on the web refuses responses over 5 MB).
 */
import type { CellRange, Grid, LocalizedText } from "../core";
import { parseRange } from "../core";
import { MAX_READ_CELLS, MAX_READ_ROWS, isTooLargeToRead, type SheetInfo, type SheetRef } from "../host";
import type { ExcelFeatures } from "./capabilities";
import { toCell } from "./cell-conversion";
import { ExcelHostError } from "./office-errors";
import { isPayloadLimitError, PAYLOAD_BUDGET_BYTES } from "./payload-limit";
import { queueRegistryLoad, registryFrom } from "./registry";
import type { ExcelContextLike, RangeAreasLike, RangeFontLike, RangeLike, WorksheetLike } from "./office-types";

/** More used rows than any allocation or report sheet has; bigger sheets get a message, not a hang. */
export const MAX_USED_ROWS = MAX_READ_ROWS;
/**
 * A cell comes back four times (values, text, formulas, number format). Names
 * of organisations and notes run to ~60 bytes of UTF-8 each, plus quoting and
 * separators, so a cell is budgeted at 4 × 66 bytes rather than the size of a number.
 */
export const ESTIMATED_BYTES_PER_CELL = 4 * 66;
/** Cells per sync (about 15,000). */
export const CELLS_PER_SYNC = Math.floor(PAYLOAD_BUDGET_BYTES / ESTIMATED_BYTES_PER_CELL);
/** Font names are asked per column up to this width (a column's font tells a legacy encoding), else per sheet. */
const MAX_FONT_COLUMNS = 64;

interface SheetProbe {
  readonly ref: SheetRef;
  readonly sheet: WorksheetLike;
  readonly used: RangeLike;
}

interface Block {
  readonly sheetIndex: number;
  readonly firstRow: number;
  readonly rowCount: number;
  readonly range: RangeLike;
}

interface SheetPlan {
  readonly origin: { row: number; col: number };
  readonly rowCount: number;
  readonly columnCount: number;
  readonly blocks: Block[];
  merged: RangeAreasLike | null;
  /** One font per column, or a single one for the whole used range of a very wide sheet. */
  fonts: RangeFontLike[];
}

export function sheetTooLarge(name: string, rows: number, columns = 1): ExcelHostError {
  const vi = (n: number): string => n.toLocaleString("vi-VN");
  const en = (n: number): string => n.toLocaleString("en-US");
  const text =
    rows > MAX_READ_ROWS
      ? {
          vi: `Trang tính "${name}" có ${vi(rows)} dòng, quá giới hạn ${vi(MAX_READ_ROWS)} dòng. Hãy chép riêng bảng cần dùng sang một trang tính mới.`,
          en: `Sheet "${name}" has ${en(rows)} used rows, over the ${en(MAX_READ_ROWS)}-row limit. Copy the table you need to a new sheet.`,
        }
      : {
          vi: `Trang tính "${name}" dùng ${vi(rows)} dòng × ${vi(columns)} cột, quá giới hạn ${vi(MAX_READ_CELLS)} ô. Hãy chép riêng bảng cần dùng sang một trang tính mới.`,
          en: `Sheet "${name}" uses ${en(rows)} rows × ${en(columns)} columns, over the ${en(MAX_READ_CELLS)}-cell limit. Copy the table you need to a new sheet.`,
        };
  return new ExcelHostError(text, "SHEET_TOO_LARGE");
}

/** Splits a sheet's rows into blocks of at most `budget` cells each. */
export function rowBlocks(rowCount: number, columnCount: number, budget: number = CELLS_PER_SYNC): Array<{ first: number; count: number }> {
  const rowsPerBlock = Math.max(1, Math.floor(budget / Math.max(1, columnCount)));
  const out: Array<{ first: number; count: number }> = [];
  for (let first = 0; first < rowCount; first += rowsPerBlock) out.push({ first, count: Math.min(rowsPerBlock, rowCount - first) });
  return out;
}

/** Groups blocks into sync rounds whose cells add up to at most `budget` (a block bigger than that goes alone). */
export function packRounds<T extends { readonly cells: number }>(items: readonly T[], budget: number = CELLS_PER_SYNC): T[][] {
  const rounds: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    if (current.length > 0 && size + item.cells > budget) {
      rounds.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += item.cells;
  }
  if (current.length > 0) rounds.push(current);
  return rounds;
}

/** Parses a RangeAreas address such as `Sheet1!A1:B2,'My sheet'!C3` into rectangles. */
export function parseAreasAddress(address: string): CellRange[] {
  const out: CellRange[] = [];
  const re = /!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/g;
  for (let m = re.exec(address); m !== null; m = re.exec(address)) {
    const r = m[1] === undefined ? undefined : parseRange(m[1].replace(/\$/g, ""));
    if (r) out.push(r);
  }
  return out;
}

/**
 * Queues the first read phase: each requested sheet's name, visibility and used
 * range. `getItemOrNullObject` lets a sheet deleted since the pane listed it come
 * back as a null object (its used range too) instead of failing the whole batch.
 */
function queueSheetProbes(context: ExcelContextLike, refs: readonly SheetRef[], missing: "throw" | "null"): SheetProbe[] {
  return refs.map((ref) => {
    const sheets = context.workbook.worksheets;
    const sheet = missing === "throw" ? sheets.getItem(ref.name) : sheets.getItemOrNullObject(ref.name);
    sheet.load("name,visibility");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    return { ref, sheet, used };
  });
}

function probeTooLarge(p: SheetProbe): boolean {
  return !p.used.isNullObject && isTooLargeToRead({ name: p.ref.name, usedRows: p.used.rowCount, usedColumns: p.used.columnCount, owned: false });
}

/** Lays out the row blocks of a sheet known to have a used range; queues nothing. */
function planSheet(p: SheetProbe, sheetIndex: number): SheetPlan {
  return {
    origin: { row: p.used.rowIndex, col: p.used.columnIndex },
    rowCount: p.used.rowCount,
    columnCount: p.used.columnCount,
    blocks: rowBlocks(p.used.rowCount, p.used.columnCount).map((b) => ({
      sheetIndex,
      firstRow: b.first,
      rowCount: b.count,
      range: p.sheet.getRangeByIndexes(p.used.rowIndex + b.first, p.used.columnIndex, b.count, p.used.columnCount),
    })),
    merged: null,
    fonts: [],
  };
}

type Work = { readonly block: Block; readonly plan: SheetPlan; readonly cells: number };

/**
 * A round too big for one response, halved: two rounds of half the blocks, or
 * a lone block split into two of half its rows (replacing it in its sheet's
 * plan, so the grid is put together from the halves). Null for a single row,
 * which cannot be made smaller.
 */
function halveRound(round: readonly Work[], probes: readonly SheetProbe[]): Work[][] | null {
  if (round.length > 1) {
    const mid = Math.ceil(round.length / 2);
    return [round.slice(0, mid), round.slice(mid)];
  }
  const only = round[0];
  if (!only || only.block.rowCount < 2) return null;
  const { block, plan } = only;
  const probe = probes[block.sheetIndex];
  if (!probe) return null;
  const topRows = Math.ceil(block.rowCount / 2);
  const half = (firstRow: number, rowCount: number): Block => ({
    sheetIndex: block.sheetIndex,
    firstRow,
    rowCount,
    range: probe.sheet.getRangeByIndexes(plan.origin.row + firstRow, plan.origin.col, rowCount, plan.columnCount),
  });
  const halves = [half(block.firstRow, topRows), half(block.firstRow + topRows, block.rowCount - topRows)];
  plan.blocks.splice(plan.blocks.indexOf(block), 1, ...halves);
  return halves.map((h) => [{ block: h, plan, cells: h.rowCount * plan.columnCount }]);
}

/**
 * The second read phase: cells in rounds under the payload budget. At least
 * one sync happens, and `alongFirstRound` queues whatever else the caller needs
 * from it, so that a listing rides along instead of costing its own sync.
 * The budget is an estimate: when Excel on the web still refuses a round as
 * over 5 MB, the round is halved and read again rather than failing the action.
 */
async function readPlannedCells(
  context: ExcelContextLike,
  probes: readonly SheetProbe[],
  plans: ReadonlyArray<SheetPlan | null>,
  alongFirstRound: () => void = () => undefined,
): Promise<void> {
  const work: Work[] = plans.flatMap((plan) => (plan === null ? [] : plan.blocks.map((block) => ({ block, plan, cells: block.rowCount * plan.columnCount }))));
  const pending: Work[][] = packRounds(work);
  if (pending.length === 0) pending.push([]);
  let first = true;
  for (let round = pending.shift(); round !== undefined; round = pending.shift()) {
    for (const { block } of round) block.range.load("values,text,numberFormat,formulas");
    // Until a round succeeds, the extras ride along with it (a refused batch is discarded whole).
    if (first) {
      loadFonts(probes, plans);
      alongFirstRound();
    }
    try {
      // Each round is a separate sync on purpose: one response must stay under Excel on the web's 5 MB.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      first = false;
    } catch (e) {
      const halves = isPayloadLimitError(e) ? halveRound(round, probes) : null;
      if (halves === null) throw e;
      pending.unshift(...halves);
    }
  }
}

/** Said when a sheet's merged cells could not be read, so the check ran without them. */
export const MERGES_UNREAD_NOTE = (sheets: readonly string[]): LocalizedText => ({
  vi: `Không đọc được các ô gộp của ${sheets.map((n) => `"${n}"`).join(", ")} (Excel chỉ trả về tối đa 512 vùng gộp); bảng vẫn được nhận dạng theo tiêu đề.`,
  en: `The merged cells of ${sheets.map((n) => `"${n}"`).join(", ")} could not be read (Excel returns at most 512 merged areas); tables are still found by their headers.`,
});

/**
 * The third read phase, on its own: merged areas. Excel refuses
 * getMergedAreasOrNullObject on a range with more than 512 merged areas
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)),
 * so that refusal must not take the cells down with it: the sheets are then
 * read as having no merges and a note says so.
 */
async function readMerges(
  context: ExcelContextLike,
  probes: readonly SheetProbe[],
  plans: ReadonlyArray<SheetPlan | null>,
  features: ExcelFeatures,
  notes: LocalizedText[],
): Promise<void> {
  if (!features.mergedAreas) return;
  const asked = probes.flatMap((p, i) => {
    const plan = plans[i];
    if (!plan) return [];
    plan.merged = p.used.getMergedAreasOrNullObject();
    plan.merged.load("address");
    return [{ p, plan }];
  });
  if (asked.length === 0) return;
  try {
    await context.sync();
  } catch {
    for (const { plan } of asked) plan.merged = null;
    notes.push(MERGES_UNREAD_NOTE(asked.map(({ p }) => p.ref.name)));
  }
}

/** `notes` receives lines for the user about what could not be read (e.g. merged cells). */
export async function readSheetsInBatch(context: ExcelContextLike, refs: readonly SheetRef[], features: ExcelFeatures, notes: LocalizedText[] = []): Promise<Grid[]> {
  const probes = queueSheetProbes(context, refs, "throw");
  await context.sync();

  const plans: Array<SheetPlan | null> = probes.map((p, sheetIndex) => {
    if (p.used.isNullObject) return null;
    if (probeTooLarge(p)) throw sheetTooLarge(p.ref.name, p.used.rowCount, p.used.columnCount);
    return planSheet(p, sheetIndex);
  });
  await readPlannedCells(context, probes, plans);
  await readMerges(context, probes, plans, features, notes);
  return probes.map((p, index) => toGrid(p, plans[index] ?? null));
}

/** The workbook's sheet list, queued in two parts: names first, sizes once the items are known. */
interface SheetListing {
  /** Queues every sheet's used-range size; only after the first sync (the items must be loaded). */
  queueSizes(): void;
  /** Reads the listing; only after the sync that followed queueSizes(). */
  result(): SheetInfo[];
}

export function queueSheetListing(context: ExcelContextLike): SheetListing {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id,items/visibility");
  const active = sheets.getActiveWorksheet();
  active.load("id");
  const registryItem = queueRegistryLoad(context);
  let used: RangeLike[] = [];
  return {
    queueSizes() {
      used = sheets.items.map((s) => {
        const range = s.getUsedRangeOrNullObject(true);
        range.load("rowCount,columnCount");
        return range;
      });
    },
    result() {
      const registry = registryFrom(registryItem);
      return sheets.items.map((s, i) => {
        const range = used[i];
        const size = range && !range.isNullObject ? { usedRows: range.rowCount, usedColumns: range.columnCount } : { usedRows: 0, usedColumns: 0 };
        const entry = registry.owned[s.id];
        return {
          name: s.name,
          owned: entry !== undefined,
          ...(entry !== undefined ? { role: entry.role } : {}),
          // result() runs only after the sync that loaded `active` (see SheetListing); the rule cannot see across the closure.
          // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
          ...(s.id === active.id ? { active: true } : {}),
          ...(s.visibility !== "Visible" ? { hidden: true } : {}),
          ...size,
        };
      });
    },
  };
}

/**
 * Lists the workbook and reads the requested sheets in one batch of two syncs
 * (more only for sheets big enough to need several rounds): the first learns
 * the sheet list and the requested sheets' used ranges, the second brings their
 * cells with every sheet's size. A requested sheet that is gone or too large
 * comes back null, and a too-large one's cells are never asked for.
 */
export async function listAndReadInBatch(
  context: ExcelContextLike,
  refs: readonly SheetRef[],
  features: ExcelFeatures,
  notes: LocalizedText[] = [],
): Promise<{ sheets: SheetInfo[]; grids: Array<Grid | null> }> {
  const listing = queueSheetListing(context);
  const probes = queueSheetProbes(context, refs, "null");
  await context.sync();

  const readable = probes.map((p) => !p.sheet.isNullObject && !probeTooLarge(p));
  const plans: Array<SheetPlan | null> = probes.map((p, sheetIndex) => (readable[sheetIndex] === true && !p.used.isNullObject ? planSheet(p, sheetIndex) : null));
  await readPlannedCells(context, probes, plans, () => listing.queueSizes());
  await readMerges(context, probes, plans, features, notes);
  return { sheets: listing.result(), grids: probes.map((p, index) => (readable[index] === true ? toGrid(p, plans[index] ?? null) : null)) };
}

/** Font names ride along with the first round of cells; asked only of sheets known to have a used range. */
function loadFonts(probes: readonly SheetProbe[], plans: ReadonlyArray<SheetPlan | null>): void {
  probes.forEach((p, i) => {
    const plan = plans[i];
    if (!plan) return;
    if (plan.columnCount > MAX_FONT_COLUMNS) {
      const font = p.used.format.font;
      font.load("name");
      plan.fonts.push(font);
      return;
    }
    for (let c = 0; c < plan.columnCount; c++) {
      const font = p.used.getColumn(c).format.font;
      font.load("name");
      plan.fonts.push(font);
    }
  });
}

function toGrid(p: SheetProbe, plan: SheetPlan | null): Grid {
  const hidden = p.sheet.visibility !== "Visible";
  const base = { name: p.sheet.name, ...(hidden ? { hidden: true } : {}) };
  if (plan === null) return { ...base, rows: [], origin: { row: 0, col: 0 }, merges: [] };
  const names = plan.fonts.map((f) => f.name ?? undefined);
  // A column that mixes fonts (null) tells nothing; a single sheet-wide font applies to every column.
  const columnFont = (c: number): string | undefined => (names.length === 1 && plan.columnCount > MAX_FONT_COLUMNS ? names[0] : names[c]);
  const rows: Grid["rows"][number][] = [];
  for (const block of plan.blocks) {
    const values = block.range.values;
    const text = block.range.text;
    const formats = block.range.numberFormat;
    const formulas = block.range.formulas;
    values.forEach((rowValues, r) => {
      const row = rowValues.map((value, c) =>
        toCell({ value, text: text[r]?.[c], numberFormat: formats[r]?.[c] as string | undefined, formula: formulas[r]?.[c], font: columnFont(c) }),
      );
      while (row.length > 0 && row[row.length - 1] === undefined) row.pop();
      rows.push(row);
    });
  }
  // feature-checked: mergedAreas (plan.merged is set only by readMerges, which returns early without it)
  const merges = plan.merged && !plan.merged.isNullObject ? parseAreasAddress(plan.merged.address) : [];
  return { ...base, rows, origin: plan.origin, merges };
}

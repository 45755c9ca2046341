/**
 * Writes the add-in's output sheets. Only sheets recorded in the registry are
 * ever rewritten, and only while they still carry the name the add-in gave
 * them: a user who renamed an output sheet has adopted it. A rewritten sheet is
 * cleared and rendered in place (same sheet, same id) so the user's formulas
 * pointing at it keep working instead of turning into #REF!. A user's sheet with
 * the wanted name makes the new sheet take a " (2)" name instead.
 *
 * The registry is saved before anything is rendered, and a failed render
 * deletes the sheets it added: a run that fails half-way never leaves sheets the
 * next run does not know are its own (which would push it to "X (2)").
 * Defined names are scoped to their sheet (Worksheet.names, ExcelApi 1.4), so
 * several templates in one workbook each keep PTDV_INPUTS.
 */
import type { LocalizedText } from "../core";
import type { SheetSpec } from "../core";
import type { WriteResult } from "../host";
import type { ExcelFeatures } from "./capabilities";
import { type AddinRegistry, type OwnedSheetEntry, queueRegistryLoad, queueRegistrySave, registryFrom } from "./registry";
import { cellWrites, formattingWrites } from "./render-sheet";
import { syncInRounds, type RoundItem } from "./request-rounds";
import { sanitizeSheetName, sheetNameKey, uniqueSheetName } from "./sheet-names";
import type { ChartCollectionLike, ExcelContextLike, NamedItemCollectionLike, WorksheetLike } from "./office-types";

/** Why the wanted name was not free: a sheet already in the workbook, or an earlier sheet of the same output. */
export type NameClashCause = "existing" | "sameOutput";

export const NAME_CLASH_NOTE = (wanted: string, got: string, cause: NameClashCause = "existing"): LocalizedText =>
  cause === "existing"
    ? {
        vi: `Sổ này đã có trang tính "${wanted}" (không phải trang kết quả sẽ được ghi đè) nên kết quả được ghi vào "${got}".`,
        en: `This workbook already has a sheet "${wanted}" that is not output to be replaced, so the output went to "${got}".`,
      }
    : {
        vi: `Hai trang tính kết quả có cùng tên "${wanted}" (Excel chỉ cho tên dài 31 ký tự) nên trang sau được đặt tên "${got}".`,
        en: `Two output sheets would both be named "${wanted}" (Excel allows 31 characters), so the later one is named "${got}".`,
      };


interface ExistingSheet {
  readonly id: string;
  readonly name: string;
  readonly entry: OwnedSheetEntry | undefined;
}

function pushOnce(notes: LocalizedText[], note: LocalizedText): void {
  if (!notes.some((n) => n.vi === note.vi && n.en === note.en)) notes.push(note);
}

/** The earlier output a spec rewrites: owned, made from the same spec name, and still under the name the add-in gave it. */
function isReplaceable(sheet: ExistingSheet, spec: SheetSpec): boolean {
  const entry = sheet.entry;
  if (entry === undefined || sheetNameKey(entry.specName) !== sheetNameKey(spec.name)) return false;
  return sheetNameKey(sheet.name) === sheetNameKey(entry.sheetName ?? sanitizeSheetName(entry.specName));
}

interface Cleared {
  readonly charts: ChartCollectionLike;
  readonly names: NamedItemCollectionLike;
}

/**
 * Empties an output sheet without deleting it. Charts and the sheet's own
 * names are deleted by the caller once their collections are loaded.
 */
function queueClearSheet(ws: WorksheetLike, features: ExcelFeatures): Cleared {
  // Protection first: every change below would be refused on a protected sheet.
  ws.protection.unprotect();
  const all = ws.getRange();
  all.conditionalFormats.clearAll();
  if (features.dataValidation) all.dataValidation.clear();
  all.unmerge();
  all.clear("All");
  all.columnHidden = false;
  all.rowHidden = false;
  all.format.useStandardWidth = true;
  all.format.useStandardHeight = true;
  ws.freezePanes.unfreeze();
  ws.tabColor = "";
  const charts = ws.charts;
  charts.load("items/name");
  const names = ws.names;
  names.load("items/name");
  return { charts, names };
}

export async function writeOwnedSheetsInBatch(context: ExcelContextLike, specs: readonly SheetSpec[], features: ExcelFeatures): Promise<WriteResult> {
  if (specs.length === 0) return { written: [], notes: [] };
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id");
  const registryItem = queueRegistryLoad(context);
  await context.sync();

  const registry = registryFrom(registryItem);
  const existing: ExistingSheet[] = worksheets.items.map((s) => ({ id: s.id, name: s.name, entry: registry.owned[s.id] }));

  // Each spec rewrites at most one earlier output sheet, and each sheet serves one spec.
  const targets: Array<ExistingSheet | undefined> = [];
  const claimed = new Set<string>();
  for (const spec of specs) {
    const target = existing.find((s) => !claimed.has(s.id) && isReplaceable(s, spec));
    if (target) claimed.add(target.id);
    targets.push(target);
  }

  const notes: LocalizedText[] = [];
  const existingKeys = new Set(existing.map((s) => sheetNameKey(s.name)));
  const taken = new Set(existingKeys);
  const finalNames = specs.map((spec, i) => {
    const target = targets[i];
    if (target) return target.name;
    const wanted = sanitizeSheetName(spec.name);
    const name = uniqueSheetName(spec.name, (n) => taken.has(sheetNameKey(n)));
    taken.add(sheetNameKey(name));
    if (sheetNameKey(name) !== sheetNameKey(wanted)) pushOnce(notes, NAME_CLASH_NOTE(wanted, name, existingKeys.has(sheetNameKey(wanted)) ? "existing" : "sameOutput"));
    return name;
  });

  const sheets: WorksheetLike[] = [];
  const cleared: Cleared[] = [];
  specs.forEach((_, i) => {
    const target = targets[i];
    if (target) {
      const ws = worksheets.getItem(target.id);
      cleared.push(queueClearSheet(ws, features));
      sheets.push(ws);
    } else {
      const ws = worksheets.add(finalNames[i] ?? "");
      ws.load("id");
      sheets.push(ws);
    }
  });
  await context.sync();

  for (const { charts, names } of cleared) {
    for (const chart of charts.items) chart.delete();
    for (const name of names.items) name.delete();
  }
  const added = sheets.filter((_, i) => targets[i] === undefined).map((ws) => ws.id);
  const owned: Record<string, OwnedSheetEntry> = {};
  for (const s of existing) if (s.entry) owned[s.id] = s.entry;
  specs.forEach((spec, i) => {
    const id = targets[i]?.id ?? sheets[i]?.id;
    const sheetName = finalNames[i];
    if (id !== undefined && sheetName !== undefined) owned[id] = { role: spec.role, specName: spec.name, sheetName };
  });
  // Highlights are found by their own marker now; nothing about them is kept here.
  const next: AddinRegistry = { owned, highlights: {}, names: registry.names };
  // Registered before rendering: whatever happens next, these sheets are known to be the add-in's.
  queueRegistrySave(context, next);
  await context.sync();

  try {
    await syncInRounds(context, renderItems(specs, sheets, features, notes));
  } catch (e) {
    await removeAdded(context, added, registry, next);
    throw e;
  }
  return { written: finalNames, notes };
}

/**
 * Every sheet's cells first, then each sheet's formatting (its protection
 * last), then the first sheet activated: items that syncInRounds sends in as few
 * requests as the 5 MB limit allows, usually one.
 */
function renderItems(specs: readonly SheetSpec[], sheets: readonly WorksheetLike[], features: ExcelFeatures, notes: LocalizedText[]): RoundItem[] {
  const cells: RoundItem[] = [];
  const formatting: RoundItem[] = [];
  specs.forEach((spec, i) => {
    const ws = sheets[i];
    if (!ws) return;
    cells.push(...cellWrites(ws, spec));
    const lacking: LocalizedText[] = [];
    formatting.push(...formattingWrites(ws, spec, features, lacking));
    for (const note of lacking) pushOnce(notes, note);
  });
  const first = sheets[0];
  const activate: RoundItem[] = first ? [{ bytes: 0, queue: () => first.activate() }] : [];
  return [...cells, ...formatting, ...activate];
}

/**
 * After a failed render: deletes the sheets this run added and takes them out
 * of the registry. A failure here is not reported over the render's own error;
 * the sheets stay registered, so the next run reuses them under the same name.
 */
async function removeAdded(context: ExcelContextLike, added: readonly string[], before: AddinRegistry, next: AddinRegistry): Promise<void> {
  if (added.length === 0) return;
  try {
    for (const id of added) context.workbook.worksheets.getItem(id).delete();
    const owned = Object.fromEntries(Object.entries(next.owned).filter(([id]) => !added.includes(id)));
    queueRegistrySave(context, { ...before, owned, highlights: {} });
    await context.sync();
  } catch {
    // Nothing more can be done here; the render's error is the one the user needs.
  }
}

/**
 * Writes the add-in's output sheets. Only sheets recorded in the registry are
 * ever replaced or deleted; a user's sheet with the same name makes the new
 * sheet take a " (2)" name instead.
 */
import type { SheetSpec } from "../core/sheet-spec";
import type { WriteResult } from "../taskpane/host";
import type { ExcelFeatures } from "./capabilities";
import { type AddinRegistry, type OwnedSheetEntry, queueRegistryLoad, queueRegistrySave, registryFrom } from "./registry";
import { renderSheet } from "./render-sheet";
import { sanitizeSheetName, sheetNameKey, uniqueSheetName } from "./sheet-names";

export const NAME_CLASH_NOTE = (wanted: string, got: string): string =>
  `Đã có trang tính "${wanted}" của người dùng nên kết quả được ghi vào "${got}". / A sheet "${wanted}" of yours exists, so the output went to "${got}".`;

export const DEFINED_NAME_NOTE = (name: string): string =>
  `Tên "${name}" đã được dùng trong sổ này nên không đặt lại. / The name "${name}" is already used in this workbook and was left alone.`;

interface ExistingSheet {
  readonly id: string;
  readonly name: string;
  readonly entry: OwnedSheetEntry | undefined;
}

export async function writeOwnedSheetsInBatch(context: Excel.RequestContext, specs: readonly SheetSpec[], features: ExcelFeatures): Promise<WriteResult> {
  if (specs.length === 0) return { written: [], notes: [] };
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id");
  const names = context.workbook.names;
  names.load("items/name");
  const registryItem = queueRegistryLoad(context);
  await context.sync();

  const registry = registryFrom(registryItem);
  const existing: ExistingSheet[] = worksheets.items.map((s) => ({ id: s.id, name: s.name, entry: registry.owned[s.id] }));
  const wanted = new Set(specs.map((s) => sheetNameKey(s.name)));
  // Earlier output of the same name is replaced; other owned sheets (other months, other roles) stay.
  const replaced = existing.filter((s) => s.entry !== undefined && wanted.has(sheetNameKey(s.entry.specName)));
  const replacedIds = new Set(replaced.map((s) => s.id));
  const taken = new Set(existing.filter((s) => !replacedIds.has(s.id)).map((s) => sheetNameKey(s.name)));

  const notes: string[] = [];
  const finalNames = specs.map((spec) => {
    const name = uniqueSheetName(spec.name, (n) => taken.has(sheetNameKey(n)));
    taken.add(sheetNameKey(name));
    if (sheetNameKey(name) !== sheetNameKey(sanitizeSheetName(spec.name))) notes.push(NAME_CLASH_NOTE(spec.name, name));
    return name;
  });

  // New sheets start under temporary names: the sheet they replace may hold the name, or be the only visible sheet.
  const stamp = Date.now().toString(36);
  const created = specs.map((_, i) => worksheets.add(`ptdv~${stamp}~${i}`));
  for (const old of replaced) worksheets.getItem(old.id).delete();

  const existingNames = new Set(names.items.map((n) => n.name.toLowerCase()));
  const ourNames = new Set(registry.names.map((n) => n.toLowerCase()));
  const definedNames: string[] = [];
  specs.forEach((spec, i) => {
    const ws = created[i];
    const finalName = finalNames[i];
    if (!ws || finalName === undefined) return;
    ws.name = finalName;
    for (const note of renderSheet(ws, spec, features)) if (!notes.includes(note)) notes.push(note);
    for (const [name, r] of Object.entries(spec.definedNames ?? {})) {
      const key = name.toLowerCase();
      if (existingNames.has(key) && !ourNames.has(key)) {
        notes.push(DEFINED_NAME_NOTE(name));
        continue;
      }
      if (existingNames.has(key)) names.getItem(name).delete();
      existingNames.add(key);
      names.add(name, ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1));
      definedNames.push(name);
    }
    ws.load("id");
  });
  created[0]?.activate();
  await context.sync();

  const owned: Record<string, OwnedSheetEntry> = {};
  for (const s of existing) if (s.entry && !replacedIds.has(s.id)) owned[s.id] = s.entry;
  specs.forEach((spec, i) => {
    const ws = created[i];
    if (ws) owned[ws.id] = { role: spec.role, specName: spec.name };
  });
  const highlights = Object.fromEntries(Object.entries(registry.highlights).filter(([id]) => existing.some((s) => s.id === id && !replacedIds.has(id))));
  const next: AddinRegistry = { owned, highlights, names: Array.from(new Set([...registry.names, ...definedNames])) };
  queueRegistrySave(context, next);
  await context.sync();
  return { written: finalNames, notes };
}

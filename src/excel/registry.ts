/**
 * What the add-in owns in a workbook, kept in the workbook's settings
 * (ExcelApi 1.4, saved with the file). Sheets are recorded by id, not name: a
 * user who renames or copies an output sheet must never have it deleted later.
 */
import type { SheetRole } from "../core";
import type { ExcelContextLike, SettingLike } from "./office-types";

export const REGISTRY_KEY = "ptdv.addin.registry";

export interface OwnedSheetEntry {
  readonly role: SheetRole;
  /** The name the spec asked for; a re-run with the same name replaces this sheet. */
  readonly specName: string;
  /**
   * The name the sheet was given (a clash may have made it "X (2)"). A sheet
   * whose current name differs was renamed by the user, who has adopted it.
   */
  readonly sheetName?: string;
}

export interface AddinRegistry {
  readonly owned: Readonly<Record<string, OwnedSheetEntry>>;
  /** Conditional-format ids of the highlight, by sheet id. */
  readonly highlights: Readonly<Record<string, readonly string[]>>;
  /** Workbook-level defined names the add-in created. */
  readonly names: readonly string[];
}

export const EMPTY_REGISTRY: AddinRegistry = { owned: {}, highlights: {}, names: [] };

const ROLES: readonly SheetRole[] = ["progress", "monthly", "findings", "template", "aliases", "sample"];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Tolerates anything: a damaged or foreign value means "nothing owned", never a crash. */
export function parseRegistry(value: unknown): AddinRegistry {
  let data: unknown = value;
  if (typeof value === "string") {
    try {
      data = JSON.parse(value);
    } catch {
      return EMPTY_REGISTRY;
    }
  }
  if (!isRecord(data)) return EMPTY_REGISTRY;
  const owned: Record<string, OwnedSheetEntry> = {};
  if (isRecord(data.owned)) {
    for (const [id, e] of Object.entries(data.owned)) {
      if (isRecord(e) && typeof e.specName === "string" && ROLES.includes(e.role as SheetRole)) {
        owned[id] = { role: e.role as SheetRole, specName: e.specName, ...(typeof e.sheetName === "string" ? { sheetName: e.sheetName } : {}) };
      }
    }
  }
  const highlights: Record<string, string[]> = {};
  if (isRecord(data.highlights)) {
    for (const [id, list] of Object.entries(data.highlights)) {
      if (Array.isArray(list)) highlights[id] = list.filter((x): x is string => typeof x === "string");
    }
  }
  const names = Array.isArray(data.names) ? data.names.filter((x): x is string => typeof x === "string") : [];
  return { owned, highlights, names };
}

/** Queues a read of the registry; read `.value` after the next sync when `.isNullObject` is false. */
export function queueRegistryLoad(context: ExcelContextLike): SettingLike {
  const item = context.workbook.settings.getItemOrNullObject(REGISTRY_KEY);
  item.load("value");
  return item;
}

export function registryFrom(item: SettingLike): AddinRegistry {
  return item.isNullObject ? EMPTY_REGISTRY : parseRegistry(item.value);
}

export function queueRegistrySave(context: ExcelContextLike, registry: AddinRegistry): void {
  context.workbook.settings.add(REGISTRY_KEY, JSON.stringify(registry));
}

/**
 * Which sheets of the workbook are alias sheets ("Bí danh"). Reading and
 * rewriting their rows is the engine's (src/core/names/aliases.ts).
 */
import { ALIAS_SHEET_NAME, foldKey } from "../core";
import type { SheetInfo, SheetRef } from "../host";
import { refOf } from "./use-cases/read-by-ref";

/** "Bí danh", "Bí danh (2)" (a clash with a user's sheet), or the English names users type. */
function aliasLikeName(name: string): boolean {
  const k = foldKey(name).replace(/\s*\(\d+\)$/, "").trim();
  return k === foldKey(ALIAS_SHEET_NAME) || k === "aliases" || k === "alias";
}

export function isAliasSheet(sheet: Pick<SheetInfo, "name" | "owned" | "role">): boolean {
  return sheet.role === "aliases" || aliasLikeName(sheet.name);
}

/**
 * Every alias sheet to read: the add-in's own (the only one it ever writes)
 * and the user's own sheets named like it, which stay theirs and keep being
 * read after the add-in has made its own copy next to them.
 */
export function findAliasSheets(sheets: readonly SheetInfo[]): { owned: SheetRef | null; user: SheetRef[] } {
  const ownedSheet = sheets.find((s) => s.owned && s.role === "aliases") ?? sheets.find((s) => s.owned && aliasLikeName(s.name));
  return {
    owned: ownedSheet ? refOf(ownedSheet) : null,
    user: sheets.filter((s) => !s.owned && aliasLikeName(s.name)).map(refOf),
  };
}

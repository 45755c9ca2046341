/**
 * The workbook's "Bí danh" sheet as the pane sees it: which sheet it is, and
 * its rows as the user left them, so confirming one more alias never loses a
 * row typed by hand (even one the engine rejects: the user may still fix it).
 */
import { ALIAS_SHEET_NAME, type Alias } from "../core";
import { cellAt, colSpan, displayText, rowSpan, type Grid } from "../core";
import { cleanText, foldKey, identityKey } from "../core";
import type { SheetInfo, SheetRef } from "../host";

/** "Bí danh", "Bí danh (2)" (a clash with a user's sheet), or the English names users type. */
function aliasLikeName(name: string): boolean {
  const k = foldKey(name).replace(/\s*\(\d+\)$/, "").trim();
  return k === foldKey(ALIAS_SHEET_NAME) || k === "aliases" || k === "alias";
}

export function isAliasSheet(sheet: Pick<SheetInfo, "name" | "owned" | "role">): boolean {
  return sheet.role === "aliases" || aliasLikeName(sheet.name);
}

/** The one alias sheet to read: the add-in's own first (it holds every confirmed row), then one named like it. */
export function findAliasSheet(sheets: readonly SheetInfo[]): SheetRef | null {
  const rank = (s: SheetInfo): number => (s.owned && s.role === "aliases" ? 0 : s.owned && aliasLikeName(s.name) ? 1 : aliasLikeName(s.name) ? 2 : 3);
  const best = sheets.filter((s) => rank(s) < 3).sort((a, b) => rank(a) - rank(b))[0];
  if (!best) return null;
  return best.file === undefined ? { name: best.name } : { name: best.name, file: best.file };
}

const refOf = (s: SheetInfo): SheetRef => (s.file === undefined ? { name: s.name } : { name: s.name, file: s.file });

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

// The same header words the engine's reader accepts (src/core/names/aliases.ts), so both find the same table.
const WRITTEN_HEADERS = ["viet la", "ten viet", "bi danh", "written as", "written", "alias"];
const TARGET_HEADERS = ["to chuc co so dang", "tccsd", "to chuc", "don vi", "organisation", "organization"];

function headerLike(text: string, synonyms: readonly string[]): boolean {
  const k = foldKey(text).replace(/[^a-z0-9 ]+/g, " ").replace(/ +/g, " ").trim();
  return k !== "" && synonyms.some((h) => k === h || k.startsWith(`${h} `));
}

/** Every non-empty row of the alias table, valid or not, in sheet order. */
export function aliasRowsAsTyped(grid: Grid): Alias[] {
  const rows = rowSpan(grid);
  const cols = colSpan(grid);
  let layout: { first: number; written: number; target: number } | null = null;
  for (let r = rows.first; r <= Math.min(rows.last, rows.first + 20) && layout === null; r++) {
    let written: number | null = null;
    let target: number | null = null;
    for (let c = cols.first; c <= cols.last; c++) {
      const text = displayText(cellAt(grid, r, c));
      if (written === null && headerLike(text, WRITTEN_HEADERS)) written = c;
      else if (target === null && headerLike(text, TARGET_HEADERS)) target = c;
    }
    if (written !== null && target !== null) layout = { first: r + 1, written, target };
  }
  const { first, written, target } = layout ?? { first: rows.first, written: cols.first, target: cols.first + 1 };
  const out: Alias[] = [];
  for (let r = first; r <= rows.last; r++) {
    const w = cleanText(displayText(cellAt(grid, r, written)));
    const t = cleanText(displayText(cellAt(grid, r, target)));
    if (w !== "" || t !== "") out.push({ written: w, target: t });
  }
  return out;
}

/** The rows with one more alias; a row already written the same way takes the confirmed target. */
export function withAlias(rows: readonly Alias[], alias: Alias): Alias[] {
  const key = identityKey(alias.written);
  let replaced = false;
  const out = rows.map((r) => {
    if (replaced || identityKey(r.written) !== key) return r;
    replaced = true;
    return alias;
  });
  return replaced ? out : [...out, alias];
}

/**
 * Workbook defined names, read from xl/workbook.xml directly rather than through
 * ExcelJS: ExcelJS expands every name into a cell-by-cell matrix while loading,
 * so a name over `$A$1:$XFD$1048576` would take minutes and gigabytes. The
 * caller strips the names from what ExcelJS sees and attaches these instead.
 */
import { parseRange } from "../core/address";
import type { CellRange } from "../core/grid";

export interface WorkbookName {
  readonly name: string;
  readonly sheet: string;
  readonly range: CellRange;
}

function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_m, e: string) => {
    switch (e) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default: {
        const code = e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : "";
      }
    }
  });
}

const DEFINED_NAMES = /<(?:\w+:)?definedNames\b[^>]*>[\s\S]*?<\/(?:\w+:)?definedNames>|<(?:\w+:)?definedNames\b[^>]*\/>/g;

export function stripDefinedNames(workbookXml: string): string {
  return workbookXml.replace(DEFINED_NAMES, "");
}

/** `'Sheet 1'!$A$1:$B$2` → sheet and range; undefined for formulas, several areas or other workbooks. */
export function splitReference(ref: string): { sheet: string; range: CellRange } | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^'!,()[\]]+))!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)$/.exec(ref.trim());
  if (!m || !m[3]) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? "");
  const range = parseRange(m[3]);
  return range ? { sheet, range } : undefined;
}

/** Names pointing to one rectangle on a sheet of this workbook; built-in `_xlnm.` names (print areas) are skipped. */
export function readDefinedNames(workbookXml: string, sheetNames: readonly string[]): WorkbookName[] {
  const out: WorkbookName[] = [];
  const re = /<(?:\w+:)?definedName\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?definedName>/g;
  for (const m of workbookXml.matchAll(re)) {
    const attrs = m[1] ?? "";
    const name = decodeXml(/\bname\s*=\s*"([^"]*)"/.exec(attrs)?.[1] ?? "");
    if (name === "" || name.startsWith("_xlnm.")) continue;
    const target = splitReference(decodeXml(m[2] ?? ""));
    if (!target || !sheetNames.includes(target.sheet)) continue;
    out.push({ name, sheet: target.sheet, range: target.range });
  }
  return out;
}

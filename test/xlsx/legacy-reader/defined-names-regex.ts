/**
 * The ExcelJS-era reader, kept for the differential test only.
 * Workbook defined names, read from xl/workbook.xml directly rather than through
 * ExcelJS: ExcelJS expands every name into a cell-by-cell matrix while loading,
 * so a name over `$A$1:$XFD$1048576` would take minutes and gigabytes. The
 * caller strips the names from what ExcelJS sees and attaches these instead.
 */
import type { CellRange } from "../../../src/core";
import { splitReference } from "../../../src/xlsx/defined-names";

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

/**
 * Start tags named exactly `localName` (any namespace prefix). `[^<>]*` stops at
 * the next `<`, so every attempt ends within its own tag and the scan stays
 * linear; a lazy `[\s\S]*?` up to a closing tag that never comes would be
 * quadratic on 80,000 unclosed look-alikes.
 */
function startTags(localName: string): RegExp {
  return new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${localName}(?=[\\s/>])([^<>]*)>`, "g");
}

/** `sticky` matches only at lastIndex, so a missing closing tag costs nothing instead of a scan to the end. */
function closingTag(localName: string, sticky = false): RegExp {
  return new RegExp(`</(?:[A-Za-z_][\\w.-]*:)?${localName}\\s*>`, sticky ? "y" : "g");
}

export function stripDefinedNames(workbookXml: string): string {
  const open = startTags("definedNames");
  const close = closingTag("definedNames");
  let out = "";
  let from = 0;
  for (let m = open.exec(workbookXml); m; m = open.exec(workbookXml)) {
    const attrs = m[1] ?? "";
    let end = open.lastIndex;
    if (!attrs.endsWith("/")) {
      close.lastIndex = end;
      const c = close.exec(workbookXml);
      // Unclosed: the XML is broken and ExcelJS will say so; no later element can close either.
      if (!c) break;
      end = close.lastIndex;
    }
    out += workbookXml.slice(from, m.index);
    from = end;
    open.lastIndex = end;
  }
  return from === 0 ? workbookXml : out + workbookXml.slice(from);
}

/** Names pointing to one rectangle on a sheet of this workbook; built-in `_xlnm.` names (print areas) are skipped. */
export function readDefinedNames(workbookXml: string, sheetNames: readonly string[]): WorkbookName[] {
  const out: WorkbookName[] = [];
  const open = startTags("definedName");
  const close = closingTag("definedName", true);
  for (let m = open.exec(workbookXml); m; m = open.exec(workbookXml)) {
    const attrs = m[1] ?? "";
    if (attrs.endsWith("/")) continue;
    // A name's reference is text without child elements, so it ends at the next `<`.
    const textEnd = workbookXml.indexOf("<", open.lastIndex);
    if (textEnd < 0) break;
    close.lastIndex = textEnd;
    const c = close.exec(workbookXml);
    if (!c) continue;
    open.lastIndex = close.lastIndex;
    const name = decodeXml(/(?:^|\s)name\s*=\s*"([^"]*)"/.exec(attrs)?.[1] ?? "");
    if (name === "" || name.startsWith("_xlnm.")) continue;
    const target = splitReference(decodeXml(workbookXml.slice(m.index + m[0].length, textEnd)));
    if (!target || !sheetNames.includes(target.sheet)) continue;
    out.push({ name, sheet: target.sheet, range: target.range });
  }
  return out;
}

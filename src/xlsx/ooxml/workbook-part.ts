/**
 * xl/workbook.xml and its relationships: the sheets in tab order with their
 * parts and visibility, the date system, and defined names — read here, so
 * nothing is ever zipped again to hide names from another library.
 */
import type { ReadLimits } from "../limits";
import { corrupt } from "../read-stop";
import type { ZipEntryInfo } from "../zip-directory";
import type { InflateBudget } from "../zip-entry";
import { parseXmlPart } from "./xml-part";
import { decodeXstring } from "./xstring";

export interface SheetEntry {
  readonly name: string;
  readonly relId: string;
  readonly hidden: boolean;
}

export interface WorkbookInfo {
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
  readonly names: ReadonlyArray<{ readonly name: string; readonly formula: string }>;
}

export interface Relationship {
  readonly type: string;
  readonly target: string;
}

/** Names longer than this are not references to one rectangle anyway. */
const MAX_NAME_FORMULA = 1024;

export function readWorkbookPart(b: Uint8Array, entry: ZipEntryInfo, limits: ReadLimits, budget: InflateBudget): WorkbookInfo {
  const sheets: SheetEntry[] = [];
  const names: Array<{ name: string; formula: string }> = [];
  let date1904 = false;
  let nameAttr: string | undefined;
  let formula = "";
  parseXmlPart(b, entry, limits, budget, {
    open(name, attrs, selfClosing) {
      if (name === "sheet") {
        const relId = attrs["r:id"] ?? Object.entries(attrs).find(([k]) => k.endsWith(":id"))?.[1] ?? "";
        const state = attrs["state"];
        // The name is ST_Xstring (decoded as SheetJS and LibreOffice do); a defined name's is too in the
        // schema, but a name holds only letters, digits, `_` and `.`, so `_x0041_` there is a name, kept as written.
        const sheetName = attrs["name"];
        sheets.push({ name: sheetName === undefined ? `Sheet${sheets.length + 1}` : decodeXstring(sheetName), relId, hidden: state === "hidden" || state === "veryHidden" });
      } else if (name === "workbookPr" && attrs["date1904"] !== undefined) {
        // Extensions carry their own `x15:workbookPr` (without the attribute): only the one that says counts.
        const v = attrs["date1904"];
        date1904 = v === "1" || v === "true";
      } else if (name === "definedName" && !selfClosing) {
        nameAttr = attrs["name"];
        formula = "";
      }
    },
    close(name) {
      if (name === "definedName" && nameAttr !== undefined) {
        names.push({ name: nameAttr, formula });
        nameAttr = undefined;
      }
    },
    text(t) {
      if (nameAttr !== undefined && formula.length < MAX_NAME_FORMULA) formula += t;
    },
  });
  return { sheets, date1904, names };
}

export function readRelationships(b: Uint8Array, entry: ZipEntryInfo, limits: ReadLimits, budget: InflateBudget): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  let root = "";
  parseXmlPart(b, entry, limits, budget, {
    open(name, attrs) {
      if (root === "") root = name;
      if (name === "Relationship" && attrs["Id"] !== undefined && attrs["Target"] !== undefined) {
        rels.set(attrs["Id"], { type: attrs["Type"] ?? "", target: attrs["Target"] });
      }
    },
    close() {},
    text() {},
  });
  if (root !== "Relationships") throw corrupt("notRelationships", { part: entry.name });
  return rels;
}

/** A relationship target as a zip part name: relative to xl/, or absolute from the package root. */
export function partName(target: string, base = "xl/"): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = (base + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

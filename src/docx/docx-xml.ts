/**
 * word/document.xml read with a streaming XML parser (saxes): the document's
 * body paragraphs in order, and every table (nested ones too) with its rows,
 * cells, horizontal spans (w:gridSpan) and vertical merges (w:vMerge). Only
 * what a plan needs; formatting, fields and deleted text are skipped.
 * A DOCTYPE is refused outright: Word never writes one, and entity tricks
 * (billion laughs, external entities) start there. Nesting deeper than the
 * workbook reader allows is refused the same way, where it passes the bound;
 * namespaces are resolved in constant time per element (docx-namespaces.ts).
 */
import { SaxesParser } from "saxes";
import { corruptDetail, type CorruptData, type CorruptReason } from "../core";
import type { DocxLimits } from "./docx-limits";
import { NamespaceScope, UnboundPrefixError, type ResolvedTag } from "./docx-namespaces";

const W_NAMESPACES = new Set(["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"]);
const MC_NAMESPACE = "http://schemas.openxmlformats.org/markup-compatibility/2006";

export interface DocxCell {
  readonly text: string;
  /** The first run font named in the cell (w:rFonts): `.VnTime` tells TCVN3 text. */
  readonly font?: string;
  readonly span: number;
  /** "restart" starts a vertical merge, "continue" extends the one above; null for a plain cell. */
  readonly vMerge: "restart" | "continue" | null;
}

export interface DocxRow {
  /** Grid columns skipped before the first cell (w:gridBefore). */
  readonly gridBefore: number;
  readonly cells: readonly DocxCell[];
}

export interface DocxTable {
  /** 1-based, in the order tables start in the document. */
  readonly index: number;
  readonly rows: readonly DocxRow[];
  /** Body paragraphs before the table starts, and where the ones after it begin (indexes into `lines`). */
  readonly linesBefore: number;
  readonly linesAfter: number;
}

export interface DocxLine {
  readonly text: string;
  readonly font?: string;
}

export interface DocxContent {
  /** Body paragraphs (outside every table), in order. */
  readonly lines: readonly DocxLine[];
  readonly tables: readonly DocxTable[];
}

/**
 * Why the document cannot be read; limits name the FILE_LIMIT_EXCEEDED limit, damage its
 * FILE_CORRUPT reason (file-corrupt-reasons.ts), the English detail being the message.
 */
export class DocxReadError extends Error {
  constructor(
    readonly kind: "corrupt" | "limit",
    detail: string,
    readonly limit?: { readonly name: string; readonly actual: number | string; readonly max: number | string; readonly where?: string },
    readonly corrupt?: { readonly reason: CorruptReason; readonly data: CorruptData },
  ) {
    super(detail);
    this.name = "DocxReadError";
  }

  static damaged(reason: CorruptReason, data: CorruptData = {}): DocxReadError {
    return new DocxReadError("corrupt", corruptDetail(reason, data, "en"), undefined, { reason, data });
  }
}

const DOCUMENT_PART = "word/document.xml";

interface CellBuilder {
  parts: string[];
  length: number;
  font?: string;
  span: number;
  vMerge: "restart" | "continue" | null;
}
interface RowBuilder {
  gridBefore: number;
  cells: DocxCell[];
}
interface TableBuilder {
  index: number;
  rows: DocxRow[];
  linesBefore: number;
}
type Context =
  | { readonly kind: "table"; readonly table: TableBuilder }
  | { readonly kind: "row"; readonly row: RowBuilder }
  | { readonly kind: "cell"; readonly cell: CellBuilder }
  | { readonly kind: "p"; parts: string[]; length: number; font?: string };

function attr(tag: ResolvedTag, local: string): string | undefined {
  for (const a of tag.attributes) if (a.local === local && (a.uri === "" || W_NAMESPACES.has(a.uri))) return a.value;
  return undefined;
}

function intAttr(tag: ResolvedTag, local: string, fallback: number): number {
  const v = attr(tag, local);
  const n = v === undefined ? NaN : Number.parseInt(v, 10);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

export function parseDocumentXml(xml: string, limits: DocxLimits): DocxContent {
  const lines: DocxLine[] = [];
  const tables: DocxTable[] = [];
  const stack: Context[] = [];
  let cells = 0;
  /** Inside w:t: its text is the document's. */
  let inText = 0;
  /** Inside w:r: tabs, breaks and hyphens there are text (a w:tab in w:tabs is a tab stop). */
  let inRun = 0;
  /** Inside mc:Fallback: a copy of content already read from mc:Choice. */
  let skip = 0;

  const innermost = <K extends Context["kind"]>(kind: K): Extract<Context, { kind: K }> | undefined => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const c = stack[i] as Context;
      if (c.kind === kind) return c as Extract<Context, { kind: K }>;
      // A paragraph inside a cell belongs to that cell, not to an outer one.
      if (kind !== "p" && c.kind === "table") return undefined;
    }
    return undefined;
  };
  const top = (): Context | undefined => stack[stack.length - 1];
  const tableName = (): string => {
    const t = innermost("table");
    return t === undefined ? "" : `Bảng ${t.table.index}`;
  };
  const addText = (s: string): void => {
    const p = top();
    if (p?.kind !== "p" || s === "") return;
    // Past the cell limit the text is refused when the cell ends; stop gathering it now.
    if (p.length > limits.maxCellText) return;
    p.parts.push(s);
    p.length += s.length;
  };

  const scope = new NamespaceScope();
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on("doctype", () => {
    throw DocxReadError.damaged("doctypeInDocument", { name: DOCUMENT_PART });
  });
  parser.on("error", (e) => {
    throw DocxReadError.damaged("xmlMalformed", { part: DOCUMENT_PART, text: e.message });
  });
  parser.on("text", (t) => {
    if (inText > 0 && skip === 0) addText(t);
  });
  parser.on("opentag", (raw) => {
    if (scope.depth >= limits.maxXmlDepth) throw DocxReadError.damaged("nestedTooDeep", { part: DOCUMENT_PART, max: limits.maxXmlDepth });
    const tag = scope.open(raw.name, raw.attributes);
    if (tag.uri === MC_NAMESPACE && tag.local === "Fallback") skip++;
    if (skip > 0 || !W_NAMESPACES.has(tag.uri)) return;
    switch (tag.local) {
      case "tbl": {
        if (tables.length >= limits.maxTables) throw new DocxReadError("limit", "tables", { name: "tables", actual: `> ${limits.maxTables}`, max: limits.maxTables });
        const table: TableBuilder = { index: tables.length + 1, rows: [], linesBefore: lines.length };
        tables.push({ index: table.index, rows: table.rows, linesBefore: table.linesBefore, linesAfter: lines.length });
        stack.push({ kind: "table", table });
        break;
      }
      case "tr":
        if (top()?.kind === "table") stack.push({ kind: "row", row: { gridBefore: 0, cells: [] } });
        break;
      case "gridBefore": {
        const row = innermost("row");
        if (row) row.row.gridBefore = Math.min(intAttr(tag, "val", 0), limits.maxColumns + 1);
        break;
      }
      case "tc":
        if (top()?.kind === "row") stack.push({ kind: "cell", cell: { parts: [], length: 0, span: 1, vMerge: null } });
        break;
      case "gridSpan": {
        const cell = innermost("cell");
        if (cell) cell.cell.span = Math.max(1, Math.min(intAttr(tag, "val", 1), limits.maxColumns + 1));
        break;
      }
      case "vMerge": {
        const cell = innermost("cell");
        if (cell) cell.cell.vMerge = attr(tag, "val") === "restart" ? "restart" : "continue";
        break;
      }
      case "p":
        stack.push({ kind: "p", parts: [], length: 0 });
        break;
      case "t":
        inText++;
        break;
      case "r":
        inRun++;
        break;
      case "rFonts": {
        const p = innermost("p");
        const font = attr(tag, "ascii") ?? attr(tag, "hAnsi");
        if (p !== undefined && p.font === undefined && font !== undefined) p.font = font;
        break;
      }
      case "tab":
        if (inRun > 0) addText(" ");
        break;
      case "br":
      case "cr":
        if (inRun > 0) addText("\n");
        break;
      case "softHyphen":
        // U+00AD is "ư" in TCVN3 text; Word and LibreOffice write it as this element.
        if (inRun > 0) addText("\u00ad");
        break;
      case "noBreakHyphen":
        if (inRun > 0) addText("-");
        break;
      default:
        break;
    }
  });
  parser.on("closetag", (raw) => {
    const tag = scope.close(raw.name);
    if (tag.uri === MC_NAMESPACE && tag.local === "Fallback") {
      skip--;
      return;
    }
    if (skip > 0 || !W_NAMESPACES.has(tag.uri)) return;
    switch (tag.local) {
      case "t":
        inText = Math.max(0, inText - 1);
        break;
      case "r":
        inRun = Math.max(0, inRun - 1);
        break;
      case "p": {
        const p = top();
        if (p?.kind !== "p") break;
        stack.pop();
        const text = p.parts.join("");
        const under = top();
        if (under?.kind === "p") {
          // A text box's paragraph inside a paragraph: its words join the outer one.
          if (text.trim() !== "") {
            under.parts.push(" ", text);
            under.length += text.length + 1;
          }
        } else if (under?.kind === "cell") {
          under.cell.parts.push(text);
          under.cell.length += text.length + 1;
          // Refused as soon as it is too long: ten thousand paragraphs in one cell are not gathered first.
          if (under.cell.length > limits.maxCellText + 1) {
            throw new DocxReadError("limit", "cellText", { name: "cellText", actual: `> ${limits.maxCellText}`, max: limits.maxCellText, where: tableName() });
          }
          if (under.cell.font === undefined && p.font !== undefined && text.trim() !== "") under.cell.font = p.font;
        } else if (innermost("table") === undefined) {
          const line = text.length > limits.maxCellText ? text.slice(0, limits.maxCellText) : text;
          lines.push(p.font === undefined ? { text: line } : { text: line, font: p.font });
        }
        break;
      }
      case "tc": {
        const c = top();
        if (c?.kind !== "cell") break;
        stack.pop();
        const text = c.cell.parts.join("\n").replace(/[ \t\u00a0]+/g, " ").trim();
        if (text.length > limits.maxCellText) {
          throw new DocxReadError("limit", "cellText", { name: "cellText", actual: `> ${limits.maxCellText}`, max: limits.maxCellText, where: tableName() });
        }
        if (++cells > limits.maxCells) throw new DocxReadError("limit", "cells", { name: "cells", actual: `> ${limits.maxCells}`, max: limits.maxCells });
        const row = top();
        const made: DocxCell = { text, span: c.cell.span, vMerge: c.cell.vMerge };
        if (row?.kind === "row") row.row.cells.push(c.cell.font === undefined ? made : { ...made, font: c.cell.font });
        break;
      }
      case "tr": {
        const r = top();
        if (r?.kind !== "row") break;
        stack.pop();
        const t = top();
        if (t?.kind !== "table") break;
        if (t.table.rows.length >= limits.maxRowsPerTable) {
          throw new DocxReadError("limit", "rows", { name: "rows", actual: `> ${limits.maxRowsPerTable}`, max: limits.maxRowsPerTable, where: `Bảng ${t.table.index}` });
        }
        t.table.rows.push({ gridBefore: r.row.gridBefore, cells: r.row.cells });
        break;
      }
      case "tbl": {
        const t = top();
        if (t?.kind !== "table") break;
        stack.pop();
        const i = t.table.index - 1;
        const made = tables[i];
        if (made) tables[i] = { ...made, linesAfter: lines.length };
        break;
      }
      default:
        break;
    }
  });

  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof DocxReadError) throw e;
    if (e instanceof UnboundPrefixError) throw DocxReadError.damaged("unboundPrefix", { part: DOCUMENT_PART, name: e.prefix.slice(0, 40) });
    throw DocxReadError.damaged("xmlMalformed", { part: DOCUMENT_PART, text: e instanceof Error ? e.message : String(e) });
  }
  return { lines, tables };
}

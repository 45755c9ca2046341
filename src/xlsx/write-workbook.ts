/**
 * A WorkbookSpec rendered as .xlsx bytes with ExcelJS; decides nothing about content.
 *
 * Text stays data: ExcelJS writes a string value as a shared string (`t="s"`),
 * never as a formula, so an organisation named `=HYPERLINK(…)` is shown, not run.
 * Every string passes through xmlSafeText: what we write, our reader (and Excel) must read back.
 * Only SpecCell.formula produces a formula, with its computed result cached so
 * that viewers which do not recalculate still show the number.
 *
 * Charts (SheetSpec.charts): ExcelJS 4 cannot write them, so chart-part.ts adds
 * them as DrawingML parts to the package ExcelJS wrote.
 */
import ExcelJS from "exceljs";
import { rangeToA1, toA1 } from "../core";
import type { CellRange } from "../core";
import type { CellStyle, ConditionalFormatSpec, DataValidationSpec, InputValidationSpec, SheetSpec, SpecCell, SpecValue, WorkbookSpec } from "../core";
import { addChartParts } from "./chart-part";
import { INLINE_LIST_MAX_CHARS, InvalidArgumentError, inlineListFormula } from "../core";
import { xmlSafeText } from "./xml-text";

function argb(hex: string): string {
  const h = hex.replace(/^#/, "").toUpperCase();
  return /^[0-9A-F]{6}$/.test(h) ? `FF${h}` : "FF000000";
}

/** Excel refuses sheet names with []:*?/\, longer than 31 characters or repeated (case-insensitively). */
export function safeSheetName(name: string, taken: Set<string>): string {
  let base = xmlSafeText(name).replace(/[[\]:*?/\\]/g, "-").replace(/^'+|'+$/g, "").trim().slice(0, 31);
  if (base === "" || base.toLowerCase() === "history") base = "Sheet";
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) {
    const suffix = ` (${i})`;
    candidate = base.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.font) {
    const f = style.font;
    const font: Partial<ExcelJS.Font> = {};
    if (f.name !== undefined) font.name = xmlSafeText(f.name);
    if (f.size !== undefined) font.size = f.size;
    if (f.bold !== undefined) font.bold = f.bold;
    if (f.italic !== undefined) font.italic = f.italic;
    if (f.underline !== undefined) font.underline = f.underline;
    if (f.color !== undefined) font.color = { argb: argb(f.color) };
    cell.font = font;
  }
  if (style.fill !== undefined) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.horizontal !== undefined || style.vertical !== undefined || style.wrap !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = {};
    if (style.horizontal !== undefined) alignment.horizontal = style.horizontal;
    if (style.vertical !== undefined) alignment.vertical = style.vertical;
    if (style.wrap !== undefined) alignment.wrapText = style.wrap;
    cell.alignment = alignment;
  }
  if (style.border) {
    const thin: Partial<ExcelJS.Border> = { style: "thin" };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (style.numFmt !== undefined) cell.numFmt = xmlSafeText(style.numFmt);
  if (style.locked !== undefined) cell.protection = { locked: style.locked };
}

function safeValue(v: SpecValue): SpecValue {
  return typeof v === "string" ? xmlSafeText(v) : v;
}

function writeCell(cell: ExcelJS.Cell, spec: SpecCell): void {
  if (spec.formula !== undefined && spec.formula !== "") {
    const formula = xmlSafeText(spec.formula.replace(/^=/, ""));
    const result = safeValue(spec.value);
    cell.value = (result === null ? { formula } : { formula, result }) as ExcelJS.CellFormulaValue;
  } else if (typeof spec.value === "number" && !Number.isFinite(spec.value)) {
    cell.value = null;
  } else {
    // A string goes in as a string, whatever its first character.
    cell.value = safeValue(spec.value);
  }
  if (spec.style) applyStyle(cell, spec.style);
}

function dxf(style: { readonly fill?: string; readonly fontColor?: string; readonly bold?: boolean }): Partial<ExcelJS.Style> {
  const out: { fill?: ExcelJS.Fill; font?: Partial<ExcelJS.Font> } = {};
  if (style.fill !== undefined) out.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(style.fill) } };
  if (style.fontColor !== undefined || style.bold !== undefined) {
    const font: Partial<ExcelJS.Font> = {};
    if (style.fontColor !== undefined) font.color = { argb: argb(style.fontColor) };
    if (style.bold !== undefined) font.bold = style.bold;
    out.font = font;
  }
  return out as Partial<ExcelJS.Style>;
}

function quoteText(text: string): string {
  return `"${xmlSafeText(text).replace(/"/g, '""')}"`;
}

function conditionalRule(cf: ConditionalFormatSpec, priority: number): ExcelJS.ConditionalFormattingRule {
  switch (cf.kind) {
    case "dataBar":
      return {
        type: "dataBar",
        priority,
        cfvo: [cf.min === undefined ? { type: "min" } : { type: "num", value: cf.min }, cf.max === undefined ? { type: "max" } : { type: "num", value: cf.max }],
        color: { argb: argb(cf.color) },
        gradient: false,
      } as unknown as ExcelJS.ConditionalFormattingRule;
    case "cellValue":
      return {
        type: "cellIs",
        priority,
        operator: cf.operator,
        formulae: cf.values.map((v) => xmlSafeText(String(v))),
        style: dxf(cf.style),
      } as unknown as ExcelJS.ConditionalFormattingRule;
    case "textEquals":
      return { type: "cellIs", priority, operator: "equal", formulae: [quoteText(cf.text)], style: dxf(cf.style) } as unknown as ExcelJS.ConditionalFormattingRule;
  }
}

function addValidation(ws: ExcelJS.Worksheet, dv: DataValidationSpec): void {
  const formulae: Array<number | string> = [dv.min];
  if (dv.max !== undefined) formulae.push(typeof dv.max === "string" ? xmlSafeText(dv.max.replace(/^=/, "")) : dv.max);
  const validation: ExcelJS.DataValidation = {
    type: "whole",
    operator: dv.max === undefined ? "greaterThanOrEqual" : "between",
    allowBlank: true,
    formulae,
    showErrorMessage: true,
    errorStyle: "stop",
    ...(dv.errorTitle === undefined ? {} : { errorTitle: xmlSafeText(dv.errorTitle) }),
    ...(dv.errorMessage === undefined ? {} : { error: xmlSafeText(dv.errorMessage) }),
    ...(dv.prompt === undefined ? {} : { showInputMessage: true, prompt: xmlSafeText(dv.prompt) }),
  };
  // ExcelJS keys validations per cell and merges equal neighbours back into ranges on write.
  // A relative max formula (`C8`) must follow each row, as Excel would do for the range.
  const topLeft = { row: dv.range.top, col: dv.range.left };
  for (let r = dv.range.top; r <= dv.range.bottom; r++) {
    for (let c = dv.range.left; c <= dv.range.right; c++) {
      const shifted = formulae.map((f) => (typeof f === "string" ? shiftFormula(f, r - topLeft.row, c - topLeft.col) : f));
      ws.getCell(r + 1, c + 1).dataValidation = { ...validation, formulae: shifted };
    }
  }
}

/** Items in same-sheet cells, or inline items (`"a,b"`); an inline list Excel would refuse is a programmer error. */
function listFormula(dv: Extract<InputValidationSpec, { kind: "list" }>): string {
  if (dv.values === undefined) return absoluteRange(null, dv.source);
  const inline = inlineListFormula(dv.values);
  if (inline === null) throw new InvalidArgumentError(`An inline list must be at most ${INLINE_LIST_MAX_CHARS} characters with no comma or quote: ${dv.values.join(",")}`);
  return xmlSafeText(inline);
}

/** A list or date validation over a whole range (its formulas are absolute, so one rule serves every cell). */
function addInputValidation(ws: ExcelJS.Worksheet, dv: InputValidationSpec): void {
  const messages = {
    showErrorMessage: true,
    errorStyle: "stop" as const,
    ...(dv.errorTitle === undefined ? {} : { errorTitle: xmlSafeText(dv.errorTitle) }),
    ...(dv.errorMessage === undefined ? {} : { error: xmlSafeText(dv.errorMessage) }),
    ...(dv.prompt === undefined ? {} : { showInputMessage: true, prompt: xmlSafeText(dv.prompt) }),
  };
  const validation: ExcelJS.DataValidation =
    dv.kind === "list"
      ? { type: "list", allowBlank: true, formulae: [listFormula(dv)], ...messages }
      : { type: "date", operator: "between", allowBlank: true, formulae: [new Date(`${dv.min}T00:00:00Z`), new Date(`${dv.max}T00:00:00Z`)], ...messages };
  (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(rangeToA1(dv.range), validation);
}

/** Moves relative references (`C8`, not `$C$8`) by the offset, as Excel does when a validation covers a range. */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  return formula.replace(/("[^"]*")|(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g, (m, str: string | undefined, colAbs: string, col: string, rowAbs: string, row: string) => {
    if (str !== undefined) return m;
    let c = 0;
    for (const ch of col) c = c * 26 + (ch.charCodeAt(0) - 64);
    const newCol = colAbs === "$" ? c - 1 : c - 1 + dCol;
    const newRow = rowAbs === "$" ? Number(row) - 1 : Number(row) - 1 + dRow;
    if (newCol < 0 || newRow < 0) return m;
    const a1 = toA1(newRow, newCol);
    const letters = /^[A-Z]+/.exec(a1)?.[0] ?? "";
    return `${colAbs}${letters}${rowAbs}${newRow + 1}`;
  });
}

function absoluteRange(sheet: string | null, r: CellRange): string {
  const abs = rangeToA1(r)
    .split(":")
    .map((a) => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
  return sheet === null ? abs : `'${sheet.replace(/'/g, "''")}'!${abs}`;
}

async function renderSheet(wb: ExcelJS.Workbook, spec: SheetSpec, name: string): Promise<void> {
  const ws = wb.addWorksheet(name, spec.tabColor === undefined ? {} : { properties: { tabColor: { argb: argb(spec.tabColor) } } });
  spec.columns?.forEach((col, i) => {
    const c = ws.getColumn(i + 1);
    c.width = col.width;
    if (col.hidden) c.hidden = true;
  });
  spec.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell) writeCell(ws.getCell(r + 1, c + 1), cell);
    });
  });
  for (const [row, height] of Object.entries(spec.rowHeights ?? {})) ws.getRow(Number(row) + 1).height = height;
  for (const m of spec.merges ?? []) {
    if (m.top !== m.bottom || m.left !== m.right) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  (spec.conditionalFormats ?? []).forEach((cf, i) => {
    ws.addConditionalFormatting({ ref: rangeToA1(cf.range), rules: [conditionalRule(cf, i + 1)] });
  });
  for (const dv of spec.dataValidations ?? []) addValidation(ws, dv);
  for (const dv of spec.inputValidations ?? []) addInputValidation(ws, dv);
  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.columns > 0)) {
    ws.views = [
      {
        state: "frozen",
        xSplit: spec.freeze.columns,
        ySplit: spec.freeze.rows,
        topLeftCell: toA1(spec.freeze.rows, spec.freeze.columns),
      },
    ];
  }
  if (spec.print) {
    const p = spec.print;
    const setup: Partial<ExcelJS.PageSetup> = {
      paperSize: 9, // A4
      orientation: p.orientation,
      ...(p.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
      ...(p.repeatRows ? { printTitlesRow: `${p.repeatRows.first + 1}:${p.repeatRows.last + 1}` } : {}),
      ...(p.centerHorizontally ? { horizontalCentered: true } : {}),
      ...(p.margins ? { margins: { ...p.margins, header: 0.3, footer: 0.3 } } : {}),
    };
    ws.pageSetup = { ...ws.pageSetup, ...setup };
  }
  for (const [definedName, range] of Object.entries(spec.definedNames ?? {})) {
    wb.definedNames.add(absoluteRange(name, range), xmlSafeText(definedName));
  }
  if (spec.protect) {
    // No password: the point is to stop accidental edits of labels and formulas, not to lock anyone out.
    await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  }
}

export async function writeWorkbook(spec: WorkbookSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  if (spec.properties?.title !== undefined) wb.title = xmlSafeText(spec.properties.title);
  wb.creator = xmlSafeText(spec.properties?.creator ?? "PTĐV");
  wb.created = new Date();
  const taken = new Set<string>();
  const written: Array<{ name: string; spec: SheetSpec }> = [];
  for (const sheet of spec.sheets) {
    const name = safeSheetName(sheet.name, taken);
    await renderSheet(wb, sheet, name);
    written.push({ name, spec: sheet });
  }
  const buffer = await wb.xlsx.writeBuffer();
  return addChartParts(buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer), written);
}

/**
 * Renders one SheetSpec onto a fresh worksheet, queueing commands only (no
 * sync). The cells come as write items (see request-rounds.ts), so that a big
 * sheet is sent in rows under Excel on the web's 5 MB request limit; the rest
 * (styles, sizes, merges, validation, print setup, protection) comes after
 * them from formattingWrites. A small sheet is still one sync for everything.
 */
import type { CellRange } from "../core";
import type { CellStyle, ChartSpec, ConditionalFormatSpec, DataValidationSpec, InputValidationSpec, PrintSpec, SheetSpec } from "../core";
import { inlineListFormula, rangeToA1 } from "../core";
import type { LocalizedText } from "../core";
import type { ExcelFeatures } from "./capabilities";
import { COMMAND_BYTES, jsonBytes, PAYLOAD_BUDGET_BYTES } from "./payload-limit";
import { groupStyles } from "./style-groups";
import { listItem, rowsItem, type RoundItem } from "./request-rounds";
import type { RangeLike, WorksheetLike } from "./office-types";

/** Number format that makes Excel keep whatever is written as text (no formula, no number parsing). */
export const TEXT_FORMAT = "@";

export const FEATURE_NOTES = {
  dataValidation: {
    vi: "Chưa đặt ràng buộc dữ liệu nhập vì Excel này chưa hỗ trợ (ExcelApi 1.8).",
    en: "Data validation was skipped: this Excel lacks ExcelApi 1.8.",
  },
  pageLayout: {
    vi: "Chưa đặt trang in (A4, tiêu đề lặp lại) vì Excel này chưa hỗ trợ (ExcelApi 1.9).",
    en: "Page setup was skipped: this Excel lacks ExcelApi 1.9.",
  },
} as const satisfies Record<string, LocalizedText>;

function rangeOf(ws: WorksheetLike, r: CellRange): RangeLike {
  return ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
}

/** Excel character units to the points Office.js expects (Calibri 11: 7 px per character plus 5 px padding). */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * The values and number formats of the whole sheet as two matrices, written in
 * one assignment each. Every string cell gets the text format first, so `=1+1`,
 * `+84…`, `09` or `TRUE` written as text stay exactly that text.
 */
export function cellMatrices(spec: SheetSpec): { values: Array<Array<string | number | boolean>>; formats: string[][]; width: number } {
  const width = spec.rows.reduce((w, row) => Math.max(w, row.length), 0);
  const values: Array<Array<string | number | boolean>> = [];
  const formats: string[][] = [];
  for (const row of spec.rows) {
    const vRow: Array<string | number | boolean> = [];
    const fRow: string[] = [];
    for (let c = 0; c < width; c++) {
      const cell = row[c] ?? null;
      const numFmt = cell?.style?.numFmt ?? "General";
      if (cell === null || cell.value === null) {
        vRow.push("");
        fRow.push(numFmt);
      } else if (typeof cell.value === "string" && cell.formula === undefined) {
        vRow.push(cell.value);
        fRow.push(TEXT_FORMAT);
      } else {
        vRow.push(cell.value);
        fRow.push(numFmt);
      }
    }
    values.push(vRow);
    formats.push(fRow);
  }
  return { values, formats, width };
}

function applyStyle(range: RangeLike, style: CellStyle, rows: number, cols: number): void {
  const format = range.format;
  const font = style.font;
  if (font) {
    if (font.name !== undefined) format.font.name = font.name;
    if (font.size !== undefined) format.font.size = font.size;
    if (font.bold !== undefined) format.font.bold = font.bold;
    if (font.italic !== undefined) format.font.italic = font.italic;
    if (font.underline !== undefined) format.font.underline = font.underline ? "Single" : "None";
    if (font.color !== undefined) format.font.color = font.color;
  }
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.horizontal !== undefined) format.horizontalAlignment = style.horizontal === "left" ? "Left" : style.horizontal === "center" ? "Center" : "Right";
  if (style.vertical !== undefined) format.verticalAlignment = style.vertical === "top" ? "Top" : style.vertical === "middle" ? "Center" : "Bottom";
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.border) {
    const edges: Array<Parameters<Excel.RangeBorderCollection["getItem"]>[0]> = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    if (rows > 1) edges.push("InsideHorizontal");
    if (cols > 1) edges.push("InsideVertical");
    for (const edge of edges) format.borders.getItem(edge).style = "Continuous";
  }
  if (style.locked !== undefined) format.protection.locked = style.locked;
}

function addConditionalFormat(ws: WorksheetLike, cf: ConditionalFormatSpec): void {
  const range = rangeOf(ws, cf.range);
  if (cf.kind === "dataBar") {
    const bar = range.conditionalFormats.add("DataBar").dataBar;
    bar.positiveFormat.fillColor = cf.color;
    if (cf.min !== undefined) bar.lowerBoundRule = { type: "Number", formula: String(cf.min) };
    if (cf.max !== undefined) bar.upperBoundRule = { type: "Number", formula: String(cf.max) };
    return;
  }
  const cellValue = range.conditionalFormats.add("CellValue").cellValue;
  if (cf.style.fill !== undefined) cellValue.format.fill.color = cf.style.fill;
  if (cf.style.fontColor !== undefined) cellValue.format.font.color = cf.style.fontColor;
  if (cf.style.bold !== undefined) cellValue.format.font.bold = cf.style.bold;
  if (cf.kind === "textEquals") {
    cellValue.rule = { formula1: `="${cf.text.replace(/"/g, '""')}"`, operator: "EqualTo" };
    return;
  }
  const operator = { lessThan: "LessThan", greaterThanOrEqual: "GreaterThanOrEqual", between: "Between", equal: "EqualTo" } as const;
  const [a, b] = cf.values;
  cellValue.rule = { formula1: String(a ?? 0), ...(b !== undefined ? { formula2: String(b) } : {}), operator: operator[cf.operator] };
}

function addDataValidation(ws: WorksheetLike, dv: DataValidationSpec): void {
  const validation = rangeOf(ws, dv.range).dataValidation;
  const max = dv.max === undefined ? undefined : typeof dv.max === "number" ? dv.max : `=${dv.max}`;
  validation.rule = {
    wholeNumber: max === undefined ? { formula1: dv.min, operator: "GreaterThanOrEqualTo" } : { formula1: dv.min, formula2: max, operator: "Between" },
  };
  if (dv.errorMessage !== undefined || dv.errorTitle !== undefined) {
    validation.errorAlert = { showAlert: true, style: "Stop", title: dv.errorTitle ?? "", message: dv.errorMessage ?? "" };
  }
  if (dv.prompt !== undefined) validation.prompt = { showPrompt: true, title: "", message: dv.prompt };
}

/** List (inline items or same-sheet cells) and date validations; an inline list Excel would refuse is skipped. */
function addInputValidation(ws: WorksheetLike, dv: InputValidationSpec): void {
  let rule: Excel.DataValidationRule;
  if (dv.kind === "date") {
    rule = { date: { formula1: dv.min, formula2: dv.max, operator: "Between" } };
  } else {
    const source = dv.values === undefined ? `=${rangeToA1(dv.source).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}` : inlineListFormula(dv.values)?.slice(1, -1);
    if (source === undefined) return;
    rule = { list: { inCellDropDown: true, source } };
  }
  const validation = rangeOf(ws, dv.range).dataValidation;
  validation.rule = rule;
  if (dv.errorMessage !== undefined || dv.errorTitle !== undefined) {
    validation.errorAlert = { showAlert: true, style: "Stop", title: dv.errorTitle ?? "", message: dv.errorMessage ?? "" };
  }
  if (dv.prompt !== undefined) validation.prompt = { showPrompt: true, title: "", message: dv.prompt };
}

function applyPrint(ws: WorksheetLike, print: PrintSpec): void {
  const layout = ws.pageLayout;
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.repeatRows) layout.setPrintTitleRows(`$${print.repeatRows.first + 1}:$${print.repeatRows.last + 1}`);
  if (print.margins) {
    // The spec's margins are inches (as in .xlsx files); Office.js wants points.
    layout.leftMargin = print.margins.left * 72;
    layout.rightMargin = print.margins.right * 72;
    layout.topMargin = print.margins.top * 72;
    layout.bottomMargin = print.margins.bottom * 72;
  }
  if (print.centerHorizontally !== undefined) layout.centerHorizontally = print.centerHorizontally;
}

function addChart(ws: WorksheetLike, chart: ChartSpec): void {
  const [first, ...rest] = chart.series;
  if (!first) return;
  const added = ws.charts.add("BarClustered", rangeOf(ws, first.values), "Columns");
  added.title.text = chart.title;
  const categories = rangeOf(ws, chart.categories);
  const s0 = added.series.getItemAt(0);
  s0.name = first.name;
  s0.setXAxisValues(categories);
  for (const s of rest) {
    const series = added.series.add(s.name);
    series.setValues(rangeOf(ws, s.values));
    series.setXAxisValues(categories);
  }
  const a = chart.anchor;
  added.setPosition(rangeOf(ws, { top: a.top, left: a.left, bottom: a.top, right: a.left }), rangeOf(ws, { top: a.bottom, left: a.right, bottom: a.bottom, right: a.right }));
}

/** Rows split greedily into runs whose estimated bytes stay under the budget (a row bigger than that goes alone). */
export function rowChunks(rowBytes: readonly number[], budget: number): Array<{ first: number; count: number }> {
  const out: Array<{ first: number; count: number }> = [];
  let first = 0;
  let size = 0;
  rowBytes.forEach((bytes, r) => {
    if (r > first && size + bytes > budget) {
      out.push({ first, count: r - first });
      first = r;
      size = 0;
    }
    size += bytes;
  });
  if (rowBytes.length > first) out.push({ first, count: rowBytes.length - first });
  return out;
}

/**
 * The sheet's cells as write items: number formats then values, in runs of
 * rows each estimated under the budget, then the formula cells. Formats go
 * first so that the text format is in place before the strings arrive.
 */
export function cellWrites(ws: WorksheetLike, spec: SheetSpec, budget: number = PAYLOAD_BUDGET_BYTES): RoundItem[] {
  const { values, formats, width } = cellMatrices(spec);
  if (values.length === 0 || width === 0) return [];
  const rowBytes = values.map((row, r) => jsonBytes(row) + jsonBytes(formats[r]) + 2);
  const queueRows = (first: number, count: number): void => {
    const range = ws.getRangeByIndexes(first, 0, count, width);
    range.numberFormat = formats.slice(first, first + count);
    range.values = values.slice(first, first + count);
  };
  const items = rowChunks(rowBytes, budget - 2 * COMMAND_BYTES).map(({ first, count }) => rowsItem(first, count, rowBytes, 2 * COMMAND_BYTES, queueRows));
  const formulas = spec.rows.flatMap((row, r) => row.flatMap((cell, c) => (cell?.formula === undefined ? [] : [{ r, c, formula: `=${cell.formula}` }])));
  if (formulas.length > 0) {
    items.push(
      listItem(formulas, (f) => COMMAND_BYTES + jsonBytes(f.formula), (some) => {
        for (const f of some) ws.getRangeByIndexes(f.r, f.c, 1, 1).formulas = [[f.formula]];
      }),
    );
  }
  return items;
}

/** Rows given a height, consecutive rows of the same height joined: one command sets a run. */
export function rowHeightRuns(heights: Readonly<Record<number, number>>): Array<{ first: number; count: number; height: number }> {
  const rows = Object.keys(heights)
    .map(Number)
    .filter((r) => Number.isInteger(r) && r >= 0)
    .sort((a, b) => a - b);
  const out: Array<{ first: number; count: number; height: number }> = [];
  for (const r of rows) {
    const height = heights[r];
    if (height === undefined) continue;
    const last = out[out.length - 1];
    if (last && last.height === height && last.first + last.count === r) last.count++;
    else out.push({ first: r, count: 1, height });
  }
  return out;
}

/** Commands one styled rectangle costs: its range, each property set, and the border edges. */
function styleCommands(style: CellStyle): number {
  return 2 + Object.keys(style).length + Object.keys(style.font ?? {}).length + (style.border ? 6 : 0);
}

/**
 * Everything but the cells (see cellWrites) as write items, in this order:
 * styles, column widths, row heights (each split as the 5 MB limit needs,
 * since they grow with the sheet), then the rest in one item with protection
 * last. Notes about features this Excel lacks go to `notes`.
 */
export function formattingWrites(ws: WorksheetLike, spec: SheetSpec, features: ExcelFeatures, notes: LocalizedText[]): RoundItem[] {
  const items: RoundItem[] = [];
  const styled = groupStyles(spec.rows).flatMap((group) => group.ranges.map((range) => ({ style: group.style, range })));
  if (styled.length > 0) {
    items.push(
      listItem(
        styled,
        ({ style }) => styleCommands(style) * COMMAND_BYTES,
        (some) => {
          for (const { style, range: r } of some) applyStyle(rangeOf(ws, r), style, r.bottom - r.top + 1, r.right - r.left + 1);
        },
      ),
    );
  }
  const columns = (spec.columns ?? []).map((col, c) => ({ col, c }));
  if (columns.length > 0) {
    items.push(
      listItem(
        columns,
        () => 4 * COMMAND_BYTES,
        (some) => {
          for (const { col, c } of some) {
            const column = ws.getRangeByIndexes(0, c, 1, 1).getEntireColumn();
            column.format.columnWidth = columnWidthPoints(col.width);
            if (col.hidden) column.columnHidden = true;
          }
        },
      ),
    );
  }
  const heights = rowHeightRuns(spec.rowHeights ?? {});
  if (heights.length > 0) {
    items.push(
      listItem(
        heights,
        () => 4 * COMMAND_BYTES,
        (some) => {
          for (const h of some) ws.getRangeByIndexes(h.first, 0, h.count, 1).getEntireRow().format.rowHeight = h.height;
        },
      ),
    );
  }
  if ((spec.dataValidations?.length ?? 0) + (spec.inputValidations?.length ?? 0) > 0 && !features.dataValidation) notes.push(FEATURE_NOTES.dataValidation);
  if (spec.print && !features.pageLayout) notes.push(FEATURE_NOTES.pageLayout);
  items.push({ bytes: restBytes(spec), queue: () => queueRest(ws, spec, features) });
  return items;
}

function restBytes(spec: SheetSpec): number {
  const commands =
    2 * (spec.merges?.length ?? 0) +
    8 * (spec.conditionalFormats?.length ?? 0) +
    6 * ((spec.dataValidations?.length ?? 0) + (spec.inputValidations?.length ?? 0)) +
    16 * (spec.charts?.length ?? 0) +
    2 * Object.keys(spec.definedNames ?? {}).length +
    20;
  return commands * COMMAND_BYTES;
}

/** Merges, conditional formats, validation, panes, print setup, charts, names; protection last, so all of it lands on an unprotected sheet. */
function queueRest(ws: WorksheetLike, spec: SheetSpec, features: ExcelFeatures): void {
  for (const m of spec.merges ?? []) rangeOf(ws, m).merge(false);
  for (const cf of spec.conditionalFormats ?? []) addConditionalFormat(ws, cf);
  if (features.dataValidation) {
    for (const dv of spec.dataValidations ?? []) addDataValidation(ws, dv);
    for (const dv of spec.inputValidations ?? []) addInputValidation(ws, dv);
  }
  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.columns > 0)) {
    const { rows, columns } = spec.freeze;
    if (columns === 0) ws.freezePanes.freezeRows(rows);
    else if (rows === 0) ws.freezePanes.freezeColumns(columns);
    else ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, rows, columns));
  }
  if (spec.print && features.pageLayout) applyPrint(ws, spec.print);
  for (const chart of spec.charts ?? []) addChart(ws, chart);
  if (spec.tabColor !== undefined) ws.tabColor = spec.tabColor;
  for (const [name, r] of Object.entries(spec.definedNames ?? {})) ws.names.add(name, rangeOf(ws, r));
  if (spec.protect) ws.protection.protect();
}

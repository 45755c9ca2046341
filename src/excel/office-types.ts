/**
 * The part of Excel's JavaScript API the adapter uses, and nothing more, as
 * narrow structural types derived from @types/office-js. The adapter takes
 * these instead of Excel.RequestContext, so that
 * - a real Excel.RequestContext satisfies them with no cast (officeRuntimeEnv
 *   hands Excel.run's context straight to the adapter: the compiler proves it);
 * - the fake Excel in test/excel implements them member for member, with no cast.
 *
 * Each member keeps Microsoft's own declaration (`Members` is a homomorphic
 * mapped type, like Pick), so its type, its documentation and its
 * `[Api set: ExcelApi 1.x]` tag cannot drift from @types/office-js; only what a
 * navigation property or method returns is narrowed to another type of this
 * module. test/excel/requirement-sets.test.ts reads those tags through these types.
 *
 * `load` is overloaded in Office.js (options object, names, select/expand); it
 * is typed here by the one overload the adapter calls: a comma-separated string
 * of property names. Methods that take a range (freezeAt, setPosition, names.add…)
 * are declared with method syntax: Office.js wants its own Range there, and the
 * adapter only ever passes back a range the same context made.
 */

// Interfaces that only extend: as interfaces (not type aliases) they may refer to one another, and errors name them.
/* eslint-disable @typescript-eslint/no-empty-object-type */

/** Office.js's members K of T; `O` replaces what some of them return by the narrower types below. */
type Members<T, K extends keyof T, O extends { [P in K]?: unknown } = Record<never, never>> = { [P in K]: P extends keyof O ? O[P] : T[P] };

/** A method with the parameters Office.js declares (its last, string-literal overload) and a narrower result. */
type Returning<F, R> = F extends (...args: infer A) => unknown ? (...args: A) => R : never;

// ---------------------------------------------------------------- context and workbook

export interface ExcelContextLike
  extends Members<
    Excel.RequestContext,
    "workbook" | "sync",
    {
      workbook: WorkbookLike;
      // sync<T>(passThroughValue?: T) is only ever called bare here.
      sync(): Promise<void>;
    }
  > {}

export interface WorkbookLike extends Members<Excel.Workbook, "worksheets" | "settings", { worksheets: WorksheetCollectionLike; settings: SettingCollectionLike }> {}

export interface SettingLike extends Members<Excel.Setting, "key" | "value" | "isNullObject" | "load", { load(propertyNames: string): SettingLike }> {}

export interface SettingCollectionLike
  extends Members<
    Excel.SettingCollection,
    "items" | "add" | "getItemOrNullObject" | "load",
    {
      items: SettingLike[];
      // The adapter ignores what add returns.
      add(key: string, value: string): void;
      getItemOrNullObject: Returning<Excel.SettingCollection["getItemOrNullObject"], SettingLike>;
      load(propertyNames: string): SettingCollectionLike;
    }
  > {}

export interface WorksheetCollectionLike
  extends Members<
    Excel.WorksheetCollection,
    "items" | "load" | "getItem" | "getItemOrNullObject" | "getActiveWorksheet" | "add",
    {
      items: WorksheetLike[];
      load(propertyNames: string): WorksheetCollectionLike;
      getItem: Returning<Excel.WorksheetCollection["getItem"], WorksheetLike>;
      getItemOrNullObject: Returning<Excel.WorksheetCollection["getItemOrNullObject"], WorksheetLike>;
      getActiveWorksheet: Returning<Excel.WorksheetCollection["getActiveWorksheet"], WorksheetLike>;
      add: Returning<Excel.WorksheetCollection["add"], WorksheetLike>;
    }
  > {}

// ---------------------------------------------------------------- worksheets

export interface WorksheetLike
  extends Members<
    Excel.Worksheet,
    | "name"
    | "id"
    | "visibility"
    | "tabColor"
    | "isNullObject"
    | "load"
    | "delete"
    | "activate"
    | "getRange"
    | "getRangeByIndexes"
    | "getUsedRangeOrNullObject"
    | "names"
    | "freezePanes"
    | "protection"
    | "pageLayout"
    | "charts",
    {
      load(propertyNames: string): WorksheetLike;
      getRange: Returning<Excel.Worksheet["getRange"], RangeLike>;
      getRangeByIndexes: Returning<Excel.Worksheet["getRangeByIndexes"], RangeLike>;
      getUsedRangeOrNullObject: Returning<Excel.Worksheet["getUsedRangeOrNullObject"], RangeLike>;
      names: NamedItemCollectionLike;
      freezePanes: FreezePanesLike;
      protection: WorksheetProtectionLike;
      pageLayout: PageLayoutLike;
      charts: ChartCollectionLike;
    }
  > {}

export interface FreezePanesLike extends Members<Excel.WorksheetFreezePanes, "freezeRows" | "freezeColumns" | "freezeAt" | "unfreeze", { freezeAt(frozenRange: RangeLike | string): void }> {}

export interface WorksheetProtectionLike extends Members<Excel.WorksheetProtection, "protect" | "unprotect"> {}

export interface PageLayoutLike
  extends Members<
    Excel.PageLayout,
    "orientation" | "paperSize" | "zoom" | "setPrintTitleRows" | "leftMargin" | "rightMargin" | "topMargin" | "bottomMargin" | "centerHorizontally",
    { setPrintTitleRows(rows: RangeLike | string): void }
  > {}

export interface NamedItemLike extends Members<Excel.NamedItem, "name" | "delete"> {}

export interface NamedItemCollectionLike
  extends Members<
    Excel.NamedItemCollection,
    "items" | "add" | "load",
    {
      items: NamedItemLike[];
      // The adapter ignores the NamedItem that add returns.
      add(name: string, reference: RangeLike | string, comment?: string): void;
      load(propertyNames: string): NamedItemCollectionLike;
    }
  > {}

// ---------------------------------------------------------------- charts

export interface ChartTitleLike extends Members<Excel.ChartTitle, "text"> {}

export interface ChartSeriesLike extends Members<Excel.ChartSeries, "name" | "setValues" | "setXAxisValues", { setValues(sourceData: RangeLike): void; setXAxisValues(sourceData: RangeLike): void }> {}

export interface ChartSeriesCollectionLike
  extends Members<
    Excel.ChartSeriesCollection,
    "getItemAt" | "add",
    { getItemAt: Returning<Excel.ChartSeriesCollection["getItemAt"], ChartSeriesLike>; add: Returning<Excel.ChartSeriesCollection["add"], ChartSeriesLike> }
  > {}

export interface ChartLike
  extends Members<
    Excel.Chart,
    "title" | "series" | "setPosition" | "delete",
    { title: ChartTitleLike; series: ChartSeriesCollectionLike; setPosition(startCell: RangeLike | string, endCell?: RangeLike | string): void }
  > {}

export interface ChartCollectionLike
  extends Members<
    Excel.ChartCollection,
    "items" | "add" | "load",
    {
      /** Charts already on a sheet are only ever deleted. */
      items: Array<Members<Excel.Chart, "delete">>;
      add(type: Parameters<Excel.ChartCollection["add"]>[0], sourceData: RangeLike, seriesBy?: Parameters<Excel.ChartCollection["add"]>[2]): ChartLike;
      load(propertyNames: string): ChartCollectionLike;
    }
  > {}

// ---------------------------------------------------------------- ranges

export interface RangeFontLike
  extends Members<
    Excel.RangeFont,
    "name" | "size" | "bold" | "italic" | "underline" | "color" | "load",
    {
      /** Office.js answers null for a range of mixed fonts, which @types/office-js does not say. */
      name: string | null;
      load(propertyNames: string): RangeFontLike;
    }
  > {}

export interface RangeBorderLike extends Members<Excel.RangeBorder, "style"> {}

export interface RangeFormatLike
  extends Members<
    Excel.RangeFormat,
    "font" | "fill" | "borders" | "protection" | "horizontalAlignment" | "verticalAlignment" | "wrapText" | "columnWidth" | "rowHeight" | "useStandardWidth" | "useStandardHeight",
    {
      font: RangeFontLike;
      fill: Members<Excel.RangeFill, "color">;
      borders: Members<Excel.RangeBorderCollection, "getItem", { getItem: Returning<Excel.RangeBorderCollection["getItem"], RangeBorderLike> }>;
      protection: Members<Excel.FormatProtection, "locked">;
    }
  > {}

export interface DataValidationLike extends Members<Excel.DataValidation, "rule" | "errorAlert" | "prompt" | "clear"> {}

export interface RangeAreasLike extends Members<Excel.RangeAreas, "address" | "isNullObject" | "load", { load(propertyNames: string): RangeAreasLike }> {}

export interface RangeLike
  extends Members<
    Excel.Range,
    | "rowIndex"
    | "columnIndex"
    | "rowCount"
    | "columnCount"
    | "values"
    | "text"
    | "numberFormat"
    | "formulas"
    | "columnHidden"
    | "rowHidden"
    | "isNullObject"
    | "load"
    | "clear"
    | "unmerge"
    | "merge"
    | "select"
    | "getEntireColumn"
    | "getEntireRow"
    | "getColumn"
    | "getMergedAreasOrNullObject"
    | "format"
    | "conditionalFormats"
    | "dataValidation",
    {
      load(propertyNames: string): RangeLike;
      getEntireColumn: Returning<Excel.Range["getEntireColumn"], RangeLike>;
      getEntireRow: Returning<Excel.Range["getEntireRow"], RangeLike>;
      getColumn: Returning<Excel.Range["getColumn"], RangeLike>;
      getMergedAreasOrNullObject: Returning<Excel.Range["getMergedAreasOrNullObject"], RangeAreasLike>;
      format: RangeFormatLike;
      conditionalFormats: ConditionalFormatCollectionLike;
      dataValidation: DataValidationLike;
    }
  > {}

// ---------------------------------------------------------------- conditional formats

export interface ConditionalRangeFormatLike
  extends Members<
    Excel.ConditionalRangeFormat,
    "fill" | "font",
    { fill: Members<Excel.ConditionalRangeFill, "color">; font: Members<Excel.ConditionalRangeFont, "color" | "bold"> }
  > {}

export interface ConditionalFormatRuleLike extends Members<Excel.ConditionalFormatRule, "formula" | "load", { load(propertyNames: string): ConditionalFormatRuleLike }> {}

export interface CustomConditionalFormatLike extends Members<Excel.CustomConditionalFormat, "rule" | "format", { rule: ConditionalFormatRuleLike; format: ConditionalRangeFormatLike }> {}

export interface CellValueConditionalFormatLike extends Members<Excel.CellValueConditionalFormat, "rule" | "format", { format: ConditionalRangeFormatLike }> {}

export interface DataBarConditionalFormatLike
  extends Members<
    Excel.DataBarConditionalFormat,
    "positiveFormat" | "lowerBoundRule" | "upperBoundRule",
    { positiveFormat: Members<Excel.ConditionalDataBarPositiveFormat, "fillColor"> }
  > {}

export interface ConditionalFormatLike
  extends Members<
    Excel.ConditionalFormat,
    "type" | "priority" | "delete" | "custom" | "cellValue" | "dataBar",
    { custom: CustomConditionalFormatLike; cellValue: CellValueConditionalFormatLike; dataBar: DataBarConditionalFormatLike }
  > {}

export interface ConditionalFormatCollectionLike
  extends Members<
    Excel.ConditionalFormatCollection,
    "items" | "add" | "clearAll" | "load",
    {
      items: ConditionalFormatLike[];
      add: Returning<Excel.ConditionalFormatCollection["add"], ConditionalFormatLike>;
      load(propertyNames: string): ConditionalFormatCollectionLike;
    }
  > {}

/**
 * Declarative description of sheets the engine wants written. Hosts (ExcelJS,
 * Office.js, the HTML preview) only translate this; none of them decides content.
 */
import type { CellRange } from "./grid";

export interface FontSpec {
  readonly name?: string;
  readonly size?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** `#RRGGBB`. */
  readonly color?: string;
}

export interface CellStyle {
  readonly font?: FontSpec;
  /** Solid fill, `#RRGGBB`. */
  readonly fill?: string;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "middle" | "bottom";
  readonly wrap?: boolean;
  /** Thin border on all four sides. */
  readonly border?: boolean;
  readonly numFmt?: string;
  /** Unlocked cells stay editable when the sheet is protected. */
  readonly locked?: boolean;
}

export type SpecValue = string | number | boolean | null;

export interface SpecCell {
  /**
   * The value; for a formula cell, its computed result so that a viewer that does
   * not recalculate still shows the right number. A string is always written as
   * text, even when it starts with `=`.
   */
  readonly value: SpecValue;
  /** A1-style formula without the leading `=`. */
  readonly formula?: string;
  readonly style?: CellStyle;
}

export interface ColumnSpec {
  /** Width in Excel character units. */
  readonly width: number;
  readonly hidden?: boolean;
}

export type ConditionalFormatSpec =
  | {
      readonly kind: "dataBar";
      readonly range: CellRange;
      readonly color: string;
      readonly min?: number;
      readonly max?: number;
    }
  | {
      readonly kind: "cellValue";
      readonly range: CellRange;
      readonly operator: "lessThan" | "greaterThanOrEqual" | "between" | "equal";
      readonly values: readonly number[];
      readonly style: { readonly fill?: string; readonly fontColor?: string; readonly bold?: boolean };
    }
  | {
      readonly kind: "textEquals";
      readonly range: CellRange;
      readonly text: string;
      readonly style: { readonly fill?: string; readonly fontColor?: string; readonly bold?: boolean };
    };

export interface DataValidationSpec {
  readonly range: CellRange;
  readonly type: "wholeNumber";
  /** Minimum value. */
  readonly min: number;
  /** Maximum value, or a formula (without `=`) relative to the range's top-left cell, e.g. `C8`. */
  readonly max?: number | string;
  readonly errorTitle?: string;
  readonly errorMessage?: string;
  readonly prompt?: string;
}

/**
 * A drop-down list whose items are cells of the same sheet (items may contain
 * commas and exceed the 255 characters of an inline list), or a date between
 * two ISO dates (`YYYY-MM-DD`). Added for the register of new members (issue #14).
 */
export type InputValidationSpec =
  | {
      readonly kind: "list";
      readonly range: CellRange;
      /** The items, on the same sheet. */
      readonly source: CellRange;
      readonly values?: undefined;
      readonly errorTitle?: string;
      readonly errorMessage?: string;
      readonly prompt?: string;
    }
  | {
      /**
       * A drop-down of literal items (issue #12's Loại and Còn nguồn). Excel limits the
       * joined list (items separated by commas) to 255 characters and items may hold no comma.
       */
      readonly kind: "list";
      readonly range: CellRange;
      readonly values: readonly string[];
      readonly errorTitle?: string;
      readonly errorMessage?: string;
      readonly prompt?: string;
    }
  | {
      readonly kind: "date";
      readonly range: CellRange;
      readonly min: string;
      readonly max: string;
      readonly errorTitle?: string;
      readonly errorMessage?: string;
      readonly prompt?: string;
    };

export interface PrintSpec {
  readonly orientation: "portrait" | "landscape";
  readonly paper: "A4";
  readonly fitToWidth?: boolean;
  /** Zero-based inclusive rows repeated at the top of each printed page. */
  readonly repeatRows?: { readonly first: number; readonly last: number };
  readonly margins?: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  readonly centerHorizontally?: boolean;
}

export interface ChartSpec {
  readonly kind: "barClustered";
  readonly title: string;
  /** Category labels (e.g. organisation names). */
  readonly categories: CellRange;
  readonly series: ReadonlyArray<{ readonly name: string; readonly values: CellRange }>;
  /** Where to anchor the chart on the sheet. */
  readonly anchor: CellRange;
}

export interface SheetSpec {
  readonly name: string;
  /** Dense rows from A1; `null` leaves a cell empty and unstyled. */
  readonly rows: ReadonlyArray<ReadonlyArray<SpecCell | null>>;
  readonly columns?: readonly ColumnSpec[];
  /** Row heights in points, by zero-based row index. */
  readonly rowHeights?: Readonly<Record<number, number>>;
  readonly merges?: readonly CellRange[];
  readonly conditionalFormats?: readonly ConditionalFormatSpec[];
  readonly dataValidations?: readonly DataValidationSpec[];
  /** List and date validations (issue #14); hosts that do not know them skip them. */
  readonly inputValidations?: readonly InputValidationSpec[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly print?: PrintSpec;
  /** Protect the sheet structure without a password; unlocked cells stay editable. */
  readonly protect?: boolean;
  /** Workbook-level defined names pointing into this sheet. */
  readonly definedNames?: Readonly<Record<string, CellRange>>;
  readonly charts?: readonly ChartSpec[];
  readonly tabColor?: string;
  /** The kind of output, used by hosts to mark and later replace only their own sheets. */
  readonly role: SheetRole;
}

export type SheetRole = "progress" | "monthly" | "findings" | "template" | "aliases" | "sample";

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  /** Suggested file name for hosts that save a file. */
  readonly fileName?: string;
  readonly properties?: { readonly title?: string; readonly creator?: string };
}

/** Excel's limit on an inline list's items joined by commas. */
export const INLINE_LIST_MAX_CHARS = 255;

/** The formula of an inline list, `"a,b,c"`; null when the items cannot be one (a comma, a quote, over 255 characters). */
export function inlineListFormula(values: readonly string[]): string | null {
  if (values.length === 0 || values.some((v) => v.includes(",") || v.includes('"'))) return null;
  const joined = values.join(",");
  return joined.length > INLINE_LIST_MAX_CHARS ? null : `"${joined}"`;
}

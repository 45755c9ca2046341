/** What the readers extract from a report sheet, before any rule is applied. */
import type { FindingLocation } from "../findings";
import type { FigureKey } from "./figures";

export interface InvalidFigure {
  readonly key: FigureKey;
  /** What the user sees in the cell ("" for a missing admitted count). */
  readonly displayed: string;
  readonly cell: string;
  /** The admitted count is blank while breakdowns are filled: nothing was written, so there is no value to quote. */
  readonly blank?: true;
}

/** One organisation-month as written: figures that could be read, and those that could not. */
export interface SubmissionRow {
  /** Unicode (NFC) name as written, after legacy-encoding decoding. */
  readonly name: string;
  /** Null when the period cell cannot be read; `year` may come from a Năm column, the template or the plan year. */
  readonly period: { readonly year: number; readonly month: number } | null;
  /** The period as written, for messages. */
  readonly periodText: string;
  /** Readable figures; blank breakdowns are 0. */
  readonly figures: Readonly<Record<FigureKey, number>>;
  readonly invalid: readonly InvalidFigure[];
  /** A reported running total (a log table's column, or a number typed over the template's formula), or null. */
  readonly cumulative: number | null;
  readonly note: string;
  /** The template's "Không còn nguồn" was "Có" for this month (issue #14, Biểu 2 section III); absent or false otherwise. */
  readonly noSourcesLeft?: boolean;
  /** The row: file, sheet and its first cell. */
  readonly location: FindingLocation;
  /** Which cell of the row a breakdown sits in, for findings. */
  readonly cells: Readonly<Partial<Record<FigureKey | "period" | "name" | "cumulative", string>>>;
}

export type ReportSheetKind = "template" | "log";

export interface ReadReportSheet {
  readonly kind: ReportSheetKind;
  readonly rows: readonly SubmissionRow[];
  /** Sheet-level name of a template (for "other year" and unknown-organisation messages). */
  readonly templateName?: string;
}

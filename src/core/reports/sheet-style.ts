/** Shared look of the report sheets: Times New Roman, as Party documents are typed. */
import type { CellRange } from "../grid";
import type { CellStyle, SpecCell, SpecValue } from "../sheet-spec";

export const REPORT_FONT = "Times New Roman";

/** Millimetres of Hướng dẫn 36-HD/VPTW (top 20, bottom 20, left 30, right 15) in the inches sheets use. */
export const PARTY_MARGINS = { top: 20 / 25.4, bottom: 20 / 25.4, left: 30 / 25.4, right: 15 / 25.4 } as const;

/**
 * Counts group thousands (issue #11). Excel and LibreOffice render `#,##0` with the reader's own
 * separators, so a Vietnamese reader sees 1.906; a format with a literal "." would break in either.
 */
const COUNT_FORMAT = "#,##0";
const PERCENT_FORMAT = "#,##0.0";

export const styles = {
  plain: { font: { name: REPORT_FONT, size: 12 } },
  bold: { font: { name: REPORT_FONT, size: 12, bold: true } },
  header: {
    font: { name: REPORT_FONT, size: 11, bold: true },
    fill: "#D9E1F2",
    horizontal: "center",
    vertical: "middle",
    wrap: true,
    border: true,
  },
  text: { font: { name: REPORT_FONT, size: 12 }, border: true, vertical: "middle", wrap: true },
  number: { font: { name: REPORT_FONT, size: 12 }, border: true, horizontal: "center", vertical: "middle", numFmt: COUNT_FORMAT },
  percent: { font: { name: REPORT_FONT, size: 12 }, border: true, horizontal: "center", vertical: "middle", numFmt: PERCENT_FORMAT },
  totalText: { font: { name: REPORT_FONT, size: 12, bold: true }, border: true, horizontal: "center", vertical: "middle", fill: "#F2F2F2" },
  totalNumber: { font: { name: REPORT_FONT, size: 12, bold: true }, border: true, horizontal: "center", vertical: "middle", numFmt: COUNT_FORMAT, fill: "#F2F2F2" },
  totalPercent: { font: { name: REPORT_FONT, size: 12, bold: true }, border: true, horizontal: "center", vertical: "middle", numFmt: PERCENT_FORMAT, fill: "#F2F2F2" },
} as const satisfies Record<string, CellStyle>;

export function cell(value: SpecValue, style?: CellStyle): SpecCell {
  return style ? { value, style } : { value };
}

export function formula(formulaText: string, value: SpecValue, style?: CellStyle): SpecCell {
  return style ? { value, formula: formulaText, style } : { value, formula: formulaText };
}

export function range(top: number, left: number, bottom = top, right = left): CellRange {
  return { top, left, bottom, right };
}

/** Rows are dense from A1: fills gaps with empty rows and pads each to the width. */
export class RowBuilder {
  private readonly rows: Array<Array<SpecCell | null>> = [];
  constructor(private readonly width: number) {}

  get next(): number {
    return this.rows.length;
  }

  push(cells: ReadonlyArray<SpecCell | null> = []): number {
    const row = [...cells];
    while (row.length < this.width) row.push(null);
    this.rows.push(row);
    return this.rows.length - 1;
  }

  /** Puts a cell at a column of an existing row. */
  set(row: number, col: number, value: SpecCell): void {
    const r = this.rows[row];
    if (r) r[col] = value;
  }

  build(): ReadonlyArray<ReadonlyArray<SpecCell | null>> {
    return this.rows;
  }
}

/**
 * Heights for rows whose text is larger than the default font (the 14–15 pt heading and
 * signature): a program that lays out drawings by the written heights (LibreOffice placing
 * a chart) and one that grows rows to fit their text must agree, or a chart slips a
 * point onto the page before its page break.
 */
export function largeFontRowHeights(rows: ReadonlyArray<ReadonlyArray<SpecCell | null>>, heights: Readonly<Record<number, number>>): Record<number, number> {
  const out: Record<number, number> = { ...heights };
  rows.forEach((row, r) => {
    if (out[r] !== undefined) return;
    const size = Math.max(0, ...row.map((c) => (c?.style?.wrap === true ? 0 : (c?.style?.font?.size ?? 0))));
    if (size >= 13) out[r] = Math.ceil(size * 1.35);
  });
  return out;
}

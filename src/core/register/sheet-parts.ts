/** Shared look and heading of the register's output sheets (Times New Roman, as Party documents are typed). */
import type { CellRange } from "../grid";
import type { CellStyle, SpecCell, SpecValue } from "../sheet-spec";

export const FONT = "Times New Roman";

/**
 * The heading block, kept small on purpose: the full document settings are
 * another module's (issue #13); the integrator maps them onto this.
 */
export interface RegisterHeading {
  /** Issuing body, top left, e.g. ["TỈNH ỦY LÂM ĐỒNG", "BAN TỔ CHỨC"]. */
  readonly issuer: readonly string[];
  readonly place: string;
  /** The date line's date part as the user wants it, e.g. "ngày 05 tháng 7 năm 2026"; empty leaves it to fill by hand. */
  readonly dateText: string;
}

export const EMPTY_HEADING: RegisterHeading = { issuer: ["BAN TỔ CHỨC"], place: "", dateText: "" };

export const S = {
  title: { font: { name: FONT, size: 14, bold: true }, horizontal: "center", wrap: true },
  subtitle: { font: { name: FONT, size: 13, bold: true }, horizontal: "center" },
  issuer: { font: { name: FONT, size: 12 }, horizontal: "center" },
  issuerBold: { font: { name: FONT, size: 12, bold: true }, horizontal: "center" },
  formNo: { font: { name: FONT, size: 12, bold: true }, horizontal: "center", border: true },
  italic: { font: { name: FONT, size: 12, italic: true }, horizontal: "center" },
  header: { font: { name: FONT, size: 11, bold: true }, fill: "#D9E1F2", horizontal: "center", vertical: "middle", wrap: true, border: true },
  label: { font: { name: FONT, size: 12 }, border: true, vertical: "middle", wrap: true },
  labelBold: { font: { name: FONT, size: 12, bold: true }, border: true, vertical: "middle", wrap: true },
  number: { font: { name: FONT, size: 12 }, border: true, horizontal: "center", vertical: "middle", numFmt: "0" },
  decimal: { font: { name: FONT, size: 12 }, border: true, horizontal: "center", vertical: "middle", numFmt: "0.0" },
  date: { font: { name: FONT, size: 12 }, border: true, horizontal: "center", vertical: "middle", numFmt: "dd/mm/yyyy" },
  text: { font: { name: FONT, size: 12 }, border: true, vertical: "middle", wrap: true },
  note: { font: { name: FONT, size: 11, italic: true } },
} as const satisfies Record<string, CellStyle>;

export function c(value: SpecValue, style?: CellStyle): SpecCell {
  return style ? { value, style } : { value };
}

export function range(top: number, left: number, bottom = top, right = left): CellRange {
  return { top, left, bottom, right };
}

export function placeDateLine(h: RegisterHeading): string {
  const place = h.place.trim() === "" ? "…………" : h.place.trim();
  const date = h.dateText.trim() === "" ? "ngày      tháng      năm" : h.dateText.trim();
  return `${place}, ${date}`;
}

/** Dense rows of a fixed width; `set` fills one cell. */
export class Rows {
  readonly rows: Array<Array<SpecCell | null>> = [];
  constructor(readonly width: number) {}
  add(cells: ReadonlyArray<SpecCell | null> = []): number {
    const row = [...cells];
    while (row.length < this.width) row.push(null);
    this.rows.push(row);
    return this.rows.length - 1;
  }
  set(row: number, col: number, cell: SpecCell): void {
    const r = this.rows[row];
    if (r) r[col] = cell;
  }
}

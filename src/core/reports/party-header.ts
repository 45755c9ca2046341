/**
 * The heading of a Party document: the issuing body at the top left with a
 * centred `*` under it, "ĐẢNG CỘNG SẢN VIỆT NAM" at the top right, and the
 * italic place-and-date line under it.
 */
import type { CellRange } from "../grid";
import { REPORT_FONT, RowBuilder, cell, range } from "./sheet-style";
import type { ReportSettings } from "./settings";

export function placeAndDate(settings: ReportSettings, year: number): string {
  const d = settings.date;
  // Without a place the line still reads as a form to complete by hand.
  const place = settings.place.trim() === "" ? "…………" : settings.place;
  if (!d) return `${place}, ngày      tháng      năm ${year}`;
  return `${place}, ngày ${d.getDate()} tháng ${d.getMonth() + 1} năm ${d.getFullYear()}`;
}

/**
 * Adds the heading rows to `rows` (which must be empty) and returns the merges.
 * `leftSpan` and `rightSpan` are the column ranges of the two blocks.
 */
export function addPartyHeader(
  rows: RowBuilder,
  settings: ReportSettings,
  year: number,
  leftSpan: { first: number; last: number },
  rightSpan: { first: number; last: number },
): CellRange[] {
  const merges: CellRange[] = [];
  const body = settings.issuingBody.filter((l) => l.trim() !== "");
  const lines = Math.max(body.length + 1, 3);
  for (let i = 0; i < lines; i++) {
    const r = rows.push();
    merges.push(range(r, leftSpan.first, r, leftSpan.last), range(r, rightSpan.first, r, rightSpan.last));
    if (i < body.length) {
      // The superior body is written plain, the issuing body itself in bold.
      const bold = i === body.length - 1;
      rows.set(r, leftSpan.first, cell(body[i] ?? "", { font: { name: REPORT_FONT, size: 13, bold }, horizontal: "center" }));
    } else if (i === body.length) {
      rows.set(r, leftSpan.first, cell("*", { font: { name: REPORT_FONT, size: 13 }, horizontal: "center" }));
    }
    if (i === 0) {
      rows.set(r, rightSpan.first, cell("ĐẢNG CỘNG SẢN VIỆT NAM", { font: { name: REPORT_FONT, size: 14, bold: true, underline: true }, horizontal: "center" }));
    } else if (i === 2) {
      rows.set(r, rightSpan.first, cell(placeAndDate(settings, year), { font: { name: REPORT_FONT, size: 13, italic: true }, horizontal: "center" }));
    }
  }
  return merges;
}

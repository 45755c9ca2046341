/**
 * The heading of a Party document: the issuing body at the top left with a
 * centred `*` under it, "ĐẢNG CỘNG SẢN VIỆT NAM" at the top right, and the
 * italic place-and-date line under it.
 */
import type { CellRange } from "../grid";
import { REPORT_FONT, RowBuilder, cell, range } from "./sheet-style";
import type { ReportSettings } from "./settings";

function placeAndDate(settings: ReportSettings, year: number): string {
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
  options: { readonly documentNumber?: boolean } = {},
): CellRange[] {
  const merges: CellRange[] = [];
  const body = settings.issuingBody.filter((l) => l.trim() !== "");
  const numberLine = options.documentNumber === true ? body.length + 1 : -1;
  const lines = Math.max(body.length + 1 + (numberLine >= 0 ? 1 : 0), 3);
  for (let i = 0; i < lines; i++) {
    const r = rows.push();
    merges.push(range(r, leftSpan.first, r, leftSpan.last), range(r, rightSpan.first, r, rightSpan.last));
    if (i < body.length) {
      // The superior body is written plain, the issuing body itself in bold.
      const bold = i === body.length - 1;
      rows.set(r, leftSpan.first, cell(body[i] ?? "", { font: { name: REPORT_FONT, size: 13, bold }, horizontal: "center" }));
    } else if (i === body.length) {
      rows.set(r, leftSpan.first, cell("*", { font: { name: REPORT_FONT, size: 13 }, horizontal: "center" }));
    } else if (i === numberLine) {
      rows.set(r, leftSpan.first, cell(documentNumberLine(body), { font: { name: REPORT_FONT, size: 13 }, horizontal: "center" }));
    }
    if (i === 0) {
      rows.set(r, rightSpan.first, cell("ĐẢNG CỘNG SẢN VIỆT NAM", { font: { name: REPORT_FONT, size: 14, bold: true, underline: true }, horizontal: "center" }));
    } else if (i === 2) {
      rows.set(r, rightSpan.first, cell(placeAndDate(settings, year), { font: { name: REPORT_FONT, size: 13, italic: true }, horizontal: "center" }));
    }
  }
  return merges;
}

/** Initials of the issuing body's own line: "BAN TỔ CHỨC" → "BTC", as in "Số 12-BC/BTC". */
function bodyInitials(body: readonly string[]): string {
  const own = body[body.length - 1] ?? "";
  return own
    .split(/\s+/)
    .filter((w) => w !== "")
    .map((w) => w.charAt(0).toLocaleUpperCase("vi"))
    .join("");
}

/** The number is left blank: it is given by hand when the report is registered for issue. */
function documentNumberLine(body: readonly string[]): string {
  const initials = bodyInitials(body);
  return `Số        -BC/${initials === "" ? "……" : initials}`;
}

const RECIPIENTS_DEFAULT: readonly string[] = ["- Lưu."];
const SIGNATURE_LINES: readonly string[] = ["T/M BAN TỔ CHỨC", "TRƯỞNG BAN"];
/** Blank rows under the signer's title: room for the signature and seal. */
const SIGNATURE_SPACE = 4;

/**
 * The end of a Party document: "Nơi nhận:" with its list on the left, the
 * signature block on the right, both inside the printed columns. Returns the merges.
 */
export function addPartyFooter(
  rows: RowBuilder,
  leftSpan: { first: number; last: number },
  rightSpan: { first: number; last: number },
  recipients: readonly string[] = RECIPIENTS_DEFAULT,
): CellRange[] {
  const merges: CellRange[] = [];
  const left = [{ text: "Nơi nhận:", bold: true, italic: true, size: 12 }, ...recipients.map((t) => ({ text: t, bold: false, italic: false, size: 11 }))];
  const right = SIGNATURE_LINES.map((text) => ({ text, bold: true, italic: false, size: 13 }));
  const lines = Math.max(left.length, right.length + SIGNATURE_SPACE);
  for (let i = 0; i < lines; i++) {
    const r = rows.push();
    merges.push(range(r, leftSpan.first, r, leftSpan.last), range(r, rightSpan.first, r, rightSpan.last));
    const l = left[i];
    if (l) rows.set(r, leftSpan.first, cell(l.text, { font: { name: REPORT_FONT, size: l.size, bold: l.bold, italic: l.italic }, horizontal: "left" }));
    const rt = right[i];
    if (rt) rows.set(r, rightSpan.first, cell(rt.text, { font: { name: REPORT_FONT, size: rt.size, bold: rt.bold }, horizontal: "center" }));
  }
  return merges;
}

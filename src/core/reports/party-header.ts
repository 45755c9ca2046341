/**
 * The heading and the end of a Party document on a sheet (Hướng dẫn 36-HD/VPTW):
 * the superior and issuing bodies at the top left with a centred `*` and the
 * number line under them, "ĐẢNG CỘNG SẢN VIỆT NAM" at the top right with the
 * italic place-and-date line under it; "Nơi nhận" and the signature block at the end.
 *
 * The rule under "ĐẢNG CỘNG SẢN VIỆT NAM" is the font's single underline: it is
 * exactly as long as the text, which a border on the merged cell would not be.
 */
import { documentSymbol, reportingCommittee, signatureLines, type DocumentSettings } from "../documents/settings";
import type { CellRange } from "../grid";
import { REPORT_FONT, RowBuilder, cell, range } from "./sheet-style";

export interface HeaderOptions {
  /** "Số …-BC/…" under the star (the progress report; not a monthly annex or a template). */
  readonly documentNumber?: boolean;
  /** The line under "ĐẢNG CỘNG SẢN VIỆT NAM". */
  readonly dateLine: string;
}

export interface HeaderRows {
  readonly merges: CellRange[];
  /** Row of the reporting committee's line (the first issuing-body line), or -1. */
  readonly committeeRow: number;
}

const caps = (s: string): string => s.toLocaleUpperCase("vi");

/** Adds the heading rows to `rows` (which must be empty). `leftSpan` and `rightSpan` are the column ranges of the two blocks. */
export function addPartyHeader(
  rows: RowBuilder,
  doc: DocumentSettings,
  leftSpan: { first: number; last: number },
  rightSpan: { first: number; last: number },
  options: HeaderOptions,
): HeaderRows {
  const merges: CellRange[] = [];
  const body = doc.issuingBody.map((l) => l.trim()).filter((l) => l !== "");
  const left: Array<{ text: string; bold: boolean; committee?: true }> = [];
  if (doc.superiorBody.trim() !== "") left.push({ text: caps(doc.superiorBody.trim()), bold: false });
  body.forEach((line, i) => left.push({ text: caps(line), bold: i === body.length - 1, ...(line === reportingCommittee(doc) && i === 0 ? { committee: true as const } : {}) }));
  left.push({ text: "*", bold: false });
  if (options.documentNumber === true) left.push({ text: `Số        -${documentSymbol(doc)}`, bold: false });
  // The date sits level with the number line, or two rows under the national title without one.
  const dateRow = Math.max(2, options.documentNumber === true ? left.length - 1 : 2);
  const lines = Math.max(left.length, dateRow + 1);
  let committeeRow = -1;
  for (let i = 0; i < lines; i++) {
    const r = rows.push();
    merges.push(range(r, leftSpan.first, r, leftSpan.last), range(r, rightSpan.first, r, rightSpan.last));
    const l = left[i];
    if (l) {
      rows.set(r, leftSpan.first, cell(l.text, { font: { name: REPORT_FONT, size: 14, bold: l.bold }, horizontal: "center" }));
      if (l.committee) committeeRow = r;
    }
    if (i === 0) {
      rows.set(r, rightSpan.first, cell("ĐẢNG CỘNG SẢN VIỆT NAM", { font: { name: REPORT_FONT, size: 15, bold: true, underline: true }, horizontal: "center" }));
    } else if (i === dateRow) {
      rows.set(r, rightSpan.first, cell(options.dateLine, { font: { name: REPORT_FONT, size: 14, italic: true }, horizontal: "center" }));
    }
  }
  return { merges, committeeRow };
}

/** Blank rows under the signer's title: room for the signature and seal. */
const SIGNATURE_SPACE = 4;

/**
 * The end of a Party document: "Nơi nhận:" with its list on the left, the
 * signature block on the right, both inside the printed columns. Returns the merges.
 */
export function addPartyFooter(
  rows: RowBuilder,
  doc: DocumentSettings,
  leftSpan: { first: number; last: number },
  rightSpan: { first: number; last: number },
): CellRange[] {
  const merges: CellRange[] = [];
  const left = [{ text: "Nơi nhận:", bold: true, italic: true, size: 12 }, ...doc.recipients.map((t) => ({ text: t, bold: false, italic: false, size: 11 }))];
  const sig = signatureLines(doc);
  const right: Array<{ text: string; bold: boolean } | null> = sig.above.map((text) => ({ text, bold: true }));
  for (let i = 0; i < SIGNATURE_SPACE; i++) right.push(null);
  if (sig.name !== "") right.push({ text: sig.name, bold: true });
  const lines = Math.max(left.length, right.length);
  for (let i = 0; i < lines; i++) {
    const r = rows.push();
    merges.push(range(r, leftSpan.first, r, leftSpan.last), range(r, rightSpan.first, r, rightSpan.last));
    const l = left[i];
    if (l) rows.set(r, leftSpan.first, cell(l.text, { font: { name: REPORT_FONT, size: l.size, bold: l.bold, italic: l.italic }, horizontal: "left" }));
    const rt = right[i];
    if (rt) rows.set(r, rightSpan.first, cell(rt.text, { font: { name: REPORT_FONT, size: 14, bold: rt.bold }, horizontal: "center" }));
  }
  return merges;
}

/**
 * What a reader tells the user about a file it did read: text cut at the cell
 * cap, the text encoding it chose for a CSV and why. Hosts show these with the
 * engine's findings (they are findings, with their own catalogue).
 */
import { makeFinding, type Finding, type FindingCatalogue } from "../core";
import type { EncodingWhy } from "./csv-encoding";

export type ReadNoteCode = "FILE_TEXT_CUT" | "FILE_ENCODING_USED" | "FILE_ENCODING_REPAIRED";

export type ReadNoteArgs = {
  readonly FILE_TEXT_CUT: { readonly length: number; readonly max: number; readonly more: number };
  /** `reason` in English as before; `why` (with `invalid` of `total` for notUtf8) lets the Vietnamese message say it in Vietnamese. */
  readonly FILE_ENCODING_USED: { readonly encoding: string; readonly reason: string; readonly why?: EncodingWhy["key"]; readonly invalid?: number; readonly total?: number };
  readonly FILE_ENCODING_REPAIRED: { readonly encoding: string; readonly bad: number };
};

/** The note's arguments for an encoding decision's reason. */
export function encodingWhyArgs(why: EncodingWhy | undefined): { why?: EncodingWhy["key"]; invalid?: number; total?: number } {
  if (why === undefined) return {};
  return why.key === "notUtf8" ? { why: why.key, invalid: why.invalid, total: why.total } : { why: why.key };
}

function encodingWhyVi(a: ReadNoteArgs["FILE_ENCODING_USED"]): string {
  if (a.why === "utf16WithoutBom") return "tệp không có BOM, nhưng ở đầu tệp cứ cách một byte lại có một byte 0: dấu hiệu của UTF-16";
  if (a.why === "notUtf8" && a.invalid !== undefined && a.total !== undefined) return `${grouped(a.invalid)} trên ${grouped(a.total)} chuỗi byte ngoài ASCII không hợp lệ theo UTF-8`;
  return a.reason;
}

function grouped(n: number): string {
  return n.toLocaleString("en-US").replace(/,/g, ".");
}

export const READ_NOTES: FindingCatalogue<ReadNoteCode, ReadNoteArgs> = {
  FILE_TEXT_CUT: {
    severity: "warning",
    vi: (a) =>
      `Ô có ${grouped(a.length)} ký tự, vượt giới hạn ${grouped(a.max)} ký tự một ô của Excel; PTĐV chỉ đọc ${grouped(a.max)} ký tự đầu.${a.more > 0 ? ` Còn ${grouped(a.more)} ô khác cũng bị cắt.` : ""}`,
    en: (a) =>
      `The cell holds ${grouped(a.length)} characters, above Excel's limit of ${grouped(a.max)} per cell; PTĐV reads the first ${grouped(a.max)}.${a.more > 0 ? ` ${grouped(a.more)} more cells were cut too.` : ""}`,
  },
  FILE_ENCODING_USED: {
    severity: "info",
    vi: (a) => `Tệp CSV được đọc theo bảng mã ${a.encoding} (${encodingWhyVi(a)}).`,
    en: (a) => `The CSV file was read as ${a.encoding} (${a.reason}).`,
  },
  FILE_ENCODING_REPAIRED: {
    severity: "warning",
    vi: (a) => `Tệp CSV có ${grouped(a.bad)} byte không hợp lệ trong bảng mã ${a.encoding}; các byte đó được thay bằng ký tự “�”. Hãy kiểm tra các ô có ký tự này.`,
    en: (a) => `The CSV file has ${grouped(a.bad)} bytes that are not valid ${a.encoding}; they read as “�”. Check the cells that show it.`,
  },
};

export function readNote<K extends ReadNoteCode>(code: K, file: string, where: { sheet?: string; cell?: string }, args: ReadNoteArgs[K]): Finding {
  return makeFinding(READ_NOTES, code, { file, ...where }, args);
}

/** One finding for the first cut cell, counting the others, so a file of 10,000 long cells gives one line. */
export function cutNotes(file: string, cut: ReadonlyArray<{ sheet: string; cell: string; length: number }>, max: number): Finding[] {
  const first = cut[0];
  if (!first) return [];
  return [readNote("FILE_TEXT_CUT", file, { sheet: first.sheet, cell: first.cell }, { length: first.length, max, more: cut.length - 1 })];
}

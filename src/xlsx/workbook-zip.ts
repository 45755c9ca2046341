/**
 * Whether bytes are a zip whose directory lists xl/workbook.xml: a workbook, which the Word sniffer
 * (src/docx/sniff-docx.ts) always turns away, since a .docx holds word/document.xml and no workbook.
 * The CLI's `check`, the browser edition and the pane ask this before the Word reader, so that a
 * workbook's directory is not listed a second time through fflate and the Word reader's chunk is
 * not loaded for it (issue #16). Both read the same central directory (the last end record in the
 * file, its entry count), so a directory that lists the workbook here lists it there too, or fflate
 * fails on it, and the sniffer says "no Word document" either way.
 *
 * False for everything else, damaged zips included: they go the way they went.
 */
import { readZipDirectory } from "./zip-directory";

/** A directory this long is left to the readers and their limits. */
const MAX_ENTRIES = 10_000;
const ZIP = [0x50, 0x4b, 0x03, 0x04];

export function listsWorkbookPart(bytes: Uint8Array): boolean {
  if (bytes.length < ZIP.length || !ZIP.every((x, i) => bytes[i] === x)) return false;
  const dir = readZipDirectory(bytes, MAX_ENTRIES);
  return dir.ok && dir.entries.some((e) => e.name.replace(/^\//, "") === "xl/workbook.xml");
}

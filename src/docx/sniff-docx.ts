/**
 * Whether bytes are a Word document, whatever the file is called: a .docx is a
 * zip holding word/document.xml (and no workbook); a legacy .doc is an OLE2
 * compound file with a "WordDocument" stream. Anything else is left to the
 * workbook reader, which names every other kind of file.
 */
import { unzipSync } from "fflate";

export type DocumentKind = "docx" | "doc" | null;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(b: Uint8Array, sig: readonly number[]): boolean {
  return b.length >= sig.length && sig.every((x, i) => b[i] === x);
}

/** Stream names in a compound file are UTF-16LE; finding one avoids a full CFB parser. */
function containsUtf16(b: Uint8Array, text: string): boolean {
  const needle: number[] = [];
  for (const ch of text) needle.push(ch.charCodeAt(0), 0);
  outer: for (let i = 0; i + needle.length <= b.length; i++) {
    for (let j = 0; j < needle.length; j++) if (b[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** True when the first bytes may start a Word document: worth loading the reader for. */
export function mayBeWordDocument(head: Uint8Array): boolean {
  return startsWith(head, ZIP) || startsWith(head, OLE2);
}

/** The zip's names, from its central directory; nothing is inflated. Null when it is no readable zip. */
export function zipNames(bytes: Uint8Array): string[] | null {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name.replace(/^\//, ""));
        return false;
      },
    });
  } catch {
    return null;
  }
  return names;
}

export function sniffDocument(bytes: Uint8Array): DocumentKind {
  if (startsWith(bytes, OLE2)) {
    // An encrypted .docx or .xlsx is OLE2 too: the workbook reader says FILE_ENCRYPTED.
    if (containsUtf16(bytes, "EncryptedPackage")) return null;
    return containsUtf16(bytes, "WordDocument") ? "doc" : null;
  }
  if (!startsWith(bytes, ZIP)) return null;
  const names = zipNames(bytes);
  if (names === null) return null;
  return names.includes("word/document.xml") && !names.includes("xl/workbook.xml") ? "docx" : null;
}

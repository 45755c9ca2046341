/**
 * Whether bytes are a Word document, whatever the file is called: a .docx is a
 * zip holding word/document.xml (and no workbook); a legacy .doc is an OLE2
 * compound file with a "WordDocument" stream. Anything else is left to the
 * workbook reader, which names every other kind of file.
 */
import { unzipSync } from "fflate";
import { OLE2_SIGNATURE as OLE2, startsWith, ZIP_SIGNATURE as ZIP } from "./signature";

export type DocumentKind = "docx" | "doc" | null;

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

/** The zip's names, from its central directory; nothing is inflated. Null when it is no readable zip. */
function zipNames(bytes: Uint8Array): string[] | null {
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

/** The first bytes of a file that may be a Word document (a zip, or an OLE2 compound file). Loads nothing. */
export const ZIP_SIGNATURE: readonly number[] = [0x50, 0x4b, 0x03, 0x04];
export const OLE2_SIGNATURE: readonly number[] = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function startsWith(b: Uint8Array, sig: readonly number[]): boolean {
  return b.length >= sig.length && sig.every((x, i) => b[i] === x);
}

/** True when the bytes may be a Word document: worth loading the reader for. */
export function mayBeWordDocument(head: Uint8Array): boolean {
  return startsWith(head, ZIP_SIGNATURE) || startsWith(head, OLE2_SIGNATURE);
}

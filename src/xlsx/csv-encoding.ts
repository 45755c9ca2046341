/**
 * Which text encoding a CSV file is in, decided from the evidence in its bytes
 * (issue #17 item 9), and said in a note when it was a decision:
 * - a BOM states it (UTF-8, UTF-16LE/BE);
 * - NULs in every other byte are UTF-16 without a BOM;
 * - bytes that are valid UTF-8 are UTF-8; mostly valid UTF-8 with a few bad
 *   bytes stays UTF-8 (the bad bytes read as U+FFFD, and a note counts them);
 * - high bytes that are mostly not UTF-8 are Windows-1258, what Excel on a
 *   Vietnamese Windows writes for "CSV (Comma delimited)".
 */

export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1258";

/** Why an encoding was chosen from the bytes, for a message in each language (read-notes.ts). */
export type EncodingWhy = { readonly key: "utf16WithoutBom" } | { readonly key: "notUtf8"; readonly invalid: number; readonly total: number };

export interface EncodingDecision {
  readonly encoding: CsvEncoding;
  /** Bytes of BOM to skip. */
  readonly skip: number;
  /** Why, when the bytes had to be weighed (no BOM and not plain UTF-8): in English, and as a key with its counts. */
  readonly reason?: string;
  readonly why?: EncodingWhy;
  /** Invalid UTF-8 sequences replaced by U+FFFD. */
  readonly repaired?: number;
}

/** UTF-16 without a BOM: in text of mostly Latin letters, one byte of each pair is 0. */
export function utf16WithoutBom(b: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZeros++;
    if (b[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= pairs * 0.4 && evenZeros <= pairs * 0.05) return "utf-16le";
  if (evenZeros >= pairs * 0.4 && oddZeros <= pairs * 0.05) return "utf-16be";
  return undefined;
}

function isCont(x: number | undefined): boolean {
  return x !== undefined && (x & 0xc0) === 0x80;
}

/** Valid multi-byte UTF-8 sequences and invalid ones (each bad lead or stray byte counts once). */
export function utf8Evidence(b: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  const n = b.length;
  while (i < n) {
    const x = b[i] as number;
    if (x < 0x80) {
      i++;
      continue;
    }
    const len = x >= 0xc2 && x <= 0xdf ? 2 : x >= 0xe0 && x <= 0xef ? 3 : x >= 0xf0 && x <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) ok = isCont(b[i + k]);
    if (ok) {
      valid++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

export function decideEncoding(b: Uint8Array): EncodingDecision {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: "utf-8", skip: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  const u16 = utf16WithoutBom(b);
  if (u16) return { encoding: u16, skip: 0, reason: `UTF-16 without BOM: every other byte of the start is 0`, why: { key: "utf16WithoutBom" } };
  const { valid, invalid } = utf8Evidence(b);
  if (invalid === 0) return { encoding: "utf-8", skip: 0 };
  // Nine in ten non-ASCII sequences valid: UTF-8 damaged in places, not another code page.
  if (valid >= invalid * 9) return { encoding: "utf-8", skip: 0, repaired: invalid };
  return { encoding: "windows-1258", skip: 0, reason: `${invalid} of ${valid + invalid} non-ASCII byte sequences are not UTF-8`,
    why: { key: "notUtf8", invalid, total: valid + invalid },
  };
}

/** What the readers use of a TextDecoder (the CLI build has no DOM types). */
export interface TextDecoding {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

export function decoderFor(encoding: CsvEncoding): TextDecoding {
  try {
    return new TextDecoder(encoding);
  } catch {
    // Runtimes without that code page (small-ICU builds): Windows-1252 keeps the Latin letters.
    return new TextDecoder("windows-1252");
  }
}

/** The whole text at once, for small inputs and tests. */
export function decodeText(bytes: Uint8Array): string {
  const d = decideEncoding(bytes);
  return decoderFor(d.encoding).decode(bytes.subarray(d.skip));
}

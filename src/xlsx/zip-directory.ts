/**
 * Reads a zip's central directory without inflating anything, so that a file's
 * kind and its declared sizes are known before any library expands it. A zip
 * bomb is refused here in microseconds instead of after filling memory.
 */
import type { CorruptData, CorruptReason } from "../core";

export interface ZipEntryInfo {
  readonly name: string;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** 0 stored, 8 deflate. */
  readonly method: number;
  /** Zip-level (traditional or AES) encryption of this entry. */
  readonly encrypted: boolean;
  readonly localHeaderOffset: number;
  /** CRC-32 of the uncompressed bytes, as the central directory records it. */
  readonly crc32: number;
}

/** A failure says why as a FILE_CORRUPT reason key (file-corrupt-reasons.ts) with its data. */
export type ZipDirectory = { ok: true; entries: ZipEntryInfo[] } | { ok: false; reason: CorruptReason; data?: CorruptData };

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

function u16(b: Uint8Array, o: number): number {
  return (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, o: number): number {
  return ((b[o] ?? 0) | ((b[o + 1] ?? 0) << 8) | ((b[o + 2] ?? 0) << 16)) + (b[o + 3] ?? 0) * 0x1000000;
}

/** 64-bit little endian as a JS number; sizes beyond 2^53 are absurd for us anyway. */
function u64(b: Uint8Array, o: number): number {
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}

function findEocd(b: Uint8Array): number {
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) {
    if (u32(b, i) === EOCD) return i;
  }
  return -1;
}

/** Made on first use: names are ASCII almost always, and jsdom (the pane's tests) has no TextDecoder. */
let utf8Decoder: { decode(bytes: Uint8Array): string } | undefined;

function decodeName(bytes: Uint8Array, utf8: boolean): string {
  // Part names are short ASCII ("xl/worksheets/sheet1.xml"): built directly, without a decoder per name.
  let ascii = "";
  for (let i = 0; i < bytes.length; i++) {
    const x = bytes[i] as number;
    if (x >= 0x80) return utf8 ? (utf8Decoder ??= new TextDecoder("utf-8")).decode(bytes) : latin1(bytes);
    ascii += String.fromCharCode(x);
  }
  return ascii;
}

/** CP437 names are rare in spreadsheets; Latin-1 keeps them readable enough to match "xl/…". */
function latin1(bytes: Uint8Array): string {
  return Array.from(bytes, (x) => String.fromCharCode(x)).join("");
}

export function readZipDirectory(b: Uint8Array, maxEntries: number): ZipDirectory {
  const eocd = findEocd(b);
  if (eocd < 0) return { ok: false, reason: "zipEndMissing" };
  let count = u16(b, eocd + 10);
  let cdSize = u32(b, eocd + 12);
  let cdOffset = u32(b, eocd + 16);
  if (count === 0xffff || cdSize === MAX32 || cdOffset === MAX32) {
    const loc = eocd - 20;
    if (loc < 0 || u32(b, loc) !== EOCD64_LOCATOR) return { ok: false, reason: "zip64LocatorMissing" };
    const rec = u64(b, loc + 8);
    if (rec + 56 > b.length || u32(b, rec) !== EOCD64) return { ok: false, reason: "zip64EndMissing" };
    count = u64(b, rec + 32);
    cdSize = u64(b, rec + 40);
    cdOffset = u64(b, rec + 48);
  }
  if (count > maxEntries) return { ok: false, reason: "tooManyEntries", data: { count } };
  if (cdOffset + cdSize > b.length) return { ok: false, reason: "directoryBeyondEnd" };

  const entries: ZipEntryInfo[] = [];
  const seen = new Set<string>();
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || u32(b, p) !== CENTRAL) return { ok: false, reason: "directoryDamaged" };
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    const crc32 = u32(b, p + 16);
    let compressedSize = u32(b, p + 20);
    let uncompressedSize = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    let localHeaderOffset = u32(b, p + 42);
    if (p + 46 + nameLen + extraLen > b.length) return { ok: false, reason: "directoryDamaged" };
    const name = decodeName(b.subarray(p + 46, p + 46 + nameLen), (flags & 0x800) !== 0);
    // Zip64 extra field: 64-bit values appear only for the fields that hold 0xFFFFFFFF, in this order.
    let x = p + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = u16(b, x);
      const size = u16(b, x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        if (uncompressedSize === MAX32) {
          uncompressedSize = u64(b, q);
          q += 8;
        }
        if (compressedSize === MAX32) {
          compressedSize = u64(b, q);
          q += 8;
        }
        if (localHeaderOffset === MAX32) localHeaderOffset = u64(b, q);
      }
      x += 4 + size;
    }
        // Two parts of one name: readers disagree on which wins, so a file could show one table to Excel and another to us.
    if (seen.has(name)) return { ok: false, reason: "duplicatePart", data: { name: name.slice(0, 80) } };
    seen.add(name);
    entries.push({ name, compressedSize, uncompressedSize, method, encrypted: (flags & 1) !== 0, localHeaderOffset, crc32 });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { ok: true, entries };
}

/** Where an entry's compressed bytes sit, from its local header; undefined when the header is damaged or out of the file. */
export function entryDataRange(b: Uint8Array, entry: ZipEntryInfo): { start: number; end: number } | undefined {
  const o = entry.localHeaderOffset;
  if (o + 30 > b.length || u32(b, o) !== LOCAL) return undefined;
  const start = o + 30 + u16(b, o + 26) + u16(b, o + 28);
  const end = start + entry.compressedSize;
  return end <= b.length ? { start, end } : undefined;
}

/** The bytes of a stored (uncompressed) entry, e.g. an OpenDocument `mimetype`; undefined otherwise. */
export function storedEntryBytes(b: Uint8Array, entry: ZipEntryInfo): Uint8Array | undefined {
  const o = entry.localHeaderOffset;
  if (entry.method !== 0 || o + 30 > b.length || u32(b, o) !== LOCAL) return undefined;
  const start = o + 30 + u16(b, o + 26) + u16(b, o + 28);
  const end = start + entry.compressedSize;
  return end <= b.length ? b.subarray(start, end) : undefined;
}

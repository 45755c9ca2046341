/**
 * Inflates one zip part as a stream of chunks (fflate: the same code in Node,
 * the browser edition and the pane), counting real bytes against the limits —
 * declared sizes can lie — and checking the CRC-32 the directory recorded.
 * Compressed input goes in small slices so that a bomb is caught after at most
 * about 1,000 × the slice of output, not after the whole part.
 */
import { Inflate, inflateSync } from "fflate";
import { formatBytes } from "../core";
import { crc32 } from "./crc32";
import type { ReadLimits } from "./limits";
import { corrupt, limitStop, ReadStop } from "./read-stop";
import { entryDataRange, type ZipEntryInfo } from "./zip-directory";

const SLICE = 16 * 1024;

/**
 * Small parts (almost all of them) inflate in one call into a buffer one byte
 * larger than their declared size. A part that fills it lied (fflate stops
 * writing at the end) and is streamed again under the limits; with at most
 * 64 KiB of input the wasted work is bounded by deflate's ~1,000:1 ceiling.
 */
const ONE_SHOT_COMPRESSED = 64 * 1024;
const ONE_SHOT_UNCOMPRESSED = 4 * 1024 * 1024;

/**
 * What a platform may offer faster than fflate's JavaScript: Node's zlib inflates a sheet about
 * ten times faster (a 1.9 MB sheet part: 7 ms against 40–75 ms) and computes CRC-32 natively.
 * Registered by the Node entry (read-file.ts); the browser edition and the pane keep fflate.
 */
export interface PlatformZip {
  /** Raw deflate data → its bytes, or null when they would pass `max` bytes or the data is damaged. */
  readonly inflate: (data: Uint8Array, max: number) => Uint8Array | null;
  readonly crc32: (data: Uint8Array, running: number) => number;
}

let platform: PlatformZip | undefined;

export function usePlatformZip(p: PlatformZip | undefined): void {
  platform = p;
}

/**
 * Above this declared size, a part is streamed in slices even when the platform could inflate it
 * at once: its bytes are never all in memory together.
 */
const PLATFORM_ONE_SHOT = 16 * 1024 * 1024;

/** Inflated bytes of all parts read so far, for the workbook-wide limit. */
export interface InflateBudget {
  total: number;
}

/** False when the part inflates past its declared size: the caller then streams it, so the limits name what it really is. */
function oneShot(data: Uint8Array, entry: ZipEntryInfo, take: (chunk: Uint8Array) => void): boolean {
  let out: Uint8Array;
  try {
    out = inflateSync(data, { out: new Uint8Array(entry.uncompressedSize + 1) });
  } catch {
    // Writing past the buffer (a lie) or damaged data: streaming names which, under the limits.
    return false;
  }
  if (out.length > entry.uncompressedSize) return false;
  take(out);
  return true;
}

/** As oneShot, with the platform's inflater: a part that inflates past its declared size is left to the streaming path. */
function platformOneShot(p: PlatformZip, data: Uint8Array, entry: ZipEntryInfo, take: (chunk: Uint8Array) => void): boolean {
  const out = p.inflate(data, entry.uncompressedSize);
  if (out === null) return false;
  take(out);
  return true;
}

export function streamEntry(
  b: Uint8Array,
  entry: ZipEntryInfo,
  limits: ReadLimits,
  budget: InflateBudget,
  onChunk: (chunk: Uint8Array) => void,
): number {
  if (entry.encrypted) throw new ReadStop("FILE_ENCRYPTED", {});
  const range = entryDataRange(b, entry);
  if (!range) throw corrupt("partHeaderDamaged", { part: entry.name });
  let bytes = 0;
  let crc = 0;
  const take = (chunk: Uint8Array): void => {
    if (chunk.length === 0) return;
    bytes += chunk.length;
    budget.total += chunk.length;
    if (bytes > limits.maxEntryBytes) throw limitStop("entryBytes", `> ${formatBytes(bytes)}`, formatBytes(limits.maxEntryBytes), entry.name);
    if (budget.total > limits.maxTotalBytes) throw limitStop("totalBytes", `> ${formatBytes(budget.total)}`, formatBytes(limits.maxTotalBytes));
    crc = platform === undefined ? crc32(chunk, crc) : platform.crc32(chunk, crc);
    onChunk(chunk);
  };
  const data = b.subarray(range.start, range.end);
  if (entry.method === 0) {
    for (let p = 0; p < data.length; p += SLICE) take(data.subarray(p, Math.min(data.length, p + SLICE)));
  } else if (entry.method !== 8) {
    throw corrupt("compressionMethod", { part: entry.name, count: entry.method });
  } else if (!(platform !== undefined && entry.uncompressedSize > 0 && entry.uncompressedSize <= PLATFORM_ONE_SHOT && platformOneShot(platform, data, entry, take)) &&
    !(data.length <= ONE_SHOT_COMPRESSED && entry.uncompressedSize <= ONE_SHOT_UNCOMPRESSED && oneShot(data, entry, take))) {
    const inflater = new Inflate((chunk) => take(chunk));
    try {
      for (let p = 0; p < data.length; p += SLICE) {
        const end = Math.min(data.length, p + SLICE);
        inflater.push(data.subarray(p, end), end === data.length);
      }
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (e) {
      if (e instanceof ReadStop) throw e;
      throw corrupt("inflateFailed", { part: entry.name, text: e instanceof Error ? e.message : String(e) });
    }
  }
  if (crc !== entry.crc32) throw corrupt("checksumMismatch", { part: entry.name });
  return bytes;
}

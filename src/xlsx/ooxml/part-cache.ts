/**
 * What a workbook's small shared parts say (workbook.xml, its relationships, styles.xml), kept
 * for the next file whose part is the same bytes. Reports made from one template — what a
 * consolidation reads by the hundred — carry identical copies of those parts: the second file on
 * reuses the first one's reading instead of inflating and parsing them again.
 *
 * A hit needs the same compressed bytes, compression method, declared size and CRC-32 as a part
 * that was read in full without a problem, so it reads to the same value; the inflated bytes are
 * still charged to the workbook's budget, and the value is shared read-only.
 */
import { formatBytes } from "../../core";
import type { ReadLimits } from "../limits";
import { limitStop } from "../read-stop";
import { entryDataRange, type ZipEntryInfo } from "../zip-directory";
import type { InflateBudget } from "../zip-entry";

/** Larger parts are not kept: a template's shared parts are a few KiB. */
const MAX_COMPRESSED = 64 * 1024;
/** Distinct parts remembered per kind; past it the cache starts again (a run reading many templates). */
const MAX_ENTRIES = 32;

interface Kept<T> {
  readonly raw: Uint8Array;
  readonly size: number;
  readonly value: T;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class PartCache<T> {
  private readonly kept = new Map<string, Kept<T>>();

  /** `read` inflates and parses the part, charging `budget`; it runs unless an identical part was read before. */
  get(b: Uint8Array, entry: ZipEntryInfo, limits: ReadLimits, budget: InflateBudget, read: () => T): T {
    const range = entry.encrypted || entry.compressedSize > MAX_COMPRESSED ? undefined : entryDataRange(b, entry);
    if (range === undefined) return read();
    const key = `${entry.method}:${entry.crc32}:${entry.uncompressedSize}`;
    const raw = b.subarray(range.start, range.end);
    const hit = this.kept.get(key);
    if (hit !== undefined && sameBytes(hit.raw, raw)) {
      // The limits may differ from the first reading's: they are applied to the size it found.
      if (hit.size > limits.maxEntryBytes) throw limitStop("entryBytes", `> ${formatBytes(hit.size)}`, formatBytes(limits.maxEntryBytes), entry.name);
      budget.total += hit.size;
      if (budget.total > limits.maxTotalBytes) throw limitStop("totalBytes", `> ${formatBytes(budget.total)}`, formatBytes(limits.maxTotalBytes));
      return hit.value;
    }
    const before = budget.total;
    const value = read();
    if (this.kept.size >= MAX_ENTRIES) this.kept.clear();
    this.kept.set(key, { raw: raw.slice(), size: budget.total - before, value });
    return value;
  }
}

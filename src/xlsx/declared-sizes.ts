/**
 * The sizes each zip part declares in the central directory, checked before
 * anything is inflated: a zip bomb that tells the truth is refused in
 * microseconds. Parts that lie are caught while inflating (zip-entry.ts).
 */
import { formatBytes } from "../core";
import type { ReadLimits } from "./limits";
import { limitStop, type ReadStop } from "./read-stop";
import type { ZipEntryInfo } from "./zip-directory";

export function checkDeclaredSizes(entries: readonly ZipEntryInfo[], limits: ReadLimits): ReadStop | null {
  let total = 0;
  for (const e of entries) {
    if (e.uncompressedSize > limits.maxEntryBytes) return limitStop("entryBytes", formatBytes(e.uncompressedSize), formatBytes(limits.maxEntryBytes), e.name);
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize > limits.ratioAppliesAbove && ratio > limits.maxRatio) return limitStop("ratio", `${Math.round(ratio)}:1`, `${limits.maxRatio}:1`, e.name);
    total += e.uncompressedSize;
  }
  if (total > limits.maxTotalBytes) return limitStop("totalBytes", formatBytes(total), formatBytes(limits.maxTotalBytes));
  return null;
}

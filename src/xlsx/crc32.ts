/**
 * CRC-32 (IEEE, as zip uses it). fflate computes it internally but does not
 * export it. Slicing-by-8 (eight 256-entry tables, eight bytes per step) is
 * several times faster than the byte loop on the megabytes of sheet XML the
 * reader checks; tested against Node's zlib.crc32.
 */
const T = ((): Uint32Array => {
  const t = new Uint32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    for (let k = 1; k < 8; k++) {
      const prev = t[(k - 1) * 256 + n] as number;
      t[k * 256 + n] = ((prev >>> 8) ^ (t[prev & 0xff] as number)) >>> 0;
    }
  }
  return t;
})();

/** Feed chunks with the running value (start at 0); the result is unsigned. */
export function crc32(b: Uint8Array, running = 0): number {
  let c = ~running >>> 0;
  let i = 0;
  const n = b.length;
  for (; i + 8 <= n; i += 8) {
    const a = (c ^ ((b[i] as number) | ((b[i + 1] as number) << 8) | ((b[i + 2] as number) << 16) | ((b[i + 3] as number) << 24))) >>> 0;
    c =
      (T[1792 + (a & 0xff)] as number) ^
      (T[1536 + ((a >>> 8) & 0xff)] as number) ^
      (T[1280 + ((a >>> 16) & 0xff)] as number) ^
      (T[1024 + (a >>> 24)] as number) ^
      (T[768 + (b[i + 4] as number)] as number) ^
      (T[512 + (b[i + 5] as number)] as number) ^
      (T[256 + (b[i + 6] as number)] as number) ^
      (T[b[i + 7] as number] as number);
  }
  for (; i < n; i++) c = (T[(c ^ (b[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}

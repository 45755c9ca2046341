/**
 * CRC-32 (IEEE, as zip uses it). fflate computes it internally but does not
 * export it; a table-driven loop is twelve lines and checked against known
 * values in the tests.
 */
const TABLE = ((): Uint32Array => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** Feed chunks with the running value (start at 0); the result is unsigned. */
export function crc32(chunk: Uint8Array, running = 0): number {
  let c = ~running >>> 0;
  for (let i = 0; i < chunk.length; i++) c = (TABLE[(c ^ (chunk[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}

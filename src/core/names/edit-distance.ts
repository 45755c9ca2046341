/**
 * Levenshtein distance that gives up beyond `max`: suggestions only care about
 * near names, and giving up early keeps 1,000 × 500 comparisons fast.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let curr = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (curr[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, curr] = [curr, prev];
  }
  return Math.min(prev[b.length] ?? max + 1, max + 1);
}

/**
 * Distances from one string to many: Myers' bit-parallel algorithm (one pass
 * over `b` per comparison) when `a` fits in 32 bits, the plain table otherwise.
 */
export function editDistanceFrom(a: string): (b: string) => number {
  const m = a.length;
  if (m === 0) return (b) => b.length;
  if (m > 32) return (b) => boundedEditDistance(a, b, Math.max(a.length, b.length));
  // Keys are unaccented, so nearly all characters are ASCII: an array lookup beats a Map.
  const ascii = new Int32Array(128);
  const other = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const c = a.charCodeAt(i);
    if (c < 128) ascii[c] = (ascii[c] ?? 0) | (1 << i);
    else other.set(c, (other.get(c) ?? 0) | (1 << i));
  }
  const last = 1 << (m - 1);
  return (b) => {
    let pv = -1;
    let mv = 0;
    let score = m;
    for (let j = 0; j < b.length; j++) {
      const c = b.charCodeAt(j);
      const eq = c < 128 ? (ascii[c] ?? 0) : (other.get(c) ?? 0);
      const xv = eq | mv;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & last) score++;
      else if (mh & last) score--;
      ph = (ph << 1) | 1;
      mh = mh << 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
    }
    return score;
  };
}

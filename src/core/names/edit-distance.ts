/**
 * Levenshtein distances for suggestions, on UTF-16 code units.
 *
 * Suggestions only care about near names, so every distance takes a bound and
 * gives up past it; and the work grows with the distance found, not with the
 * product of the lengths: ten 10,000-character names against ten similar ones
 * are a few hundred thousand steps, not a billion.
 */

/** Steps an edit distance took (diagonals visited and characters compared): lets tests bound the work without timing it. */
export interface EditWork {
  steps: number;
}

/** No diagonal has been reached: far below any row, so `+ 1` keeps it unreached. */
const UNREACHED = -(2 ** 30);

/**
 * Ukkonen's diagonal transition ("furthest reaching point per diagonal"): for
 * d = 0, 1, 2… the furthest row each diagonal reaches with d edits, sliding
 * along equal characters. It stops at the first d that reaches the corner, or
 * past `limit`: at most (limit + 1)² diagonal visits, and each diagonal's slide
 * only moves forward, so the comparisons are at most one pass per diagonal.
 */
function diagonalDistance(a: string, aFrom: number, m: number, b: string, bFrom: number, n: number, limit: number, work: EditWork | undefined): number {
  const low = -Math.min(m, limit);
  const high = Math.min(n, limit);
  // One unreached diagonal of padding on each side.
  const reach = new Int32Array(high - low + 3).fill(UNREACHED);
  const offset = 1 - low;
  const target = n - m;
  let steps = 0;
  for (let d = 0; d <= limit; d++) {
    const lo = Math.max(low, -d);
    const hi = Math.min(high, d);
    let left = UNREACHED; // the previous round's value of diagonal k - 1
    for (let k = lo; k <= hi; k++) {
      const at = k + offset;
      const old = reach[at] ?? UNREACHED;
      // Substitution stays on the diagonal; an insertion comes from k - 1, a deletion from k + 1.
      let i = d === 0 ? 0 : Math.max(old + 1, left, (reach[at + 1] ?? UNREACHED) + 1);
      i = Math.min(i, m, n - k);
      steps++;
      while (i < m && i + k < n && a.charCodeAt(aFrom + i) === b.charCodeAt(bFrom + i + k)) {
        i++;
        steps++;
      }
      reach[at] = i;
      left = old;
      if (k === target && i === m) {
        if (work) work.steps += steps;
        return d;
      }
    }
  }
  if (work) work.steps += steps;
  return limit + 1;
}

/**
 * Levenshtein distance that gives up beyond `max`, answering `max + 1` then.
 * Equal heads and tails are skipped first; a length difference beyond `max`
 * answers at once.
 */
export function boundedEditDistance(a: string, b: string, max: number, work?: EditWork): number {
  const limit = Number.isNaN(max) ? 0 : Math.max(0, Math.min(Math.floor(max), Math.max(a.length, b.length)));
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const shorter = Math.min(a.length, b.length);
  let start = 0;
  while (start < shorter && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  if (work) work.steps += start + (a.length - endA);
  const m = endA - start;
  const n = endB - start;
  // With one side used up, what is left of the other is all insertions (at most `limit`, checked above).
  if (m === 0 || n === 0) return m + n;
  // Diagonals cost about d² visits, the bit-parallel table m·n/32 steps: far names switch over once diagonals cost more.
  const switchAt = Math.ceil(Math.sqrt((m * n) / 32));
  if (limit <= switchAt) return diagonalDistance(a, start, m, b, start, n, limit, work);
  const near = diagonalDistance(a, start, m, b, start, n, switchAt, work);
  if (near <= switchAt) return near;
  return Math.min(bitParallelDistance(a.slice(start, endA), b.slice(start, endB), work), limit + 1);
}

/** Bit masks of one 32-character block of the pattern, by UTF-16 code unit; cleared after each block. */
const peq = new Uint32Array(0x10000);

/**
 * Myers' bit-parallel Levenshtein in blocks of 32 (Hyyrö's extension), after
 * the MIT-licensed fastest-levenshtein: ⌈|b|/32⌉ passes over `a`. Exact; used
 * only when the names are too far apart for the diagonals to be cheaper.
 */
function bitParallelDistance(a: string, b: string, work: EditWork | undefined): number {
  const n = a.length;
  const m = b.length;
  const hsize = Math.ceil(n / 32);
  const vsize = Math.ceil(m / 32);
  const phc = new Int32Array(hsize).fill(-1);
  const mhc = new Int32Array(hsize);
  let score = m;
  for (let block = 0; block < vsize; block++) {
    const start = block * 32;
    const end = Math.min(start + 32, m);
    const lastBlock = block === vsize - 1;
    for (let k = start; k < end; k++) peq[b.charCodeAt(k)] = (peq[b.charCodeAt(k)] ?? 0) | (1 << k);
    let mv = 0;
    let pv = -1;
    for (let i = 0; i < n; i++) {
      const eq = peq[a.charCodeAt(i)] ?? 0;
      const word = (i / 32) | 0;
      const pb = ((phc[word] ?? 0) >>> i) & 1;
      const mb = ((mhc[word] ?? 0) >>> i) & 1;
      const xv = eq | mv;
      const xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (lastBlock) {
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
      }
      if ((ph >>> 31) ^ pb) phc[word] = (phc[word] ?? 0) ^ (1 << i);
      if ((mh >>> 31) ^ mb) mhc[word] = (mhc[word] ?? 0) ^ (1 << i);
      ph = (ph << 1) | pb;
      mh = (mh << 1) | mb;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
    }
    for (let k = start; k < end; k++) peq[b.charCodeAt(k)] = 0;
  }
  if (work) work.steps += vsize * n;
  return score;
}

/**
 * Distances from one string to many, each call bounded by `max` when given
 * (answering `max + 1` past it). Myers' bit-parallel algorithm (one pass over
 * `b`) when `a` fits in 32 bits, the diagonal transition above otherwise.
 */
export function editDistanceFrom(a: string, work?: EditWork): (b: string, max?: number) => number {
  const m = a.length;
  if (m > 32) return (b, max) => boundedEditDistance(a, b, max ?? Math.max(m, b.length), work);
  // Keys are unaccented, so nearly all characters are ASCII: an array lookup beats a Map.
  const ascii = new Int32Array(128);
  const other = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const c = a.charCodeAt(i);
    if (c < 128) ascii[c] = (ascii[c] ?? 0) | (1 << i);
    else other.set(c, (other.get(c) ?? 0) | (1 << i));
  }
  const last = 1 << (m - 1);
  return (b, max) => {
    const limit = max === undefined ? Infinity : Math.max(0, Math.floor(max));
    if (Math.abs(m - b.length) > limit) return limit + 1;
    if (m === 0) return b.length;
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
    if (work) work.steps += b.length;
    return Math.min(score, limit + 1);
  };
}

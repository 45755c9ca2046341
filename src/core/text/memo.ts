/**
 * Memoising pure functions of text (issue #16): a sheet of 10,000 names asks for
 * the same name's clean form and keys several times over (row reading, kind,
 * matching, duplicates), a table repeats a handful of quota texts, a batch of
 * reports repeats its headers. The functions are pure, so a cache changes no
 * result — only how often the work is done.
 *
 * Bounded twice so memory stays proportional to nothing: long keys are not
 * kept (a 5-million-letter cell is computed, not stored), and a full cache is
 * emptied rather than grown.
 */
export interface CacheBounds {
  readonly maxEntries: number;
  readonly maxKeyLength: number;
}

/** A bounded cache keyed by text; `get` computes on a miss. Values may be null, never undefined. */
export class BoundedTextCache<V> {
  private readonly cache = new Map<string, V>();

  constructor(private readonly bounds: CacheBounds) {}

  get(key: string, compute: () => V): V {
    if (key.length > this.bounds.maxKeyLength) return compute();
    let value = this.cache.get(key);
    if (value === undefined) {
      value = compute();
      if (this.cache.size >= this.bounds.maxEntries) this.cache.clear();
      this.cache.set(key, value);
    }
    return value;
  }
}

const TEXT_KEY_BOUNDS: CacheBounds = { maxEntries: 50_000, maxKeyLength: 256 };

export function memoiseText(fn: (text: string) => string): (text: string) => string {
  const cache = new BoundedTextCache<string>(TEXT_KEY_BOUNDS);
  return (text: string): string => cache.get(text, () => fn(text));
}

/**
 * Memoising the text keys (issue #16): a sheet of 10,000 names asks for the
 * same name's clean form and keys several times over (row reading, kind,
 * matching, duplicates), and every call decomposes and recomposes the string.
 * The functions are pure, so a cache changes no result — only how often the
 * work is done.
 *
 * Bounded twice so memory stays proportional to nothing: long strings are not
 * kept (a 5-million-letter cell is computed, not stored), and a full cache is
 * emptied rather than grown.
 */
const MAX_ENTRIES = 50_000;
const MAX_KEY_LENGTH = 256;

export function memoiseText(
  fn: (text: string) => string,
): (text: string) => string {
  const cache = new Map<string, string>();
  return (text: string): string => {
    if (text.length > MAX_KEY_LENGTH) return fn(text);
    let value = cache.get(text);
    if (value === undefined) {
      value = fn(text);
      if (cache.size >= MAX_ENTRIES) cache.clear();
      cache.set(text, value);
    }
    return value;
  };
}

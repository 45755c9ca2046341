/**
 * The bytes of the files the user chose, read a few files ahead of the one being parsed: a browser
 * reads a file in another process and hands the bytes over later, so reading them one after the
 * other leaves the page idle while each arrives (issue #16: the browser edition opening 200 reports).
 * What is read ahead is bounded in bytes, not files, so that choosing many large files does not
 * hold them all in memory at once; the file being parsed is always read, whatever its size.
 */
import { InvariantError } from "../core";

/** Bytes read ahead of the file being parsed, at most. */
export const READ_AHEAD_BYTES = 32 * 1024 * 1024;

/**
 * Returns `take(i)`: the bytes of `files[i]`, to be called for i = 0, 1, 2… in order. Reads start
 * early; a read that fails is reported when its file's turn comes, as if it had started then.
 */
export function readAhead<F extends { readonly size: number }>(
  files: readonly F[],
  read: (file: F) => Promise<Uint8Array>,
  maxBytesAhead: number = READ_AHEAD_BYTES,
): (index: number) => Promise<Uint8Array> {
  const started = new Map<number, Promise<Uint8Array>>();
  let next = 0;
  let bytesAhead = 0;
  let expected = 0;

  // Asked once per file: for a file chosen from disk, Chromium answers File.size with a synchronous
  // call to the browser process (about half a millisecond the first time).
  const sizes: number[] = [];
  const sizeOf = (i: number): number => (sizes[i] ??= Math.max(0, (files[i] as F).size));
  const startReads = (current: number): void => {
    while (next < files.length && (next <= current || bytesAhead + sizeOf(next) <= maxBytesAhead)) {
      let reading: Promise<Uint8Array>;
      try {
        reading = read(files[next] as F);
      } catch (e) {
        // A read that fails at once belongs to its own file, reported at its turn like any other.
        reading = Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
      // Seen when its turn comes; until then a failure must not count as an unhandled rejection.
      reading.catch(() => undefined);
      started.set(next, reading);
      bytesAhead += sizeOf(next);
      next++;
    }
  };

  return (index) => {
    if (index !== expected || index >= files.length) throw new InvariantError(`readAhead: file ${index} taken, ${expected} expected`);
    expected++;
    startReads(index);
    const reading = started.get(index) as Promise<Uint8Array>;
    started.delete(index);
    bytesAhead -= sizeOf(index);
    startReads(index);
    return reading;
  };
}

/**
 * Whether two paths name one file: a symlink, a hard link, `./a` and `a`, or a
 * case-insensitive file system's other spelling all lead to the same device and
 * inode. A path that does not exist is no file, so it is nobody's twin.
 */
import { promises as fs } from "fs";

export async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [x, y] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

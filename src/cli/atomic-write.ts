/**
 * Output files are created only at the very end, and exclusively: written next to their final name
 * and then hard-linked into place, which fails if anything took that name meanwhile (another run,
 * another program, a file the user just saved). A full disk or a killed process leaves nothing
 * half-written. `--force` renames over regular files only: never a device, FIFO, socket or folder.
 */
import { randomBytes } from "crypto";
import { constants as fsConstants, promises as fs, type Stats } from "fs";
import * as path from "path";

/** A hidden, unique name in `folder`: same file system as the target, so link and rename are atomic. */
function temporaryNameIn(folder: string, base: string): string {
  // A target's name may use all 255 bytes a file system allows: the temporary one keeps only its start (pid and random make it unique).
  const start = Array.from(base).slice(0, 40).join("");
  return path.join(folder, `.${start}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
}

/** Targets that already exist, refused without --force. */
export class OutputExistsError extends Error {
  constructor(readonly paths: readonly string[]) {
    super(`already exists: ${paths.join(", ")}`);
    this.name = "OutputExistsError";
  }
}

/** A target that is not a regular file: refused even with --force. */
export class OutputNotRegularError extends Error {
  readonly code = "FILE_NOT_REGULAR";
  constructor(
    readonly path: string,
    readonly kind: string,
  ) {
    super(`not a regular file (${kind}): ${path}`);
    this.name = "OutputNotRegularError";
  }
}

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return "folder";
  if (stat.isCharacterDevice()) return "character device";
  if (stat.isBlockDevice()) return "block device";
  if (stat.isFIFO()) return "FIFO";
  if (stat.isSocket()) return "socket";
  return "special file";
}

/**
 * Null when `target` is absent or a regular file (through symlinks: the link itself is what a
 * rename replaces, but what it names decides what the user meant), else the kind of thing it is.
 */
export async function nonRegularKind(target: string): Promise<string | null> {
  let stat: Stats;
  try {
    stat = await fs.stat(target);
  } catch {
    return null;
  }
  return stat.isFile() ? null : kindOf(stat);
}

/** File systems without hard links (FAT and exFAT USB drives, some network shares). */
const NO_HARD_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS"]);

/** Creates `target` from `temp` only if the name is free: a link, or an exclusive copy where links are not supported. */
async function placeExclusively(temp: string, target: string): Promise<void> {
  try {
    await fs.link(temp, target);
    return;
  } catch (e) {
    if (!NO_HARD_LINKS.has(String((e as { code?: unknown }).code))) throw e;
  }
  try {
    await fs.copyFile(temp, target, fsConstants.COPYFILE_EXCL);
  } catch (e) {
    // A copy cut short by a full disk is this run's own partial file; one that found the name taken is not.
    if ((e as { code?: unknown }).code !== "EEXIST") await fs.rm(target, { force: true }).catch(() => undefined);
    throw e;
  }
}

export interface OutputFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}

/**
 * Writes every file, then puts them in place all or none: without `overwrite` each is linked
 * (EEXIST if its name is taken) and on any clash the ones already placed are removed again.
 */
export async function publishFiles(files: readonly OutputFile[], options: { readonly overwrite: boolean }): Promise<void> {
  const temps: string[] = [];
  const placed: string[] = [];
  try {
    for (const f of files) {
      const temp = temporaryNameIn(path.dirname(f.path), path.basename(f.path));
      temps.push(temp);
      await fs.writeFile(temp, f.bytes, { flag: "wx" });
    }
    if (options.overwrite) {
      for (const f of files) {
        const kind = await nonRegularKind(f.path);
        if (kind !== null) throw new OutputNotRegularError(f.path, kind);
      }
      for (const [i, f] of files.entries()) await fs.rename(temps[i] as string, f.path);
      return;
    }
    const clashes: string[] = [];
    for (const [i, f] of files.entries()) {
      try {
        await placeExclusively(temps[i] as string, f.path);
        placed.push(f.path);
      } catch (e) {
        if ((e as { code?: unknown }).code !== "EEXIST") throw e;
        clashes.push(f.path);
      }
    }
    if (clashes.length > 0) throw new OutputExistsError(clashes);
  } catch (e) {
    // Only names this run created itself a moment ago are removed.
    for (const p of placed) await fs.unlink(p).catch(() => undefined);
    throw e;
  } finally {
    for (const t of temps) await fs.rm(t, { force: true }).catch(() => undefined);
  }
}

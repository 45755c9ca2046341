/**
 * Output written next to its final name and renamed into place: a full disk or a killed process
 * leaves the old file (or nothing) behind, never a half-written workbook that looks valid.
 */
import { randomBytes } from "crypto";
import { promises as fs } from "fs";
import * as path from "path";

/** A hidden, unique name in `folder`: same file system as the target, so rename is atomic. */
export function temporaryNameIn(folder: string, base: string): string {
  return path.join(folder, `.${base}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
}

export async function writeFileAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const temp = temporaryNameIn(path.dirname(target), path.basename(target));
  try {
    await fs.writeFile(temp, bytes, { flag: "wx" });
    await fs.rename(temp, target);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/**
 * The rules every `--out FILE.xlsx` follows (consolidate, probation): never an input, never a
 * folder or a special file, not an existing file without --force, a folder that can be written.
 * Early answers only: the file is still created exclusively at the end.
 */
import * as path from "path";
import type { LocalizedText } from "../core";
import { nonRegularKind } from "./atomic-write";
import { fsProblemMessage } from "./fs-problems";
import { notRegularMessage } from "./output-messages";
import { outputFolderProblem, pathExists, realPathOf } from "./paths";

export interface OutTarget {
  readonly outArg: string;
  readonly outPath: string;
  readonly force: boolean;
  readonly cwd: string;
  /** Report inputs (paths as collected). */
  readonly inputs: readonly string[];
  /** Other files read (the allocation table, aliases): real path and how the user wrote it. */
  readonly others: ReadonlyArray<{ readonly real: string; readonly written: string }>;
}

/** The problem with `--out`, or null when it may be written. */
export async function outTargetProblem(t: OutTarget): Promise<LocalizedText | null> {
  const { outArg, outPath } = t;
  const outReal = await realPathOf(outPath);
  const inputReals = await Promise.all(t.inputs.map((f) => realPathOf(f)));
  const clash = inputReals.findIndex((r) => r === outReal);
  const other = t.others.find((o) => o.real === outReal);
  if (clash >= 0 || other) {
    const clashing = t.inputs[clash] ?? "";
    const relative = path.relative(t.cwd, clashing);
    const which = clash >= 0 ? (relative.startsWith("..") ? clashing : relative) : (other?.written ?? "");
    return {
      vi: `--out ${outArg} chính là tệp đầu vào ${which}; không ghi đè. Hãy chọn tên tệp kết quả khác hoặc để nó ngoài các thư mục đầu vào.`,
      en: `--out ${outArg} is the input ${which}; refusing to overwrite it. Choose another output name, or keep it outside the input folders.`,
    };
  }
  const kind = await nonRegularKind(outPath);
  if (kind !== null) return notRegularMessage(`--out ${outArg}`, kind);
  if (!t.force && (await pathExists(outPath))) {
    return {
      vi: `tệp --out ${outArg} đã có; không ghi đè. Hãy chọn tên tệp khác, hoặc thêm --force để ghi đè.`,
      en: `--out ${outArg} already exists; refusing to overwrite it. Choose another name, or add --force to overwrite it.`,
    };
  }
  const folderProblem = await outputFolderProblem(path.dirname(outPath));
  if (folderProblem !== null) {
    const message = fsProblemMessage(folderProblem, outArg);
    if (!message) throw folderProblem;
    return message;
  }
  return null;
}

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
import { readAsReport, walkedName } from "./report-inputs";

export interface OutTarget {
  /** The option as typed in messages: "--out" unless given ("--docx"). */
  readonly option?: string;
  readonly outArg: string;
  readonly outPath: string;
  readonly force: boolean;
  readonly cwd: string;
  /** Report inputs (paths as collected). */
  readonly inputs: readonly string[];
  /** Other files read (the allocation table, aliases): real path and how the user wrote it. */
  readonly others: ReadonlyArray<{ readonly real: string; readonly written: string }>;
  /** Folders given as inputs (resolved) and how the user wrote them: a report written inside one is read back by the next run. */
  readonly inputFolders?: ReadonlyArray<{ readonly path: string; readonly written: string }>;
}

/**
 * The input folder a run over it would read `outPath` from, or undefined. Only names a folder walk
 * reads count (a spreadsheet, not hidden, not a `~$` lock file, under no hidden folder): a Word
 * report beside the reports is never read back. PTĐV's own workbooks stay valid inputs: one copied
 * into the folder of the level above is read there on purpose.
 */
async function enclosingInputFolder(outPath: string, folders: NonNullable<OutTarget["inputFolders"]>): Promise<{ readonly written: string } | undefined> {
  if (!readAsReport(path.basename(outPath))) return undefined;
  const outReal = await realPathOf(outPath);
  for (const folder of folders) {
    const folderReal = await realPathOf(folder.path);
    const relative = path.relative(folderReal, outReal);
    if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) continue;
    if (relative.split(path.sep).every(walkedName)) return folder;
  }
  return undefined;
}

/** What each output option writes: a workbook under another name would not open by a double click (issue #17). */
const EXTENSION_OF: Readonly<Record<string, string>> = { "--out": ".xlsx", "--docx": ".docx" };

/** The problem with `--out`, or null when it may be written. */
export async function outTargetProblem(t: OutTarget): Promise<LocalizedText | null> {
  const { outArg, outPath } = t;
  const option = t.option ?? "--out";
  const outReal = await realPathOf(outPath);
  const inputReals = await Promise.all(t.inputs.map((f) => realPathOf(f)));
  const clash = inputReals.findIndex((r) => r === outReal);
  const other = t.others.find((o) => o.real === outReal);
  if (clash >= 0 || other) {
    const clashing = t.inputs[clash] ?? "";
    const relative = path.relative(t.cwd, clashing);
    const which = clash >= 0 ? (relative.startsWith("..") ? clashing : relative) : (other?.written ?? "");
    return {
      vi: `${option} ${outArg} chính là tệp đầu vào ${which}; không ghi đè. Hãy chọn tên tệp kết quả khác hoặc để nó ngoài các thư mục đầu vào.`,
      en: `${option} ${outArg} is the input ${which}; refusing to overwrite it. Choose another output name, or keep it outside the input folders.`,
    };
  }
  const folder = await enclosingInputFolder(outPath, t.inputFolders ?? []);
  if (folder) {
    return {
      vi: `${option} ${outArg} nằm trong thư mục đầu vào ${folder.written}: lần chạy sau trên thư mục này sẽ đọc nó như một báo cáo và cộng số liệu hai lần. Hãy ghi kết quả ra ngoài các thư mục đầu vào. [OUTPUT_IN_INPUT_FOLDER]`,
      en: `${option} ${outArg} is inside the input folder ${folder.written}: the next run over that folder would read it as a report and count its figures twice. Write the output outside the input folders. [OUTPUT_IN_INPUT_FOLDER]`,
    };
  }
  const kind = await nonRegularKind(outPath);
  if (kind !== null) return notRegularMessage(`${option} ${outArg}`, kind);
  const extension = EXTENSION_OF[option];
  if (extension !== undefined && path.extname(outPath).toLowerCase() !== extension) {
    return {
      vi: `${option} ${outArg}: tệp kết quả là ${extension === ".xlsx" ? "một sổ làm việc Excel" : "một tài liệu Word"}, tên tệp phải kết thúc bằng ${extension} (ví dụ ${path.basename(outPath, path.extname(outPath)) || "ket-qua"}${extension}). [OUTPUT_WRONG_EXTENSION]`,
      en: `${option} ${outArg}: the output is ${extension === ".xlsx" ? "an Excel workbook" : "a Word document"}, so its name must end in ${extension} (e.g. ${path.basename(outPath, path.extname(outPath)) || "result"}${extension}). [OUTPUT_WRONG_EXTENSION]`,
    };
  }
  if (!t.force && (await pathExists(outPath))) {
    return {
      vi: `tệp ${option} ${outArg} đã có; không ghi đè. Hãy chọn tên tệp khác, hoặc thêm --force để ghi đè.`,
      en: `${option} ${outArg} already exists; refusing to overwrite it. Choose another name, or add --force to overwrite it.`,
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

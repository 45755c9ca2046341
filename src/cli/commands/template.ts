/**
 * `ptdv template --allocation FILE [--sheet NAME] [--year Y] --out-dir DIR [--force]`: one report
 * template per organisation. Existing files are never overwritten without --force: a template
 * an organisation already filled in may sit in that folder.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { checkAllocation } from "../../core";
import { cellAt, colSpan, displayText, rowSpan, type Grid } from "../../core";
import { hasErrors, type LocalizedText } from "../../core";
import { templateWorkbookSpecs } from "../../core";
import { foldKey } from "../../core";
import { readWorkbookFile } from "../../xlsx/read-file";
import { writeWorkbook } from "../../xlsx/write-workbook";
import { argumentError, readCommandLine, type CommandInfo } from "../command-line";
import type { CliIo } from "../io";
import { fsProblemMessage } from "../fs-problems";
import { folderArgumentProblem, isFolder, outputFolderProblem, pathExists } from "../paths";
import { reportSettingsFrom } from "../report-settings";

const USAGE: LocalizedText = {
  vi:
    "Cách dùng: ptdv template --allocation TỆP [--sheet TÊN] [--year NĂM] --out-dir THƯ_MỤC [--force] [--lang vi|en]\n" +
    "  --force  ghi đè các tệp mẫu đã có trong THƯ_MỤC (mặc định: không ghi đè, báo các tệp trùng tên và dừng)\n",
  en:
    "Usage: ptdv template --allocation FILE [--sheet NAME] [--year Y] --out-dir DIR [--force] [--lang vi|en]\n" +
    "  --force  overwrite template files already in DIR (default: overwrite nothing, list the clashes and stop)\n",
};

const TEMPLATE: CommandInfo = { name: "template", usage: USAGE };

const TEMPLATE_OPTIONS = {
  allocation: "string",
  sheet: "string",
  // A string, not an integer: "25" is a whole number but not a year.
  year: "string",
  "out-dir": "string",
  lang: "string",
  issuer: "string",
  place: "string",
  force: "flag",
  help: "flag",
} as const;

/**
 * Every template is written into a hidden folder inside `outDir` first and only then renamed into
 * place, so a full disk or a failing write leaves no partial set that looks complete.
 */
async function writeAllThenMove(outDir: string, files: ReadonlyArray<{ readonly name: string; readonly bytes: Uint8Array }>): Promise<void> {
  const staging = await fs.mkdtemp(path.join(outDir, ".ptdv-templates-"));
  try {
    for (const f of files) await fs.writeFile(path.join(staging, f.name), f.bytes);
    for (const f of files) await fs.rename(path.join(staging, f.name), path.join(outDir, f.name));
  } finally {
    await fs.rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** "PHÂN BỔ CHỈ TIÊU PHÁT TRIỂN ĐẢNG NĂM 2025": the plan year, when the sheet says it. */
function yearInTitle(grid: Grid): number | null {
  const rows = rowSpan(grid);
  const cols = colSpan(grid);
  for (let r = rows.first; r <= Math.min(rows.last, rows.first + 15); r++) {
    for (let c = cols.first; c <= cols.last; c++) {
      const m = /\bnam (\d{4})\b/.exec(foldKey(displayText(cellAt(grid, r, c))));
      if (m) return Number(m[1]);
    }
  }
  return null;
}

export async function runTemplate(argv: readonly string[], io: CliIo): Promise<number> {
  const line = readCommandLine(argv, TEMPLATE_OPTIONS, TEMPLATE, io);
  if (!line.ok) return line.exitCode;
  const { lang, options, positional } = line;
  const fail = (message: LocalizedText): number => argumentError(io, TEMPLATE, lang, message);
  const extra = positional[0];
  if (extra !== undefined) return fail({ vi: `đối số không mong đợi: ${extra}`, en: `unexpected argument ${extra}` });
  const allocationArg = options.allocation;
  if (allocationArg === undefined) return fail({ vi: "thiếu --allocation TỆP (bảng phân bổ chỉ tiêu)", en: "--allocation FILE is required" });
  const outDirArg = options["out-dir"];
  if (outDirArg === undefined) return fail({ vi: "thiếu --out-dir THƯ_MỤC (nơi ghi các mẫu)", en: "--out-dir DIR is required" });
  const yearArg = options.year;
  if (yearArg !== undefined && !/^\d{4}$/.test(yearArg)) return fail({ vi: `--year phải là một năm như 2025 (nhận "${yearArg}")`, en: `--year must be a year such as 2025 (got "${yearArg}")` });

  const allocationPath = path.resolve(io.cwd, allocationArg);
  const folder = await folderArgumentProblem(allocationPath, "--allocation", allocationArg);
  if (folder) return fail(folder);
  const read = await readWorkbookFile(allocationPath);
  if (!read.ok) {
    io.stderr(`ptdv template: ${read.problem.message[lang]}\n`);
    return 2;
  }
  const sheet = options.sheet;
  const allocation = checkAllocation(read.grids, { file: path.basename(allocationArg), ...(sheet === undefined ? {} : { sheet }) });
  if (!allocation.tableFound || allocation.organizations.length === 0) {
    io.stderr(`ptdv template: ${lang === "vi" ? "không tìm thấy bảng phân bổ chỉ tiêu trong" : "no allocation table in"} ${allocationArg}\n`);
    return 2;
  }
  const grid = read.grids.find((g: Grid) => g.name === allocation.sheet);
  const year = yearArg !== undefined ? Number(yearArg) : ((grid ? yearInTitle(grid) : null) ?? new Date().getFullYear());

  const outDir = path.resolve(io.cwd, outDirArg);
  // Before anything is written: a file where the folder should be, or no permission, stops here.
  const folderProblem = await outputFolderProblem(outDir);
  if (folderProblem !== null) {
    const message = fsProblemMessage(folderProblem, outDirArg);
    if (!message) throw folderProblem;
    return fail(message);
  }
  const books = templateWorkbookSpecs(allocation, year, reportSettingsFrom(options, lang));
  if (options.force !== true) {
    const clashes: string[] = [];
    for (const book of books) {
      const target = path.join(outDir, book.fileName ?? "template.xlsx");
      if (await pathExists(target)) clashes.push(path.join(outDirArg, book.fileName ?? "template.xlsx"));
    }
    if (clashes.length > 0) {
      const list = clashes.map((c) => `  ${c}`).join("\n");
      return fail({
        vi: `${clashes.length} tệp đã có trong ${outDirArg}, không ghi đè (chưa ghi tệp nào):\n${list}\nHãy chọn thư mục khác, hoặc thêm --force để ghi đè.`,
        en: `${clashes.length} file(s) already exist in ${outDirArg}; nothing was written:\n${list}\nChoose another folder, or add --force to overwrite them.`,
      });
    }
  }
  const names = books.map((book) => book.fileName ?? "template.xlsx");
  for (const name of names) {
    // Even --force cannot put a file where a folder of that name stands; say so before writing.
    if (await isFolder(path.join(outDir, name))) {
      return fail({ vi: `${path.join(outDirArg, name)} là một thư mục; không thể ghi mẫu vào đó`, en: `${path.join(outDirArg, name)} is a folder; cannot write a template there` });
    }
  }
  const files = [];
  for (const [i, book] of books.entries()) files.push({ name: names[i] ?? "template.xlsx", bytes: await writeWorkbook(book) });
  try {
    await writeAllThenMove(outDir, files);
  } catch (e) {
    const message = fsProblemMessage(e, outDirArg);
    if (!message) throw e;
    io.stderr(`ptdv template: ${message[lang]}\n`);
    return 2;
  }
  for (const name of names) io.stdout(`${path.join(outDirArg, name)}\n`);
  io.stdout(
    lang === "vi"
      ? `Đã tạo ${books.length} mẫu báo cáo năm ${year} trong ${outDirArg}.\n`
      : `Wrote ${books.length} report templates for ${year} to ${outDirArg}.\n`,
  );
  if (hasErrors(allocation.findings)) {
    io.stderr(
      lang === "vi"
        ? "Lưu ý: bảng phân bổ có lỗi (xem `ptdv check`); các mẫu dùng số liệu như đã đọc.\n"
        : "Note: the allocation table has errors (see `ptdv check`); templates use the figures as read.\n",
    );
    return 1;
  }
  return 0;
}

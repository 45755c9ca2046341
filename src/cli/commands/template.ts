/** `ptdv template --allocation FILE [--sheet NAME] [--year Y] --out-dir DIR`: one report template per organisation. */
import { promises as fs } from "fs";
import * as path from "path";
import { checkAllocation } from "../../core/allocation/check";
import { cellAt, colSpan, displayText, rowSpan, type Grid } from "../../core/grid";
import { hasErrors } from "../../core/findings";
import { templateWorkbookSpecs } from "../../core/reports/template-spec";
import { foldKey } from "../../core/text/normalize";
import { readWorkbookFile } from "../../xlsx/read-file";
import { writeWorkbook } from "../../xlsx/write-workbook";
import type { CliIo } from "../io";
import { langOf, optionString, parseArgs, reportSettingsFrom } from "./consolidate";

const USAGE = "Usage: ptdv template --allocation FILE [--sheet NAME] [--year Y] --out-dir DIR [--lang vi|en]\n";

function fail(io: CliIo, message: string): number {
  io.stderr(`ptdv template: ${message}\n${USAGE}`);
  return 2;
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
  const args = parseArgs(argv, ["allocation", "sheet", "year", "out-dir", "lang", "issuer", "place"], ["help"]);
  if (typeof args === "string") return fail(io, args);
  if (args.options.has("help")) {
    io.stdout(USAGE);
    return 0;
  }
  const lang = langOf(args);
  if (lang === null) return fail(io, "--lang must be vi or en");
  if (args.positional.length > 0) return fail(io, `unexpected argument ${args.positional[0] ?? ""}`);
  const allocationArg = optionString(args, "allocation");
  if (allocationArg === undefined) return fail(io, "--allocation FILE is required");
  const outDirArg = optionString(args, "out-dir");
  if (outDirArg === undefined) return fail(io, "--out-dir DIR is required");
  const yearArg = optionString(args, "year");
  if (yearArg !== undefined && !/^\d{4}$/.test(yearArg)) return fail(io, `--year must be a year such as 2025 (got "${yearArg}")`);

  const read = await readWorkbookFile(path.resolve(io.cwd, allocationArg));
  if (!read.ok) {
    io.stderr(`ptdv template: ${read.problem.message[lang]}\n`);
    return 2;
  }
  const sheet = optionString(args, "sheet");
  const allocation = checkAllocation(read.grids, { file: path.basename(allocationArg), ...(sheet === undefined ? {} : { sheet }) });
  if (!allocation.tableFound || allocation.organizations.length === 0) {
    io.stderr(`ptdv template: ${lang === "vi" ? "không tìm thấy bảng phân bổ chỉ tiêu trong" : "no allocation table in"} ${allocationArg}\n`);
    return 2;
  }
  const grid = read.grids.find((g: Grid) => g.name === allocation.sheet);
  const year = yearArg !== undefined ? Number(yearArg) : ((grid ? yearInTitle(grid) : null) ?? new Date().getFullYear());

  const outDir = path.resolve(io.cwd, outDirArg);
  await fs.mkdir(outDir, { recursive: true });
  const books = templateWorkbookSpecs(allocation, year, reportSettingsFrom(args, lang));
  for (const book of books) {
    const bytes = await writeWorkbook(book);
    await fs.writeFile(path.join(outDir, book.fileName ?? "template.xlsx"), bytes);
    io.stdout(`${path.join(outDirArg, book.fileName ?? "template.xlsx")}\n`);
  }
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

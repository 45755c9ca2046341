/**
 * `ptdv` entry point: dispatches to the commands. Every outcome is an exit
 * status and a message — 0 fine, 1 error findings, 2 unreadable file or wrong
 * arguments — and never a stack trace, whatever goes wrong inside.
 */
import * as fs from "fs";
import * as path from "path";
import { langFromArgv } from "./lang";
import { CHECK_USAGE, runCheck } from "./commands/check";
import { runConsolidate } from "./commands/consolidate";
import { runTemplate } from "./commands/template";
import { printable } from "./format";
import { errorPath, fsProblemMessage } from "./fs-problems";
import type { CliIo } from "./io";

const HELP = {
  vi: `PTĐV — Phát triển đảng viên: kiểm tra phân bổ chỉ tiêu, mẫu báo cáo, tổng hợp tiến độ.

Cách dùng:
  ptdv check <tệp.xlsx|tệp.csv> [--sheet TÊN] [--target N] [--json] [--lang vi|en]
      Kiểm tra bảng phân bổ chỉ tiêu: tổng so với chỉ tiêu kế hoạch, chỉ tiêu học sinh, trùng tên, ô lỗi.
  ptdv template --allocation TỆP --out-dir THƯ_MỤC [--year NĂM] [--sheet TÊN]
      Tạo mẫu báo cáo cho từng tổ chức cơ sở đảng.
  ptdv consolidate --allocation TỆP --month YYYY-MM [--target N] [--out TỆP.xlsx] [--force] [--json] ĐẦU_VÀO...
      Tổng hợp báo cáo các đơn vị gửi về.
  ptdv --help | --version

Mã thoát: 0 không có lỗi · 1 có lỗi trong dữ liệu · 2 không đọc được tệp hoặc sai tham số.
`,
  en: `PTĐV — Party membership development: allocation checks, report templates, progress consolidation.

Usage:
  ptdv check <file.xlsx|file.csv> [--sheet NAME] [--target N] [--json] [--lang vi|en]
      Check an allocation table: total against the plan target, student quotas, duplicates, bad cells.
  ptdv template --allocation FILE --out-dir DIR [--year YEAR] [--sheet NAME]
      Write a report template for each organisation.
  ptdv consolidate --allocation FILE --month YYYY-MM [--target N] [--out FILE.xlsx] [--force] [--json] INPUT...
      Consolidate the reports organisations sent back.
  ptdv --help | --version

Exit status: 0 no errors · 1 error findings in the data · 2 unreadable file or wrong arguments.
`,
} as const;

type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  check: runCheck,
  template: runTemplate,
  consolidate: runConsolidate,
};

/** The package version, read at run time: the same file serves src/ under jest and build/ when installed. */
export function version(): string {
  for (const rel of ["../../package.json", "../../../package.json"]) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, rel), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "ptdv" && typeof pkg.version === "string") return pkg.version;
    } catch {
      // try the next candidate
    }
  }
  return "unknown";
}

function describe(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`.replace(/\s+/g, " ").slice(0, 300);
  return String(e).slice(0, 300);
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = langFromArgv(argv);
  try {
    const [command, ...rest] = argv;
    if (command === undefined) {
      io.stderr(HELP[lang]);
      return 2;
    }
    if (command === "--help" || command === "-h" || command === "help") {
      io.stdout(HELP[lang]);
      return 0;
    }
    if (command === "--version" || command === "-v") {
      io.stdout(`${version()}\n`);
      return 0;
    }
    const run = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!run) {
      const hint = command.endsWith(".xlsx") || command.endsWith(".csv") ? `\n${CHECK_USAGE[lang]}` : "";
      io.stderr(
        lang === "vi"
          ? `ptdv: không có lệnh "${printable(command)}". Các lệnh: check, template, consolidate (xem ptdv --help).${hint}\n`
          : `ptdv: unknown command "${printable(command)}". Commands: check, template, consolidate (see ptdv --help).${hint}\n`,
      );
      return 2;
    }
    return await run(rest, io);
  } catch (e) {
    // A file-system error a command did not word itself is still the user's to fix, not a bug.
    const fsMessage = fsProblemMessage(e, errorPath(e) ?? "?");
    if (fsMessage) {
      io.stderr(`ptdv: ${printable(fsMessage[lang])}\n`);
      return 2;
    }
    io.stderr(
      lang === "vi"
        ? `ptdv: lỗi không mong đợi (${describe(e)}). Hãy báo lại cho nhóm phát triển kèm tệp đã dùng.\n`
        : `ptdv: unexpected error (${describe(e)}). Please report it with the file you used.\n`,
    );
    return 2;
  }
}

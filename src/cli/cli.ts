/**
 * `ptdv` entry point. Every outcome is an exit status and a message — 0 fine, 1 error findings,
 * 2 unreadable file or wrong arguments — and never a stack trace, whatever goes wrong inside.
 * The commands are declared in program.ts; each one's code is loaded only when it runs.
 */
import * as fs from "fs";
import * as path from "path";
import type { Lang } from "../core";
import { UnknownCommandError, runProgram } from "./commander-program";
import { UsageError } from "./declare";
import { printable } from "./printable";
import { errorPath, fsProblemMessage } from "./fs-problems";
import { usageText } from "./help";
import type { CliIo } from "./io";
import { langFromArgv } from "./lang";
import { CHECK, COMMANDS } from "./program";

export { heapTuning } from "./young-generation";

/** The package version, read at run time: the same file serves src/ under jest and build/ when installed. */
function version(): string {
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

/** Everything printed passes through `printable`: no text from a file can drive the terminal. */
function maskedIo(io: CliIo): CliIo {
  return {
    stdout: (t) => io.stdout(printable(t)),
    stderr: (t) => io.stderr(printable(t)),
    cwd: io.cwd,
    ...(io.beforeOutput === undefined ? {} : { beforeOutput: io.beforeOutput }),
    ...(io.heap === undefined ? {} : { heap: io.heap }),
  };
}

function usageProblem(e: UsageError, lang: Lang): string {
  const command = COMMANDS.find((c) => c.name === e.command);
  if (command === undefined) return `ptdv: ${e.text[lang]} (${lang === "vi" ? "xem" : "see"} ptdv --help)\n`;
  return `ptdv ${command.name}: ${e.text[lang]}\n${usageText(command, lang)}`;
}

function unknownCommand(e: UnknownCommandError, lang: Lang): string {
  // A file given without a command: the user most likely meant `ptdv check FILE`.
  const hint = /\.(xlsx|csv)$/i.test(e.given) ? `\n${usageText(CHECK, lang)}` : "\n";
  return lang === "vi"
    ? `ptdv: không có lệnh "${e.given}". Các lệnh: ${e.list} (xem ptdv --help).${hint}`
    : `ptdv: unknown command "${e.given}". Commands: ${e.list} (see ptdv --help).${hint}`;
}

export async function main(argv: readonly string[], rawIo: CliIo): Promise<number> {
  const io = maskedIo(rawIo);
  const state = { lang: langFromArgv(argv) };
  try {
    return await runProgram(argv, io, COMMANDS, version(), state);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(usageProblem(e, state.lang));
      return 2;
    }
    if (e instanceof UnknownCommandError) {
      io.stderr(unknownCommand(e, state.lang));
      return 2;
    }
    // A file-system error a command did not word itself is still the user's to fix, not a bug.
    const fsMessage = fsProblemMessage(e, errorPath(e) ?? "?");
    if (fsMessage) {
      io.stderr(`ptdv: ${fsMessage[state.lang]}\n`);
      return 2;
    }
    io.stderr(
      state.lang === "vi"
        ? `ptdv: lỗi không mong đợi (${describe(e)}). Hãy báo lại cho nhóm phát triển kèm tệp đã dùng.\n`
        : `ptdv: unexpected error (${describe(e)}). Please report it with the file you used.\n`,
    );
    return 2;
  }
}

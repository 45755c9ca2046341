/**
 * The declarations of program.ts turned into a commander program. Commander parses; every wrong
 * argument becomes a UsageError (exit 2, message in the user's language), never commander's own
 * English message and exit code 1.
 */
import { Command, CommanderError, Option } from "commander";
import type { Lang } from "../core";
import { LANG_OPTION, UsageError, flagName, type AnyCommand, type OptionDecl } from "./declare";
import { commandHelp, programHelp } from "./help";
import type { CliIo } from "./io";

const HELP_FLAGS = new Set(["--help", "-h"]);

/**
 * Commander reports parse errors through these methods (they are not in its typings; the tests of
 * test/cli pin each message, so a commander release that renames one fails there, not in use).
 */
class DeclaredCommand extends Command {
  constructor(
    name: string,
    private readonly declared: AnyCommand | undefined,
    private readonly commandNames: readonly string[],
  ) {
    super(name);
  }

  private commandName(): string | undefined {
    return this.declared?.name;
  }

  unknownOption(flagText: string): never {
    const eq = flagText.indexOf("=");
    const bare = eq < 0 ? flagText : flagText.slice(0, eq);
    const options = this.declared?.options ?? {};
    const known = HELP_FLAGS.has(bare) || Object.entries(options).some(([key, o]) => o.kind === "flag" && flagName(key) === bare);
    if (eq >= 0 && known) throw new UsageError({ vi: `${bare} không nhận giá trị`, en: `${bare} takes no value` }, this.commandName());
    throw new UsageError({ vi: `không có tùy chọn ${bare}`, en: `unknown option ${bare}` }, this.commandName());
  }

  optionMissingArgument(option: Option): never {
    const name = option.long ?? option.flags;
    throw new UsageError({ vi: `${name} cần một giá trị`, en: `${name} needs a value` }, this.commandName());
  }

  unknownCommand(): never {
    const name = this.args[0] ?? "";
    const list = this.commandNames.join(", ");
    throw new UnknownCommandError(name, list);
  }
}

export class UnknownCommandError extends Error {
  constructor(
    readonly given: string,
    readonly list: string,
  ) {
    super(`unknown command ${given}`);
    this.name = "UnknownCommandError";
  }
}

function commanderOption(key: string, decl: OptionDecl, lang: Lang, command: string | undefined): Option {
  const long = flagName(key);
  if (decl.kind === "flag") return new Option(long, decl.description[lang]);
  return new Option(`${long} <value>`, decl.description[lang]).argParser((raw: string, previous: unknown) => {
    try {
      const value = decl.parse(raw, long);
      return decl.repeatable === true && Array.isArray(previous) && Array.isArray(value) ? [...(previous as unknown[]), ...(value as unknown[])] : value;
    } catch (e) {
      // The declaration words the problem; the command it belongs to is known only here.
      throw e instanceof UsageError && e.command === undefined ? new UsageError(e.text, command) : e;
    }
  });
}

function configure(cmd: Command, io: CliIo, help: () => string): Command {
  return cmd
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s), outputError: (s) => io.stderr(s) })
    .configureHelp({ formatHelp: () => help() })
    .allowExcessArguments(true);
}

/** The typed value of every declared option, the operand, and the language in force. */
function collectArgs(command: AnyCommand, cmd: Command, lang: Lang): Record<string, unknown> {
  const given = cmd.opts<Record<string, unknown>>();
  const args: Record<string, unknown> = {};
  for (const [key, decl] of Object.entries(command.options)) {
    const value = given[key];
    if (decl.kind === "flag") args[key] = value === true;
    else if (value !== undefined) args[key] = value;
    else if (key === "lang") args[key] = lang;
    else if (decl.defaultValue !== undefined) args[key] = decl.defaultValue;
    else if (decl.required !== undefined) throw new UsageError(decl.required, command.name);
  }
  const operand = command.operand;
  const rest = cmd.args;
  if (operand === undefined) {
    const extra = rest[0];
    if (extra !== undefined) throw new UsageError({ vi: `đối số không mong đợi: ${extra}`, en: `unexpected argument ${extra}` }, command.name);
  } else if (rest.length === 0) {
    throw new UsageError(operand.missing, command.name);
  } else if (operand.many) {
    args[operand.name] = [...rest];
  } else {
    const extra = rest[1];
    if (extra !== undefined) {
      throw new UsageError(operand.excess?.(extra) ?? { vi: `đối số không mong đợi: ${extra}`, en: `unexpected argument ${extra}` }, command.name);
    }
    args[operand.name] = rest[0];
  }
  return args;
}

/**
 * Parses `argv` and runs the command it names. `state.lang` follows the parsed --lang as soon as it
 * is known, so a message about a later argument speaks it.
 */
export async function runProgram(
  argv: readonly string[],
  io: CliIo,
  commands: readonly AnyCommand[],
  version: string,
  state: { lang: Lang },
): Promise<number> {
  const names = commands.map((c) => c.name);
  const program = configure(new DeclaredCommand("ptdv", undefined, names), io, () => programHelp(commands, state.lang));
  program
    .enablePositionalOptions()
    .version(version, "-v, --version")
    .addOption(commanderOption("lang", LANG_OPTION, state.lang, undefined));
  let status = 0;
  for (const command of commands) {
    const cmd = configure(new DeclaredCommand(command.name, command, names), io, () => commandHelp(command, state.lang));
    for (const [key, decl] of Object.entries(command.options)) cmd.addOption(commanderOption(key, decl, state.lang, command.name));
    cmd.action(async () => {
      const lang = (cmd.opts<{ lang?: Lang }>().lang ?? program.opts<{ lang?: Lang }>().lang ?? state.lang) as Lang;
      state.lang = lang;
      const args = collectArgs(command, cmd, lang);
      const run = await command.load();
      status = await (run as (a: Record<string, unknown>, io: CliIo) => Promise<number>)(args, io);
    });
    program.addCommand(cmd);
  }
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version asked for: 0. `ptdv` alone prints the help on stderr: a wrong command line.
      return e.exitCode === 0 ? 0 : 2;
    }
    throw e;
  }
  return status;
}

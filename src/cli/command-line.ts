/**
 * What every command does before its own work: parse the arguments, settle the
 * language, answer `--help`. Wrong arguments are exit 2 with the message and the
 * command's usage in the user's language, never a stack trace.
 */
import type { Lang, LocalizedText } from "../core";
import { parseArgs, type OptionSpecs, type ParsedOptions } from "./args";
import { printable } from "./format";
import type { CliIo } from "./io";
import { langFromArgv, langOf } from "./lang";

export interface CommandInfo {
  /** As typed after `ptdv`, e.g. "check"; prefixes every message. */
  readonly name: string;
  readonly usage: LocalizedText;
}

/** Every command takes `--lang` and `--help`. */
export type CommandSpecs = OptionSpecs & { readonly lang: "string"; readonly help: "flag" };

export type CommandLine<S extends CommandSpecs> =
  | { readonly ok: true; readonly lang: Lang; readonly options: ParsedOptions<S>; readonly positional: readonly string[] }
  | { readonly ok: false; readonly exitCode: number };

export const EXIT_WRONG_ARGUMENTS = 2;

export function argumentError(io: CliIo, command: CommandInfo, lang: Lang, message: LocalizedText): number {
  io.stderr(`ptdv ${command.name}: ${printable(message[lang])}\n${command.usage[lang]}`);
  return EXIT_WRONG_ARGUMENTS;
}

export function readCommandLine<S extends CommandSpecs>(argv: readonly string[], specs: S, command: CommandInfo, io: CliIo): CommandLine<S> {
  const parsed = parseArgs(argv, specs);
  const argvLang = langFromArgv(argv);
  if (!parsed.ok) return { ok: false, exitCode: argumentError(io, command, argvLang, parsed.message) };
  const { lang: langArg, help } = parsed.options as { lang?: string; help?: boolean };
  const lang = langOf(langArg);
  if (lang === null) {
    return {
      ok: false,
      exitCode: argumentError(io, command, argvLang, {
        vi: `--lang phải là vi hoặc en (nhận "${langArg ?? ""}")`,
        en: `--lang must be vi or en (got "${langArg ?? ""}")`,
      }),
    };
  }
  if (help === true) {
    io.stdout(command.usage[lang]);
    return { ok: false, exitCode: 0 };
  }
  return { ok: true, lang, options: parsed.options, positional: parsed.positional };
}

/**
 * The vocabulary `program.ts` declares commands with. A command's operand and options are written
 * once, as data: parsing (through commander), the usage line, the help text and the type of the
 * options the command's function receives are all derived from that one declaration.
 *
 * Only types are imported from the engine, so declaring costs nothing at start-up.
 */
import { daysInMonth, type Lang, type LocalizedText } from "../core";
import type { CliIo } from "./io";

/** Wrong arguments: exit 2, the message and the command's usage on stderr, in the user's language. */
export class UsageError extends Error {
  constructor(
    readonly text: LocalizedText,
    /** The command whose usage is shown; undefined for `ptdv` itself. */
    readonly command?: string,
  ) {
    super(text.en);
    this.name = "UsageError";
  }
}

export interface FlagOption {
  readonly kind: "flag";
  readonly description: LocalizedText;
}

export interface ValueOption<T> {
  readonly kind: "value";
  /** "TÊN" / "NAME": shown after the flag in the usage line and the help. */
  readonly placeholder: LocalizedText;
  readonly description: LocalizedText;
  /** The typed value, or a UsageError naming `flag` (e.g. "--target"). */
  readonly parse: (raw: string, flag: string) => T;
  /** Given: the option must be present, and this is the message when it is not. */
  readonly required?: LocalizedText;
  readonly defaultValue?: T;
  /** Given more than once, the values add up (`--previous A --previous B`); `parse` then returns a list of one. */
  readonly repeatable?: boolean;
}

export type OptionDecl = FlagOption | ValueOption<unknown>;
export type OptionDecls = Readonly<Record<string, OptionDecl>>;

/** What the command line leaves after the options: one file, or a list (files and folders). */
export interface OperandDecl<N extends string = string, Many extends boolean = boolean> {
  readonly name: N;
  readonly many: Many;
  readonly placeholder: LocalizedText;
  readonly missing: LocalizedText;
  /** For a single operand: the message when more are given. */
  readonly excess?: (extra: string) => LocalizedText;
}

type Present = FlagOption | { readonly required: LocalizedText } | { readonly defaultValue: unknown };
type ValueOf<D> = D extends FlagOption ? boolean : D extends ValueOption<infer T> ? T : never;

/** The options a command's function receives: flags are booleans, required and defaulted values always there. */
type OptionValues<O extends OptionDecls> = { readonly [K in keyof O as O[K] extends Present ? K : never]: ValueOf<O[K]> } & {
  readonly [K in keyof O as O[K] extends Present ? never : K]?: ValueOf<O[K]>;
};

type OperandValues<A> =
  A extends OperandDecl<infer N, infer Many> ? { readonly [K in N]: Many extends true ? readonly string[] : string } : unknown;

export type CommandArgs<O extends OptionDecls, A> = OptionValues<O> & OperandValues<A>;

export type CommandFunction<Args> = (args: Args, io: CliIo) => Promise<number>;

/** What a command accepts: the part of its declaration that parsing and help are made from. */
export interface CommandLine<O extends OptionDecls, A extends OperandDecl | undefined> {
  /** As typed after `ptdv`. */
  readonly name: string;
  readonly summary: LocalizedText;
  readonly operand: A;
  /** Keys are camelCase; the flag is their kebab-case (`outDir` → `--out-dir`). */
  readonly options: O;
}

export interface CommandDecl<O extends OptionDecls, A extends OperandDecl | undefined> extends CommandLine<O, A> {
  /** Loaded only when the command runs, so `ptdv --help` loads no reader, writer or engine. */
  readonly load: () => Promise<CommandFunction<CommandArgs<O, A>>>;
}

/** Any declared command, for the code that wires all of them alike. */
export interface AnyCommand {
  readonly name: string;
  readonly summary: LocalizedText;
  readonly operand: OperandDecl | undefined;
  readonly options: OptionDecls;
  readonly load: () => Promise<CommandFunction<never>>;
}

/** The typed argument of a command's function. */
export type ArgsOf<C> = C extends CommandLine<infer O, infer A> ? CommandArgs<O, A> : never;

export function commandLine<const O extends OptionDecls, const A extends OperandDecl | undefined>(line: CommandLine<O, A>): CommandLine<O, A> {
  return line;
}

/** The command line and the function that runs it, checked against each other. */
export function defineCommand<O extends OptionDecls, A extends OperandDecl | undefined>(
  line: CommandLine<O, A>,
  load: () => Promise<CommandFunction<CommandArgs<O, A>>>,
): CommandDecl<O, A> {
  return { ...line, load };
}

export function flagName(key: string): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

// ---- option kinds ----

export function flag(description: LocalizedText): FlagOption {
  return { kind: "flag", description };
}

/** An option's value must not be the next option: `--target --json` is a forgotten value, not a target. */
function valueGiven(raw: string, flagText: string): string {
  if (raw.startsWith("--")) throw new UsageError({ vi: `${flagText} cần một giá trị`, en: `${flagText} needs a value` });
  return raw;
}

export function text(placeholder: LocalizedText, description: LocalizedText): ValueOption<string> {
  return { kind: "value", placeholder, description, parse: valueGiven };
}

/** A value that may be given several times, each one added to the list. */
export function repeatable(placeholder: LocalizedText, description: LocalizedText): ValueOption<readonly string[]> {
  return { kind: "value", placeholder, description, parse: (raw, flagText) => [valueGiven(raw, flagText)], repeatable: true };
}

/** A whole number from `min` up; one message states the rule, whatever broke it (`-1`, `0`, `x`). */
export function wholeNumber(placeholder: LocalizedText, description: LocalizedText, min = 0): ValueOption<number> {
  return {
    kind: "value",
    placeholder,
    description,
    parse: (raw, flagText) => {
      const digits = valueGiven(raw, flagText).trim();
      if (!/^\d+$/.test(digits) || !Number.isSafeInteger(Number(digits)) || Number(digits) < min) {
        throw new UsageError(
          min === 0
            ? { vi: `${flagText} phải là số nguyên ≥ 0 (nhận "${raw}")`, en: `${flagText} must be a whole number ≥ 0 (got "${raw}")` }
            : { vi: `${flagText} phải là số nguyên từ ${min} trở lên (nhận "${raw}")`, en: `${flagText} must be a whole number, ${min} or more (got "${raw}")` },
        );
      }
      return Number(digits);
    },
  };
}

/** The years in which the engine reads a date (src/core/register/dates.ts, MIN_YEAR and MAX_YEAR; a test ties the two). */
export interface YearRange {
  readonly first: number;
  readonly last: number;
}

/**
 * `2026-05-20`: the form, a day that exists (not 2025-02-30) and a year the engine
 * reads dates in, each refused with its own rule. The value is passed on as typed.
 */
export function calendarDate(placeholder: LocalizedText, description: LocalizedText, years: YearRange): ValueOption<string> {
  return {
    kind: "value",
    placeholder,
    description,
    parse: (raw, flagText) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(valueGiven(raw, flagText).trim());
      if (!m) throw new UsageError({ vi: `${flagText} phải có dạng YYYY-MM-DD, ví dụ 2026-05-20 (nhận "${raw}")`, en: `${flagText} must be YYYY-MM-DD, e.g. 2026-05-20 (got "${raw}")` });
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) {
        throw new UsageError({ vi: `${flagText} ${raw.trim()} không phải ngày có thật (tháng từ 01 đến 12, ngày có trong tháng đó)`, en: `${flagText} ${raw.trim()} is not a real date (months 01 to 12, a day that month has)` });
      }
      if (y < years.first || y > years.last) {
        throw new UsageError({ vi: `${flagText} phải là một ngày từ năm ${years.first} đến năm ${years.last} (nhận "${raw}")`, en: `${flagText} must be a date in the years ${years.first} to ${years.last} (got "${raw}")` });
      }
      return raw;
    },
  };
}

/**
 * A month such as `2025-05` (the command reads other forms too, `5/2025`, and says
 * what it expects for anything else): a month number from 01 to 12 and a year the
 * engine reads, each refused with its own rule.
 */
export function calendarMonth(placeholder: LocalizedText, description: LocalizedText, years: YearRange): ValueOption<string> {
  return {
    kind: "value",
    placeholder,
    description,
    parse: (raw, flagText) => {
      const t = valueGiven(raw, flagText).trim();
      const iso = /^(\d{4})-(\d{1,2})$/.exec(t);
      if (iso && (Number(iso[2]) < 1 || Number(iso[2]) > 12)) {
        throw new UsageError({ vi: `${flagText} ${t}: tháng phải từ 01 đến 12`, en: `${flagText} ${t}: the month must be 01 to 12` });
      }
      const yearText = /(?:^|\D)(\d{4})(?:\D|$)/.exec(t)?.[1];
      if (yearText !== undefined && (Number(yearText) < years.first || Number(yearText) > years.last)) {
        throw new UsageError({ vi: `${flagText} phải là một tháng từ năm ${years.first} đến năm ${years.last} (nhận "${raw}")`, en: `${flagText} must be a month in the years ${years.first} to ${years.last} (got "${raw}")` });
      }
      return raw;
    },
  };
}

/** Four digits: "25" is a whole number but not a year. */
export function year(placeholder: LocalizedText, description: LocalizedText): ValueOption<number> {
  return {
    kind: "value",
    placeholder,
    description,
    parse: (raw, flagText) => {
      if (!/^\d{4}$/.test(valueGiven(raw, flagText))) {
        throw new UsageError({ vi: `${flagText} phải là một năm như 2025 (nhận "${raw}")`, en: `${flagText} must be a year such as 2025 (got "${raw}")` });
      }
      return Number(raw);
    },
  };
}

export function oneOf<const T extends string>(values: readonly T[], placeholder: LocalizedText, description: LocalizedText): ValueOption<T> {
  return {
    kind: "value",
    placeholder,
    description,
    parse: (raw, flagText) => {
      const found = values.find((v) => v === raw);
      if (found === undefined) {
        const list = values.join(" hoặc ");
        const listEn = values.join(" or ");
        throw new UsageError({ vi: `${flagText} phải là ${list} (nhận "${raw}")`, en: `${flagText} must be ${listEn} (got "${raw}")` });
      }
      return found;
    },
  };
}

export function required<T>(option: ValueOption<T>, missing: LocalizedText): ValueOption<T> & { readonly required: LocalizedText } {
  return { ...option, required: missing };
}

export function withDefault<T>(option: ValueOption<T>, value: T): ValueOption<T> & { readonly defaultValue: T } {
  return { ...option, defaultValue: value };
}

/** `--lang vi|en`: every command takes it, and so does `ptdv` itself (`ptdv --lang en --help`). */
export const LANG_OPTION = withDefault(
  oneOf<Lang>(["vi", "en"], { vi: "vi|en", en: "vi|en" }, { vi: "ngôn ngữ của thông báo (mặc định: vi)", en: "language of the messages (default: vi)" }),
  "vi" as Lang,
);

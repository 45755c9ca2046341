/**
 * A small typed argument parser the commands share. Unknown options are an
 * error, never a guess: `--traget 88` silently ignored would check without a target.
 */
export type OptionKind = "flag" | "string" | "integer";
export type OptionSpecs = Readonly<Record<string, OptionKind>>;

type ValueOf<K extends OptionKind> = K extends "flag" ? boolean : K extends "integer" ? number : string;
export type ParsedOptions<S extends OptionSpecs> = { -readonly [N in keyof S]?: ValueOf<S[N]> };

export type ParsedArgs<S extends OptionSpecs> =
  | { readonly ok: true; readonly options: ParsedOptions<S>; readonly positional: string[] }
  | { readonly ok: false; readonly message: string };

/** `--name value`, `--name=value`, bare flags, `-h` for `--help`, and `--` ending the options. */
export function parseArgs<S extends OptionSpecs>(argv: readonly string[], specs: S): ParsedArgs<S> {
  const options: Record<string, string | number | boolean> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a === "-h" && "help" in specs) {
      options["help"] = true;
      continue;
    }
    if (!a.startsWith("-") || a === "-") {
      positional.push(a);
      continue;
    }
    if (!a.startsWith("--")) return { ok: false, message: `unknown option ${a}` };
    const eq = a.indexOf("=");
    const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
    const kind = Object.prototype.hasOwnProperty.call(specs, name) ? specs[name] : undefined;
    if (kind === undefined) return { ok: false, message: `unknown option --${name}` };
    if (kind === "flag") {
      if (eq >= 0) return { ok: false, message: `--${name} takes no value` };
      options[name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = a.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) return { ok: false, message: `--${name} needs a value` };
      i++;
    }
    if (kind === "integer") {
      if (!/^\d{1,9}$/.test(value.trim())) return { ok: false, message: `--${name} must be a whole number ≥ 0 (got "${value}")` };
      options[name] = Number(value.trim());
    } else {
      options[name] = value;
    }
  }
  return { ok: true, options: options as ParsedOptions<S>, positional };
}

/** The language asked for anywhere on the line, so that even an argument error speaks it. */
export function langFromArgv(argv: readonly string[]): "vi" | "en" {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--lang=en" || (a === "--lang" && argv[i + 1] === "en")) return "en";
  }
  return "vi";
}

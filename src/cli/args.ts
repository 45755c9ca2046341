/**
 * The one argument parser every `ptdv` command uses. Unknown options are an
 * error, never a guess: `--traget 88` silently ignored would check without a target.
 * Its messages are bilingual because it runs before `--lang` is known to be valid.
 */
import type { LocalizedText } from "../core";

export type OptionKind = "flag" | "string" | "integer";
export type OptionSpecs = Readonly<Record<string, OptionKind>>;

type ValueOf<K extends OptionKind> = K extends "flag" ? boolean : K extends "integer" ? number : string;
export type ParsedOptions<S extends OptionSpecs> = { -readonly [N in keyof S]?: ValueOf<S[N]> };

export type ParsedArgs<S extends OptionSpecs> =
  | { readonly ok: true; readonly options: ParsedOptions<S>; readonly positional: string[] }
  | { readonly ok: false; readonly message: LocalizedText };

/** `--name value`, `--name=value`, bare flags, `-h` for `--help`, and `--` ending the options. */
export function parseArgs<S extends OptionSpecs>(argv: readonly string[], specs: S): ParsedArgs<S> {
  const options: Record<string, string | number | boolean> = {};
  const positional: string[] = [];
  const error = (vi: string, en: string): ParsedArgs<S> => ({ ok: false, message: { vi, en } });
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
    if (!a.startsWith("--")) return error(`không có tùy chọn ${a}`, `unknown option ${a}`);
    const eq = a.indexOf("=");
    const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
    const kind = Object.prototype.hasOwnProperty.call(specs, name) ? specs[name] : undefined;
    if (kind === undefined) return error(`không có tùy chọn --${name}`, `unknown option --${name}`);
    if (kind === "flag") {
      if (eq >= 0) return error(`--${name} không nhận giá trị`, `--${name} takes no value`);
      options[name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = a.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) return error(`--${name} cần một giá trị`, `--${name} needs a value`);
      i++;
    }
    if (kind === "integer") {
      const digits = value.trim();
      if (!/^\d+$/.test(digits) || !Number.isSafeInteger(Number(digits))) {
        return error(`--${name} phải là số nguyên ≥ 0 (nhận "${value}")`, `--${name} must be a whole number ≥ 0 (got "${value}")`);
      }
      options[name] = Number(digits);
    } else {
      options[name] = value;
    }
  }
  return { ok: true, options: options as ParsedOptions<S>, positional };
}

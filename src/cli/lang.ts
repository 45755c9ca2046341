/** Which language the command line speaks: Vietnamese unless `--lang en` says otherwise. */
import type { Lang } from "../core";

/** The language asked for anywhere on the line, so that even an argument error speaks it. */
export function langFromArgv(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--lang=en" || (a === "--lang" && argv[i + 1] === "en")) return "en";
  }
  return "vi";
}

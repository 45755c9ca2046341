/**
 * SheetJS reports what it half-understands on the console (`console.error("ODS number format may
 * be incorrect: …")`, `console.warn('Unexpected', …)`, `console.log('Skipping …')` with opts.WTF), in
 * raw English, straight to the user's terminal or the add-in's devtools. None of it is a fact about
 * the user's table that they could act on (the cells are read either way), so nothing a library
 * prints reaches them: the console's printing methods are swapped for no-ops for the duration of
 * one synchronous call, and put back afterwards, whether it returns or throws.
 */
const METHODS = ["log", "info", "warn", "error", "debug", "trace"] as const;

export function withQuietConsole<T>(run: () => T): T {
  const saved = METHODS.map((m) => [m, console[m]] as const);
  for (const m of METHODS) console[m] = (): void => undefined;
  try {
    return run();
  } finally {
    for (const [m, f] of saved) console[m] = f;
  }
}

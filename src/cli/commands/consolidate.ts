// Placeholder: the consolidation issue's helper replaces this file.
import type { CliIo } from "../io";
export async function runConsolidate(_argv: readonly string[], io: CliIo): Promise<number> {
  io.stderr("ptdv consolidate: not implemented yet\n");
  return 2;
}

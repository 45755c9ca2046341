// Placeholder: the consolidation issue's helper replaces this file.
import type { CliIo } from "../io";
export async function runTemplate(_argv: readonly string[], io: CliIo): Promise<number> {
  io.stderr("ptdv template: not implemented yet\n");
  return 2;
}

/** Running `ptdv` in-process, as a user would type it, and capturing what it prints. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/cli";
import type { CliIo } from "../../src/cli/io";

export const REPO = path.resolve(__dirname, "..", "..");
export const REPORT_FIXTURES = path.join(REPO, "test", "fixtures", "reports");
export const ALLOCATION_2025 = path.join(REPORT_FIXTURES, "allocation-2025.xlsx");

export interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function ptdv(cwd: string, argv: readonly string[], extra: Partial<Pick<CliIo, "beforeOutput">> = {}): Promise<Run> {
  let out = "";
  let err = "";
  const io: CliIo = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd, ...extra };
  const code = await main(argv, io);
  return { code, out, err };
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `ptdv-${prefix}-`));
}

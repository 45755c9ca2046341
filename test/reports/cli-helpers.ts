import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { CliIo } from "../../src/cli/io";
import { PYTHON } from "./helpers";

export interface Captured {
  readonly io: CliIo;
  readonly out: () => string;
  readonly err: () => string;
}

export function captureIo(cwd: string): Captured {
  let out = "";
  let err = "";
  return {
    io: { cwd, stdout: (t) => void (out += t), stderr: (t) => void (err += t) },
    out: () => out,
    err: () => err,
  };
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `ptdv-${prefix}-`));
}

/** Runs a Python snippet with Debian's python3 (which has openpyxl): a program other than this project. */
export function python(script: string, args: readonly string[] = []): string {
  return execFileSync(PYTHON, ["-c", script, ...args], { encoding: "utf8" });
}

/**
 * Converts with LibreOffice headless in a private profile; soffice exits 0 even
 * when it fails, so the output file is checked.
 */
export function sofficeConvert(input: string, to: string, outDir: string, extraArgs: readonly string[] = [], env?: NodeJS.ProcessEnv): string {
  const profile = tempDir("lo-profile");
  const r = spawnSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", ...extraArgs, "--convert-to", to, "--outdir", outDir, input],
    { encoding: "utf8", timeout: 180000, ...(env === undefined ? {} : { env: { ...process.env, ...env } }) },
  );
  const ext = to.split(":")[0]!;
  const out = path.join(outDir, `${path.basename(input, path.extname(input))}.${ext}`);
  if (!fs.existsSync(out)) throw new Error(`soffice did not produce ${out}: ${r.stderr ?? ""} ${r.stdout ?? ""}`);
  fs.rmSync(profile, { recursive: true, force: true });
  return out;
}

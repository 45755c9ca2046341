import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Grid } from "../../src/core/grid";
import { readWorkbookFile } from "../../src/xlsx/read-file";

const PYTHON = "/usr/bin/python3";

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `ptdv-branches-${prefix}-`));
}

/** Runs a Python snippet with Debian's python3 (which has openpyxl): a program other than this project. */
export function python(script: string, args: readonly string[] = []): string {
  return execFileSync(PYTHON, ["-c", script, ...args], { encoding: "utf8" });
}

/**
 * LibreOffice headless in a private profile; soffice exits 0 even when it fails, so the output is checked.
 * A CSV needs `--infilter=CSV:44,34,76,1` (comma, quote, UTF-8): LibreOffice otherwise assumes the system charset.
 */
export function sofficeConvert(input: string, to: string, outDir: string, extraArgs: readonly string[] = [], options: { readonly recalculate?: boolean } = {}): string {
  const profile = tempDir("lo-profile");
  if (options.recalculate) {
    // LibreOffice trusts the cached results of an .xlsx unless told to recalculate on load (0 = always).
    fs.mkdirSync(path.join(profile, "user"), { recursive: true });
    fs.writeFileSync(
      path.join(profile, "user", "registrymodifications.xcu"),
      `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
    );
  }
  fs.mkdirSync(outDir, { recursive: true });
  const r = spawnSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", ...extraArgs, "--convert-to", to, "--outdir", outDir, input], {
    encoding: "utf8",
    timeout: 180000,
  });
  const ext = to.split(":")[0] ?? to;
  const out = path.join(outDir, `${path.basename(input, path.extname(input))}.${ext}`);
  fs.rmSync(profile, { recursive: true, force: true });
  if (!fs.existsSync(out) || fs.statSync(out).size === 0) throw new Error(`soffice did not produce ${out}: ${r.stderr} ${r.stdout}`);
  return out;
}

export async function readGrids(file: string): Promise<Grid[]> {
  const r = await readWorkbookFile(file);
  if (!r.ok) throw new Error(`could not read ${file}: ${r.problem.message.en}`);
  return r.grids;
}

export function gridNamed(grids: readonly Grid[], name: string): Grid {
  const g = grids.find((x) => x.name === name);
  if (!g) throw new Error(`no sheet ${name} among ${grids.map((x) => x.name).join(", ")}`);
  return g;
}

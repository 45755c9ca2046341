#!/usr/bin/env node
/**
 * Regenerates the README's pictures of the documents PTĐV writes (issue #13):
 * the progress workbook, a template and the Word report, each printed to PDF by
 * LibreOffice and rendered at 60 dpi by pdftoppm into docs/images/.
 *   node scripts/document-images.mjs
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { createJiti } from "jiti";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const jiti = createJiti(import.meta.url);
const { RESULT, SETTINGS } = await jiti.import(path.join(root, "test/documents/fixture.ts"));
const { seedAllocation } = await jiti.import(path.join(root, "test/reports/helpers.ts"));
const core = await jiti.import(path.join(root, "src/core/index.ts"));
const { writeWorkbook } = await jiti.import(path.join(root, "src/xlsx/write-workbook.ts"));
const { writeDocx } = await jiti.import(path.join(root, "src/docx/write-docx.ts"));

const work = fs.mkdtempSync(path.join(os.tmpdir(), "ptdv-images-"));
const out = path.join(root, "docs/images");
fs.mkdirSync(out, { recursive: true });
const settings = core.reportSettingsFromDocument(SETTINGS, "vi");
const school = core.templateWorkbookSpecs(seedAllocation(), 2026, settings).find((b) => b.fileName.includes("THPT Đơn Dương"));
const files = {
  "tong-hop": await writeWorkbook(core.progressWorkbookSpec(RESULT, settings)),
  "mau-bao-cao": await writeWorkbook(school),
  "bao-cao-thang": await writeDocx(core.monthlyReportDocument(RESULT, SETTINGS)),
};
for (const [stem, bytes] of Object.entries(files)) {
  const file = path.join(work, `${stem}.${stem === "bao-cao-thang" ? "docx" : "xlsx"}`);
  fs.writeFileSync(file, bytes);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "ptdv-lo-"));
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work, file], { stdio: "ignore" });
  const pdf = path.join(work, `${stem}.pdf`);
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice did not print ${file}`);
  for (const old of fs.readdirSync(out).filter((f) => f.startsWith(`${stem}-`))) fs.rmSync(path.join(out, old));
  execFileSync("pdftoppm", ["-png", "-r", "60", pdf, path.join(out, stem)]);
  fs.rmSync(profile, { recursive: true, force: true });
}
console.log(fs.readdirSync(out).filter((f) => f.endsWith(".png")).join("\n"));

#!/usr/bin/env node
/**
 * npm run test:manifest — validates manifest.xml, and the same manifest as the
 * production build rewrites it, against Microsoft's manifest XSDs kept in
 * ../shared/schemas/office-addin-manifest (xmllint-wasm, no network).
 * Also checks what the schema cannot: every URL is https, every icon exists.
 */
import { readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { validateXML } from "xmllint-wasm";

const require = createRequire(import.meta.url);
const { rewriteManifest, DEV_BASE_URL } = require("./manifest-rewrite.cjs");

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SCHEMA_DIR = resolve(ROOT, "..", "shared", "schemas", "office-addin-manifest");
const PRELOAD = [
  "OfficeAppBasicTypesV1_0.xsd",
  "TaskPaneAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_1.xsd",
  "ContentAppVersionOverridesV1_0.xsd",
];
const SAMPLE_PRODUCTION_URL = "https://ptdv.example.vn/addin/";

const schemaFile = (name) => ({ fileName: name, contents: readFileSync(join(SCHEMA_DIR, name), "utf8") });

/** Returns the list of problems (empty when the manifest is valid). */
export async function validateManifestXml(xml, fileName = "manifest.xml") {
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [schemaFile("OfficeAppManifestV1_1.xsd")],
    preload: PRELOAD.map(schemaFile),
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage ?? String(e.message ?? e));
}

/** Rules beyond the XSD that Office enforces when it loads the add-in. */
export function checkManifestRules(xml, baseUrl) {
  const problems = [];
  const urls = Array.from(xml.matchAll(/DefaultValue="(https?:[^"]*)"|Value="(https?:[^"]*)"/g), (m) => m[1] ?? m[2]);
  for (const u of urls) if (!u.startsWith("https://")) problems.push(`not https: ${u}`);
  for (const u of urls) if (!u.startsWith(baseUrl)) problems.push(`URL outside ${baseUrl}: ${u}`);
  if (!/<Set Name="ExcelApi" MinVersion="1\.7"\/>/.test(xml)) problems.push("ExcelApi MinVersion must be 1.7 (see docs/DEPLOYMENT.md)");
  if (!/<Permissions>ReadWriteDocument<\/Permissions>/.test(xml)) problems.push("Permissions must be ReadWriteDocument");
  if (!/<DefaultLocale>vi-VN<\/DefaultLocale>/.test(xml)) problems.push("DefaultLocale must be vi-VN");
  if (/VersionOverridesV1_1/.test(xml)) problems.push("VersionOverrides V1_1 cannot be validated offline; keep V1_0");
  return problems;
}

export function missingIcons(xml) {
  return Array.from(xml.matchAll(new RegExp(`${DEV_BASE_URL.replace(/[.]/g, "\\.")}(assets/icons/[^"]+\\.png)`, "g")), (m) => m[1]).filter(
    (p) => !existsSync(join(ROOT, p)),
  );
}

async function main() {
  const path = join(ROOT, "manifest.xml");
  const xml = readFileSync(path, "utf8");
  const production = rewriteManifest(xml, process.env.ADDIN_BASE_URL ?? SAMPLE_PRODUCTION_URL);
  const productionBase = new URL(process.env.ADDIN_BASE_URL ?? SAMPLE_PRODUCTION_URL).href.replace(/\/?$/, "/");
  const reports = [
    ["manifest.xml", [...(await validateManifestXml(xml)), ...checkManifestRules(xml, DEV_BASE_URL), ...missingIcons(xml).map((p) => `missing icon ${p}`)]],
    [`manifest.xml rewritten for ${productionBase}`, [...(await validateManifestXml(production, "manifest.production.xml")), ...checkManifestRules(production, productionBase)]],
  ];
  let failed = false;
  for (const [label, problems] of reports) {
    if (problems.length === 0) console.log(`✓ ${label} validates against the Office add-in manifest schemas`);
    else {
      failed = true;
      console.error(`✗ ${label}:\n  ${problems.join("\n  ")}`);
    }
  }
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}

import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { inflateSync } from "zlib";
import { validateXML } from "xmllint-wasm";

const REPO = path.resolve(__dirname, "..", "..");
const SCHEMAS = path.resolve(REPO, "..", "shared", "schemas", "office-addin-manifest");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifest } = require(path.join(REPO, "scripts", "manifest-rewrite.cjs")) as { rewriteManifest(xml: string, baseUrl: string): string };

const manifest = fs.readFileSync(path.join(REPO, "manifest.xml"), "utf8");
const schema = (n: string) => ({ fileName: n, contents: fs.readFileSync(path.join(SCHEMAS, n), "utf8") });

async function problems(xml: string): Promise<string[]> {
  const r = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [schema("OfficeAppManifestV1_1.xsd")],
    preload: ["OfficeAppBasicTypesV1_0.xsd", "TaskPaneAppVersionOverridesV1_0.xsd", "MailAppVersionOverridesV1_0.xsd", "MailAppVersionOverridesV1_1.xsd", "ContentAppVersionOverridesV1_0.xsd"].map(schema),
  });
  return r.valid ? [] : r.errors.map((e) => e.rawMessage);
}

describe("manifest.xml against Microsoft's XSDs", () => {
  it("validates as it is in the repository", async () => {
    expect(await problems(manifest)).toEqual([]);
  });

  it("is rejected when it is broken, so the check can fail", async () => {
    expect((await problems(manifest.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>"))).join("\n")).toMatch(/Permissions/);
    expect((await problems(manifest.replace(/<Id>[^<]*<\/Id>/, "<Id>not-a-guid</Id>"))).join("\n")).toMatch(/Id/);
  });

  it("declares what the add-in needs: Excel, ExcelApi 1.7, ReadWriteDocument, vi-VN with en-US overrides, V1_0 overrides only", () => {
    expect(manifest).toMatch(/<Host Name="Workbook"\/>/);
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.7"\/>/);
    expect(manifest).toMatch(/<DefaultLocale>vi-VN<\/DefaultLocale>/);
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    expect(manifest).not.toMatch(/VersionOverridesV1_1/);
    const localized = manifest.match(/<bt:String id="[^"]+" DefaultValue="[^"]*">\s*<bt:Override Locale="en-US"/g) ?? [];
    const strings = manifest.match(/<bt:String id=/g) ?? [];
    expect(localized.length).toBe(strings.length);
  });

  it("passes the npm run test:manifest script", () => {
    const out = execFileSync(process.execPath, [path.join(REPO, "scripts", "validate-manifest-offline.mjs")], { cwd: REPO, encoding: "utf8" });
    expect(out).toMatch(/✓ manifest\.xml validates/);
    expect(out).toMatch(/✓ manifest\.xml rewritten for https:\/\/ptdv\.example\.vn\/addin\/ validates/);
  });
});

describe("rewriteManifest for the production build", () => {
  it("moves every URL to ADDIN_BASE_URL and still validates", async () => {
    const out = rewriteManifest(manifest, "https://ptdv.huyenuy.vn/addin");
    expect(out).not.toMatch(/localhost/);
    expect(out).toMatch(/<SourceLocation DefaultValue="https:\/\/ptdv\.huyenuy\.vn\/addin\/taskpane\.html"\/>/);
    expect(out).toMatch(/"https:\/\/ptdv\.huyenuy\.vn\/addin\/assets\/icons\/icon-80\.png"/);
    expect(await problems(out)).toEqual([]);
  });

  it("refuses URLs Office would not load or that would corrupt the manifest", () => {
    expect(() => rewriteManifest(manifest, "http://ptdv.vn/")).toThrow(/https/);
    expect(() => rewriteManifest(manifest, "https://ptdv.vn/?a=1&b=2")).toThrow(/query/);
    expect(() => rewriteManifest(manifest, "ptdv.vn")).toThrow(/not a URL/);
  });
});

function readPng(file: string): { width: number; height: number; colours: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let o = 8; o < buf.length; ) {
    const len = buf.readUInt32BE(o);
    if (buf.toString("ascii", o + 4, o + 8) === "IDAT") idat.push(buf.subarray(o + 8, o + 8 + len));
    o += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const colours = new Set<string>();
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = y * (width * 4 + 1) + 1 + x * 4;
      colours.add(raw.subarray(o, o + 4).toString("hex"));
    }
  }
  return { width, height, colours: colours.size };
}

describe("icons", () => {
  it.each([16, 32, 64, 80])("icon-%i.png is a real drawing of its size referenced by the manifest", (size) => {
    const file = path.join(REPO, "assets", "icons", `icon-${size}.png`);
    const png = readPng(file);
    expect([png.width, png.height]).toEqual([size, size]);
    expect(png.colours).toBeGreaterThan(3);
    expect(manifest).toContain(`assets/icons/icon-${size}.png`);
  });
});

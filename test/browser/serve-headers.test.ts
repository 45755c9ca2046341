/**
 * `npm start`'s server (scripts/serve.mjs), run as a child on a free loopback
 * port over a temporary dist/, must send each page's Content-Security-Policy as
 * a header (with a frame policy letting Office frame the pane), and nosniff on
 * every answer.
 */
import { spawn, type ChildProcess } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");
let child: ChildProcess | null = null;
let base = "";
let dir = "";

function metaPolicy(page: string): string {
  const html = readFileSync(path.join(ROOT, page), "utf8");
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
  if (!m?.[1]) throw new Error(`no CSP meta tag in ${page}`);
  return m[1];
}

function directives(csp: string): Map<string, string> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim())
      .filter((d) => d !== "")
      .map((d) => {
        const [name, ...rest] = d.split(/\s+/);
        return [name ?? "", rest.join(" ")];
      }),
  );
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "ptdv-serve-"));
  writeFileSync(path.join(dir, "index.html"), "<!doctype html><title>b</title>");
  writeFileSync(path.join(dir, "taskpane.html"), "<!doctype html><title>t</title>");
  writeFileSync(path.join(dir, "app.js"), "console.log(1);");
  writeFileSync(path.join(dir, "manifest.xml"), '<OfficeApp><SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/><IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/></OfficeApp>');
  mkdirSync(path.join(dir, "docs"));
  writeFileSync(path.join(dir, "docs", "other.html"), "<!doctype html><title>o</title>");
  const proc = spawn(process.execPath, [path.join(ROOT, "scripts/serve.mjs"), "--http", "--port", "0", "--dir", dir], { stdio: ["ignore", "pipe", "pipe"] });
  child = proc;
  base = await new Promise<string>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 20_000);
    proc.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      const m = /(http:\/\/localhost:\d+\/)index\.html/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    proc.stderr?.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
    proc.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${out}`));
    });
  });
});

afterAll(() => {
  child?.kill();
  if (dir !== "") rmSync(dir, { recursive: true, force: true });
});

describe("npm start's server headers", () => {
  test("the task pane carries its meta policy as a header, plus frame-ancestors allowing Office on the web and nothing else", async () => {
    const res = await fetch(`${base}taskpane.html`);
    expect(res.status).toBe(200);
    const csp = directives(res.headers.get("content-security-policy") ?? "");
    const meta = directives(metaPolicy("src/taskpane/taskpane.html"));
    for (const [name, value] of meta) expect([name, csp.get(name)]).toEqual([name, value]);
    const ancestors = (csp.get("frame-ancestors") ?? "").split(" ");
    expect(ancestors).toEqual(expect.arrayContaining(["'self'", "https://*.officeapps.live.com", "https://*.sharepoint.com", "https://*.cloud.microsoft"]));
    expect(ancestors).not.toContain("*");
    expect(ancestors.every((a) => a === "'self'" || a.startsWith("https://"))).toBe(true);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    // X-Frame-Options cannot list Office's origins; sending it would keep the pane out of Excel on the web.
    expect(res.headers.get("x-frame-options")).toBeNull();
  });

  test("the browser edition and any other page get the browser edition's stricter policy (no Office script)", async () => {
    const meta = directives(metaPolicy("src/browser/index.html"));
    for (const page of ["index.html", "docs/other.html", ""]) {
      const res = await fetch(`${base}${page}`);
      expect(res.status).toBe(200);
      const csp = directives(res.headers.get("content-security-policy") ?? "");
      for (const [name, value] of meta) expect([page, name, csp.get(name)]).toEqual([page, name, value]);
      expect(csp.get("script-src")).toBe("'self'");
      expect(csp.has("frame-ancestors")).toBe(true);
    }
  });

  test("scripts, errors and refusals are sent with nosniff too", async () => {
    const js = await fetch(`${base}app.js`);
    expect(js.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(js.headers.get("x-content-type-options")).toBe("nosniff");
    const missing = await fetch(`${base}nothing-here.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("x-content-type-options")).toBe("nosniff");
    const post = await fetch(`${base}index.html`, { method: "POST" });
    expect(post.status).toBe(405);
    expect(post.headers.get("x-content-type-options")).toBe("nosniff");
  });

  test("served on another port, the manifest points at that port, not the repository's 3000", async () => {
    const res = await fetch(`${base}manifest.xml`);
    expect(res.status).toBe(200);
    const xml = await res.text();
    expect(xml).not.toContain("localhost:3000");
    expect(xml).toContain(`${base}taskpane.html`);
    expect(xml).toContain(`${base}assets/icon-32.png`);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

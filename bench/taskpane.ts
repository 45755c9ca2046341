/**
 * Task pane weight and start-up: bytes the first load fetches (gzipped, as a
 * server would send them; ExcelJS's lazy chunk apart) and time to interactive
 * in headless Chromium, served from a production build.
 */
import { promises as fs } from "fs";
import * as http from "http";
import * as path from "path";
import { gzipSync } from "zlib";

export interface BundleRow {
  readonly page: string;
  readonly files: number;
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

const gzipLength = (data: Buffer): number => gzipSync(data, { level: 9 }).length;

/** Scripts and stylesheets an HTML page references from our own origin (office.js comes from Microsoft's CDN). */
function firstLoadAssets(html: string): string[] {
  // Production HTML is minified: attribute values may be unquoted.
  const refs = [...html.matchAll(/<(?:script\b[^>]*?\bsrc|link\b[^>]*?\bhref)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
  return refs.filter((r) => r !== "" && !/^(https?:|data:)/.test(r));
}

export async function bundleSizes(dist: string): Promise<BundleRow[]> {
  const rows: BundleRow[] = [];
  for (const page of ["taskpane.html", "index.html"]) {
    const html = await fs.readFile(path.join(dist, page));
    const assets = firstLoadAssets(html.toString("utf8"));
    let raw = html.length;
    let gz = gzipLength(html);
    for (const a of assets) {
      const data = await fs.readFile(path.join(dist, a.replace(/^\.?\//, "")));
      raw += data.length;
      gz += gzipLength(data);
    }
    rows.push({ page: `${page} first load (html + ${assets.length} assets)`, files: assets.length + 1, rawBytes: raw, gzipBytes: gz });
  }
  const lazy = (await fs.readdir(dist)).filter((f) => /\.chunk\.js$/.test(f));
  for (const f of lazy) {
    const data = await fs.readFile(path.join(dist, f));
    rows.push({ page: `lazy chunk ${f.replace(/\.[0-9a-f]{8}\.chunk\.js$/, "")}`, files: 1, rawBytes: data.length, gzipBytes: gzipLength(data) });
  }
  return rows;
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".png": "image/png", ".svg": "image/svg+xml" };

export function serve(dist: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = path.join(dist, path.normalize(pathname === "/" ? "/index.html" : pathname));
    if (!file.startsWith(dist)) return void res.writeHead(403).end();
    fs.readFile(file).then(
      (data) => res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(data),
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) });
    }),
  );
}

export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export interface TtiRow {
  readonly page: string;
  /** Median over the runs, ms from navigation start. */
  readonly domContentLoaded: number;
  readonly interactive: number;
  readonly runs: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/**
 * Interactive = the UI's first control exists (the app has mounted its tabs).
 * Outside Office the task pane shows its "open this in Excel" page, so office.js
 * is answered with an empty script and that page is what is timed; the browser
 * edition mounts the same app UI as the pane and is the closer measure of it.
 */
export async function timeToInteractive(dist: string, runs: number): Promise<TtiRow[]> {
  const { chromium } = await import("playwright-core");
  const server = await serve(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const rows: TtiRow[] = [];
  try {
    const pages: Array<{ page: string; file: string; ready: string }> = [
      { page: "browser edition (index.html): app tabs ready", file: "index.html", ready: "#app button" },
      { page: "task pane outside Office (taskpane.html)", file: "taskpane.html", ready: "#app > :not(noscript)" },
    ];
    for (const p of pages) {
      const dcl: number[] = [];
      const tti: number[] = [];
      for (let i = 0; i < runs; i++) {
        // A fresh context each run: a cold cache, as at first load.
        const context = await browser.newContext();
        await context.route(/appsforoffice\.microsoft\.com/, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: "" }));
        const page = await context.newPage();
        await page.goto(server.url + p.file, { waitUntil: "commit" });
        const handle = await page.waitForFunction((sel: string) => (document.querySelector(sel) ? performance.now() : false), p.ready, { polling: "raf", timeout: 20000 });
        tti.push((await handle.jsonValue()) as number);
        dcl.push(await page.evaluate(() => {
          const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
          return nav ? nav.domContentLoadedEventEnd : Number.NaN;
        }));
        await context.close();
      }
      rows.push({ page: p.page, domContentLoaded: median(dcl), interactive: median(tti), runs });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

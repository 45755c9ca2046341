/**
 * Shared plumbing of the browser tests: Debian's Chromium through playwright-core,
 * a static server for dist/ on loopback, a network guard that lets nothing leave
 * the machine, console-error collection, downloads and screenshots.
 */
import { createServer, type Server } from "node:http";
import { createReadStream, existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { chromium, type Browser, type BrowserContext, type Download, type Page, type Route } from "playwright-core";

export const REPO = path.resolve(__dirname, "..", "..");
/** PTDV_E2E_DIST points the tests at another build (e.g. one made with stand-in modules while debugging). */
export const DIST = process.env.PTDV_E2E_DIST ? path.resolve(process.env.PTDV_E2E_DIST) : path.join(REPO, "dist");
export const SHARED = path.resolve(REPO, "..", "shared");
export const SCREENSHOT_DIR = path.join(REPO, "test-output", "e2e-screenshots");
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || "/usr/bin/chromium";
}

/** playwright-core's launch() gives every browser a fresh temporary user-data-dir. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

export interface StaticServer {
  readonly base: string;
  close(): Promise<void>;
}

/** Serves dist/ on 127.0.0.1 at a random port (the same rules as scripts/serve.mjs, HTTP only). */
export function serveDist(): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (pathname.endsWith("/")) pathname += "index.html";
    const file = path.normalize(path.join(DIST, pathname));
    if (!file.startsWith(DIST + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream", "Cache-Control": "no-cache" });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        base: `http://127.0.0.1:${port}/`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

export type RouteHandler = (route: Route) => Promise<void> | void;

/**
 * Every request not to our loopback server is aborted unless a handler answers
 * it (office.js in the add-in tests). `external` lists the URLs that were tried.
 */
export async function guardNetwork(context: BrowserContext, base: string, handlers: Array<{ match: (url: string) => boolean; handle: RouteHandler }> = []): Promise<{ external: string[] }> {
  const external: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(base) || url.startsWith("blob:") || url.startsWith("data:")) {
      await route.continue();
      return;
    }
    const handler = handlers.find((h) => h.match(url));
    if (handler) {
      await handler.handle(route);
      return;
    }
    external.push(url);
    await route.abort("blockedbyclient");
  });
  return { external };
}

export interface ConsoleProblems {
  readonly errors: string[];
  readonly dialogs: string[];
}

/** Collects console errors, uncaught page errors and dialogs (alert/confirm) of a page. */
export function watchConsole(page: Page, ignore: (text: string) => boolean = () => false): ConsoleProblems {
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() !== "error") return;
    const loc = msg.location();
    const text = `${msg.text()}${loc.url ? ` (${loc.url})` : ""}`;
    if (!ignore(text)) errors.push(text);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("dialog", (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return { errors, dialogs };
}

/** Removes this file's screenshots of an earlier run, so the folder shows only what this run saw. */
export function clearScreenshots(prefix: string): void {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const f of readdirSync(SCREENSHOT_DIR)) if (f.startsWith(prefix) && f.endsWith(".png")) rmSync(path.join(SCREENSHOT_DIR, f));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Runs `action` and returns the file it made the page download. */
export async function captureDownload(page: Page, action: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), action()]);
  return { name: download.suggestedFilename(), bytes: await downloadBytes(download) };
}

async function downloadBytes(download: Download): Promise<Buffer> {
  const file = await download.path();
  return readFile(file);
}

/** True when the page (or the element) would need a horizontal scroll bar. */
export async function overflowsHorizontally(page: Page, selector = "html"): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.$eval(selector, (e) => ({ scrollWidth: e.scrollWidth, clientWidth: e.clientWidth }));
}

export function distIsBuilt(): boolean {
  return existsSync(path.join(DIST, "index.html")) && existsSync(path.join(DIST, "taskpane.html"));
}

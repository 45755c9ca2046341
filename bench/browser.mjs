/**
 * The browser edition opening report files in headless Chromium: the time from
 * the file input's change event (the user has chosen the files) to the last
 * file listed as read, measured inside the page, so Playwright's own transfer
 * of the files into the browser is not counted. The pane and the browser
 * edition read with the same code, so this is also the pane's reading cost.
 */
/* global document, MutationObserver, requestAnimationFrame */
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";

const require = createRequire(import.meta.url);

export async function openReports(dist, dir, runs) {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
  const tp = require(path.join(root, "bench", "taskpane.ts"));
  const { chromium } = await import("playwright-core");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => path.join(dir, f));
  const server = await tp.serve(dist);
  const browser = await chromium.launch({ executablePath: tp.CHROMIUM, args: tp.CHROMIUM_ARGS, headless: true });
  const times = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}index.html`);
      await page.waitForSelector("#app[data-ready=true]");
      // The end is taken in the page once the frame that lists the last file has been painted (a
      // MutationObserver sees the list, then the next frame, then a task after it), not by
      // Playwright's polling, which added up to one polling interval (20 ms) to every run.
      await page.evaluate((n) => {
        document.addEventListener("change", () => (globalThis.__chosenAt = performance.now()), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (document.querySelectorAll("[data-testid=open-file]").length < n) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => (globalThis.__listedAt = performance.now()), 0));
        });
        observer.observe(document.body, { childList: true, subtree: true });
      }, files.length);
      await page.setInputFiles("#open-files-input", files);
      const ms = await page.waitForFunction(() => (globalThis.__listedAt === undefined ? false : globalThis.__listedAt - globalThis.__chosenAt), undefined, {
        timeout: 600_000,
        polling: 20,
      });
      times.push((await ms.jsonValue()) / 1000);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return times;
}

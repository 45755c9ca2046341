/**
 * The pane's layout and keyboard in real Chromium (dist/index.html): what the hidden attribute
 * hides stays hidden whatever display the element's own rule gives it (a button is inline-flex),
 * and on a 320 px pane the tab reached by keyboard is scrolled into the tab bar, whose scrollbar
 * is hidden. Layout is what jsdom cannot tell, hence these run in the browser.
 */
import type { Browser, Page } from "playwright-core";
import { guardNetwork, launchChromium, serveDist, watchConsole, type ConsoleProblems, type StaticServer } from "./support/harness";

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveDist()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function withPage(width: number, work: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  const { external } = await guardNetwork(context, server.base);
  const page = await context.newPage();
  const problems: ConsoleProblems = watchConsole(page);
  await page.goto(`${server.base}index.html?lang=vi`);
  await page.waitForSelector("#app[data-ready=true]");
  try {
    await work(page);
  } finally {
    await context.close();
  }
  expect(problems.errors).toEqual([]);
  expect(external).toEqual([]);
}

describe("hidden controls", () => {
  test("the probation save button is not displayed until there is a list to save, and no element with the hidden attribute is displayed", async () => {
    await withPage(1280, async (page) => {
      await page.click("#use-sample");
      await page.click("#tab-consolidate");
      await page.waitForSelector("[data-testid=source-sheet]");
      await page.click("#consolidate-run");
      await page.waitForSelector("#probation-save", { state: "attached" });
      const save = page.locator("#probation-save");
      expect(await save.getAttribute("hidden")).not.toBeNull();
      expect(await save.evaluate((b) => getComputedStyle(b).display)).toBe("none");
      expect(await save.isVisible()).toBe(false);
      // Every element the pane hides, whatever its own display rule (buttons, .actions rows, hints).
      const shown = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>("[hidden]"))
          .filter((e) => getComputedStyle(e).display !== "none")
          .map((e) => e.id || e.className || e.tagName),
      );
      expect(shown).toEqual([]);
      expect(await page.locator("[hidden]").count()).toBeGreaterThan(1);
    });
  });
});

describe("the tab bar at 320 px", () => {
  test("each tab reached with the arrows, End and Home is inside the visible tab bar", async () => {
    await withPage(320, async (page) => {
      const inBar = (): Promise<{ id: string; inside: boolean }> =>
        page.evaluate(() => {
          const tab = document.activeElement as HTMLElement;
          const bar = tab.closest("[role=tablist]") as HTMLElement;
          const r = tab.getBoundingClientRect();
          const b = bar.getBoundingClientRect();
          return { id: tab.id, inside: r.left >= b.left - 1 && r.right <= b.right + 1 };
        });
      // The bar does overflow at this width, or the test shows nothing.
      expect(await page.locator("[role=tablist]").evaluate((bar) => bar.scrollWidth > bar.clientWidth)).toBe(true);
      await page.focus("#tab-check");
      const seen: Array<{ id: string; inside: boolean }> = [];
      for (const key of ["End", "Home", "ArrowLeft", "ArrowRight", "ArrowRight", "ArrowRight"]) {
        await page.keyboard.press(key);
        await page.waitForFunction(() => document.activeElement?.getAttribute("role") === "tab");
        // Scrolling into view is instant for "nearest" without smooth behaviour; wait a frame for layout.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
        seen.push(await inBar());
      }
      expect(seen).toEqual([
        { id: "tab-settings", inside: true },
        { id: "tab-check", inside: true },
        { id: "tab-settings", inside: true },
        { id: "tab-check", inside: true },
        { id: "tab-templates", inside: true },
        { id: "tab-consolidate", inside: true },
      ]);
    });
  });
});

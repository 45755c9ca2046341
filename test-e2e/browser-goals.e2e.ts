/**
 * Issues #12–#14 in the browser edition (dist/index.html) in Debian's
 * Chromium: a chi bộ list and a register written by openpyxl are opened beside
 * the allocation, consolidated; the goal lines show, a list row selects its
 * source cell in the preview, the probation list is downloaded, and the Word
 * report downloads as a .docx. Nothing may leave 127.0.0.1.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import type { Browser, Page } from "playwright-core";
import { captureDownload, guardNetwork, launchChromium, REPO, screenshot, serveDist, watchConsole, type StaticServer } from "./support/harness";
import { makeInputs, PYTHON } from "./support/inputs";

let browser: Browser;
let server: StaticServer;
let work: string;
let allocation: string;
let branchList: string;
let register: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "ptdv-e2e-goals-"));
  allocation = makeInputs(work).allocation;
  execFileSync(PYTHON, [path.join(REPO, "test-e2e", "fixtures", "make_goal_inputs.py"), work], { stdio: "pipe" });
  branchList = path.join(work, "chi-bo.xlsx");
  register = path.join(work, "ket-nap.xlsx");
  [browser, server] = await Promise.all([launchChromium(), serveDist()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Opens the edition with the allocation, the chi bộ list and the register, and consolidates April 2025. */
async function consolidated(): Promise<{ page: Page; finish: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const { external } = await guardNetwork(context, server.base);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await page.goto(`${server.base}index.html?lang=vi`);
  await page.waitForSelector("#app[data-ready=true]");
  await page.setInputFiles("#open-files-input", [allocation, branchList, register]);
  await page.waitForSelector('[data-testid=open-file]:has-text("ket-nap.xlsx")');
  // The pane re-renders once it has listed the new sheets; choosing before that would be lost.
  await page.waitForSelector('#check-sheet option:has-text("allocation.xlsx")', { state: "attached" });
  const value = await page.$eval("#check-sheet", (s) => Array.from((s as HTMLSelectElement).options).find((o) => o.textContent?.includes("allocation.xlsx"))?.value ?? "");
  await page.selectOption("#check-sheet", value);
  await page.fill("#check-target", "88");
  await page.click("#check-run");
  await page.waitForSelector("#check-summary [data-testid=summary-total]");
  await page.click("#tab-consolidate");
  await page.locator("[data-testid=source-sheet]").nth(1).waitFor();
  await page.selectOption("#consolidate-month", "4");
  await page.fill("#consolidate-year", "2025");
  await page.click("#consolidate-run");
  await page.waitForSelector("[data-testid=branch-goal-line], #consolidate-headline, [role=alert]");
  await page.waitForSelector("[data-testid=branch-goal-line]");
  return {
    page,
    async finish() {
      await context.close();
      expect(problems.errors).toEqual([]);
      expect(problems.dialogs).toEqual([]);
      expect(external).toEqual([]);
    },
  };
}

describe("chi bộ goals, probation and the Word report in the browser edition", () => {
  test("shows the goal lines, and a row under the minimum selects its cell in the preview of the chi bộ file", async () => {
    const { page, finish } = await consolidated();
    expect(await page.locator("[data-testid=branch-goal-line]").allTextContents()).toEqual([
      "Chi bộ thôn, tổ dân phố, trường học có từ 10 đảng viên trở lên: 3/4 (75,0%)",
      "Chi bộ 3 năm trở lên chưa kết nạp đảng viên, còn nguồn: 2",
    ]);
    const row = page.locator("button[data-testid=branch-under]");
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain("Chi bộ thôn Ka Đô Mới");
    const cell = await row.getAttribute("data-cell");
    expect(cell).toBe("B4");
    await screenshot(page, "browser-goals-01-lines");
    await row.click();
    await page.waitForSelector('[data-testid=preview-table][data-sheet="Danh sách chi bộ"]');
    const selected = page.locator(`[data-testid=preview-table] td[data-cell="${cell}"]`);
    await selected.and(page.locator(".selected")).waitFor();
    expect(await selected.textContent()).toBe("Chi bộ thôn Ka Đô Mới");
    await finish();
  });

  test("lists probation dates as of the date typed, by chi bộ, and downloads them as a sheet", async () => {
    const { page, finish } = await consolidated();
    await page.fill("#probation-as-of", "2025-05-01");
    await page.click("#probation-run");
    await page.waitForSelector("[data-testid=probation-item]");
    const items = page.locator("[data-testid=probation-item]");
    expect(await items.count()).toBe(2);
    expect(await items.nth(0).getAttribute("data-status")).toBe("overdue");
    expect(await items.nth(0).textContent()).toContain("Nguyễn Văn An — kết nạp 10/04/2024, hết dự bị 10/04/2025");
    expect(await items.nth(1).getAttribute("data-status")).toBe("due");
    expect(await items.nth(1).textContent()).toContain("còn 50 ngày");
    await screenshot(page, "browser-goals-02-probation");
    const file = await captureDownload(page, () => page.click("#probation-save"));
    expect(file.name).toBe("Du-bi-den-han-2025-05-01.xlsx");
    const zip = await JSZip.loadAsync(file.bytes);
    const shared = (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "";
    expect(shared).toContain("Ka Thị Bình");
    await finish();
  });

  test("downloads the Word report: a .docx zip whose word/document.xml holds the report's title", async () => {
    const { page, finish } = await consolidated();
    const file = await captureDownload(page, () => page.click("#download-word"));
    expect(file.name).toBe("Bao-cao-PTDV-T04-2025.docx");
    const zip = await JSZip.loadAsync(file.bytes);
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const text = xml.replace(/<[^>]+>/g, "");
    expect(text).toContain("BÁO CÁO");
    expect(text).toContain("Kết quả công tác phát triển đảng viên tháng 4 năm 2025");
    expect(text).toContain("Chi bộ thôn, tổ dân phố, trường học có từ 10 đảng viên trở lên: 3/4 (75,0%)");
    await page.waitForSelector('[data-testid=word-note]:has-text("Bao-cao-PTDV-T04-2025.docx")');
    await finish();
  });
});

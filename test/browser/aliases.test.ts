/**
 * @jest-environment jsdom
 */
import { createBrowserHost } from "../../src/browser/browser-host";
import { createSettingsStorage } from "../../src/browser/settings-storage";
import { mountWorkspace } from "../../src/browser/workspace-view";
import { sampleAllocationGrid, sampleReportLogGrid } from "../../src/browser/sample-data";
import { ALIAS_SHEET_NAME } from "../../src/core/names/aliases";
import { displayText, type Grid } from "../../src/core/grid";
import { mountApp } from "../../src/taskpane/app";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { settle, waitFor } from "../taskpane/fake-host";
import { TextDecoder as NodeTextDecoder } from "node:util";

// jsdom has no TextDecoder; reading the downloaded .xlsx back needs one (browsers have it).
if (typeof globalThis.TextDecoder === "undefined") Object.assign(globalThis, { TextDecoder: NodeTextDecoder });

const LAC_XUAN = "Đảng bộ xã Lạc Xuân";
const WRITTEN = "Đảng bộ xã Lạc Xuân Mới";

function logWrittenAs(written: string): Grid {
  const log = sampleReportLogGrid();
  return { ...log, rows: log.rows.map((r) => r.map((c, i) => (i === 1 && c?.value === LAC_XUAN ? { ...c, value: written } : c))) };
}

function page() {
  document.body.innerHTML = '<header id="top"></header><section id="files"></section><div id="app"></div><main id="preview"></main>';
  const byId = (id: string) => document.getElementById(id)!;
  const saved: Array<{ name: string; bytes: Uint8Array }> = [];
  const store = createSettingsStorage(null);
  const host = createBrowserHost({ store, save: (name, bytes) => saved.push({ name, bytes }), navigatorLanguage: "vi-VN" });
  mountWorkspace({ header: byId("top"), files: byId("files"), preview: byId("preview") }, host);
  mountApp(byId("app"), host);
  return { host, byId, saved };
}

const chartLabel = (name: string): string =>
  Array.from(document.querySelectorAll("[data-testid=chart-row]"))
    .map((r) => r.getAttribute("aria-label") ?? "")
    .find((l) => l.startsWith(`${name}:`)) ?? "";

describe("aliases in the browser edition", () => {
  test("a confirmed alias becomes a produced Bí danh sheet: listed, read back by the re-run, and part of the download", async () => {
    const { host, byId, saved } = page();
    await waitFor(() => byId("app").getAttribute("data-ready") === "true", "ready");
    await host.setSettings({ "ptdv.target": "88", "ptdv.year": "2025", "ptdv.month": "4" });
    host.addWorkbook({ name: "so-lieu.xlsx", grids: [sampleAllocationGrid(), logWrittenAs(WRITTEN)] }, "Phân bổ 2025");
    await settle();
    (document.getElementById("tab-consolidate") as HTMLButtonElement).click();
    await waitFor(() => document.querySelector("[data-testid=source-sheet]"), "report sheet detected");
    (document.getElementById("consolidate-run") as HTMLButtonElement).click();
    const button = await waitFor(() => document.querySelector<HTMLButtonElement>("[data-testid=confirm-alias]"), "suggestion button");
    expect(chartLabel(LAC_XUAN)).toMatch(/: 0 trên 9/);
    expect(button.dataset["target"]).toBe(LAC_XUAN);

    button.click();
    await waitFor(() => document.querySelector("[data-testid=alias-confirmed], [role=alert]"), "alias confirmed");
    await settle();
    expect(document.querySelector("[role=alert]")).toBeNull();
    expect(chartLabel(LAC_XUAN)).toMatch(/: 5 trên 9/);
    // In the browser the alias lives in the downloaded workbook, not in the files the user opened.
    expect(document.querySelector("[data-testid=alias-confirmed]")?.textContent).toMatch(/trang “Bí danh” của tệp tải về và sẽ được áp dụng khi bạn mở lại tệp đó/);
    expect(document.querySelector('[data-testid=finding][data-code="SUBMISSION_UNKNOWN_ORGANIZATION"]')).toBeNull();

    const listed = (await host.listSheets()).find((s) => s.name === ALIAS_SHEET_NAME);
    expect(listed).toEqual({ name: ALIAS_SHEET_NAME, owned: true, role: "aliases" });
    // The alias sheet is not a report source, even though it is now in the sheet list.
    expect(Array.from(document.querySelectorAll("[data-testid=source-sheet]")).map((b) => b.closest("li")?.textContent)).toEqual(["so-lieu.xlsx › Nhật ký báo cáo"]);
    // The workspace lists it among the results.
    expect(document.querySelector(`[data-testid=sheet-tab][data-sheet="${ALIAS_SHEET_NAME}"]`)).not.toBeNull();

    await host.downloadProduced();
    const file = saved.at(-1)!;
    const book = await readWorkbook(file.bytes, file.name);
    if (!book.ok) throw new Error(book.problem.message.en);
    const aliasGrid = book.grids.find((g) => g.name === ALIAS_SHEET_NAME);
    expect(aliasGrid?.rows[1]?.map((c) => (c === undefined ? "" : displayText(c)))).toEqual([WRITTEN, LAC_XUAN]);
  });
});

/**
 * @jest-environment jsdom
 */
/**
 * The pane stays usable by keyboard where it rebuilds what the user pressed: the fix's undo, an
 * alias confirmed and undone put focus on the next control or the status line, never <body>; the
 * tab reached with End is scrolled into the (narrow, scrollbar-less) tab bar. Also the fixed cell
 * shows in the preview as Excel shows it (03, not 3).
 */
import { TextDecoder as NodeTextDecoder } from "node:util";
import { createBrowserHost } from "../../src/browser/browser-host";
import { createSettingsStorage } from "../../src/browser/settings-storage";
import { mountWorkspace } from "../../src/browser/workspace-view";
import { sampleAllocationGrid, sampleReportLogGrid } from "../../src/browser/sample-data";
import type { Grid } from "../../src/core/grid";
import { mountApp } from "../../src/taskpane/app";
import { settle, waitFor } from "../taskpane/fake-host";

if (typeof globalThis.TextDecoder === "undefined") Object.assign(globalThis, { TextDecoder: NodeTextDecoder });

async function page(): Promise<ReturnType<typeof createBrowserHost>> {
  document.body.innerHTML = '<header id="top"></header><section id="files"></section><div id="app"></div><main id="preview"></main>';
  const byId = (id: string): HTMLElement => document.getElementById(id) as HTMLElement;
  const host = createBrowserHost({ store: createSettingsStorage(null), save: () => undefined, lang: "vi" });
  mountWorkspace({ header: byId("top"), files: byId("files"), preview: byId("preview") }, host);
  mountApp(byId("app"), host);
  await waitFor(() => byId("app").getAttribute("data-ready") === "true", "ready");
  return host;
}

/** Presses a button as a keyboard user does: focused first, then activated. */
function press(el: HTMLElement): void {
  el.focus();
  el.click();
}

const focused = (): string => {
  const a = document.activeElement as HTMLElement | null;
  return a === null || a === document.body ? "<body>" : a.id !== "" ? `#${a.id}` : `[${a.getAttribute("data-testid") ?? a.tagName}]`;
};

describe("keyboard focus after the pane rebuilds a control", () => {
  test("undoing the number fix leaves focus on the fix offered again; the fixed cell shows 03 in the preview as it did before", async () => {
    const host = await page();
    (document.getElementById("use-sample") as HTMLButtonElement).click();
    await settle();
    press(document.getElementById("check-run") as HTMLButtonElement);
    const fix = await waitFor(() => document.getElementById("check-fix-text"), "fix offered");
    // The sample's quota stored as text, as its cell showed it.
    const textCells = Array.from(document.querySelectorAll<HTMLElement>("[data-testid=preview-table] td[data-cell]")).filter((td) => /^C\d+$/.test(td.dataset["cell"] ?? ""));
    const shownBefore = new Map(textCells.map((td) => [td.dataset["cell"] ?? "", td.textContent ?? ""]));
    press(fix);
    await waitFor(() => document.getElementById("check-undo"), "undo offered");
    await settle();
    const fixedCells = host.files()[0]?.grids[0]?.rows.flatMap((r) => r).filter((c) => c?.numFmt !== undefined && /^0+$/.test(c.numFmt)) ?? [];
    expect(fixedCells.length).toBeGreaterThan(0);
    expect(fixedCells.some((c) => c?.text === "03")).toBe(true);
    for (const [cell, before] of shownBefore) {
      if (!/^\d+$/.test(before)) continue;
      expect(document.querySelector(`[data-testid=preview-table] td[data-cell="${cell}"]`)?.textContent).toBe(before);
    }
    expect(focused()).toBe("#check-undo");

    press(document.getElementById("check-undo") as HTMLButtonElement);
    await waitFor(() => document.getElementById("check-undo") === null, "undone");
    await settle();
    expect(focused()).toBe("#check-fix-text");
  });

  test("confirming an alias keeps focus on the confirmation, and undoing it puts focus on the status line that says so", async () => {
    const host = await page();
    await host.setSettings({ "ptdv.target": "88", "ptdv.year": "2025", "ptdv.month": "4" });
    const log = sampleReportLogGrid();
    const renamed: Grid = { ...log, rows: log.rows.map((r) => r.map((c, i) => (i === 1 && c?.value === "Đảng bộ xã Lạc Xuân" ? { ...c, value: "Đảng bộ xã Lạc Xuân Mới" } : c))) };
    host.addWorkbook({ name: "so-lieu.xlsx", grids: [sampleAllocationGrid(), renamed] }, "Phân bổ 2025");
    await settle();
    press(document.getElementById("tab-consolidate") as HTMLButtonElement);
    await waitFor(() => document.querySelector("[data-testid=source-sheet]"), "report sheet detected");
    press(document.getElementById("consolidate-run") as HTMLButtonElement);
    const confirm = await waitFor(() => document.querySelector<HTMLButtonElement>("[data-testid=confirm-alias]"), "suggestion");

    press(confirm);
    await waitFor(() => document.querySelector("[data-testid=alias-undo]"), "alias confirmed");
    await settle();
    expect(focused()).toBe("[alias-confirmed]");

    press(document.querySelector("[data-testid=alias-undo]") as HTMLButtonElement);
    await waitFor(() => document.querySelector("[data-testid=alias-undo]") === null, "alias undone");
    await settle();
    expect(focused()).toBe("#consolidate-status");
    expect(document.getElementById("consolidate-status")?.textContent).toContain("Đã hoàn tác");
  });
});

describe("the tab bar by keyboard", () => {
  test("the tab reached with End or the arrows is scrolled into view, nearest, both ways", async () => {
    const calls: Array<{ id: string; options: unknown }> = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element, options?: unknown) {
      calls.push({ id: this.id, options });
    } as typeof Element.prototype.scrollIntoView;
    try {
      await page();
      const check = document.getElementById("tab-check") as HTMLButtonElement;
      check.focus();
      check.dispatchEvent(new KeyboardEvent("keydown", { key: "End", bubbles: true }));
      expect(focused()).toBe("#tab-settings");
      expect(calls).toContainEqual({ id: "tab-settings", options: { block: "nearest", inline: "nearest" } });
      (document.getElementById("tab-settings") as HTMLButtonElement).dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
      expect(focused()).toBe("#tab-check");
      expect(calls.at(-1)).toEqual({ id: "tab-check", options: { block: "nearest", inline: "nearest" } });
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });
});

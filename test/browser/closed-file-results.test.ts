/**
 * @jest-environment jsdom
 */
/**
 * A consolidation describes the files it read: when one of them is closed or replaced, its figures,
 * its alias suggestions, its result sheets in the preview and their downloads go (personal records,
 * as the check's result does), and nothing left on the page acts on the closed data.
 */
import * as fs from "fs";
import { TextDecoder as NodeTextDecoder } from "node:util";
import * as path from "path";
import { createBrowserHost, type BrowserHost } from "../../src/browser/browser-host";
import { createSettingsStorage } from "../../src/browser/settings-storage";
import { mountWorkspace } from "../../src/browser/workspace-view";
import { mountApp } from "../../src/taskpane/app";
import { settle, waitFor } from "../taskpane/fake-host";

if (typeof globalThis.TextDecoder === "undefined") Object.assign(globalThis, { TextDecoder: NodeTextDecoder });

const BELOW_TARGET = path.resolve(__dirname, "..", "fixtures", "allocation", "total-below-target.xlsx");
const fileOf = (p: string): Blob & { name: string } => Object.assign(new Blob([fs.readFileSync(p)]), { name: path.basename(p) });

async function sampleConsolidated(): Promise<{ host: BrowserHost; saved: string[] }> {
  document.body.innerHTML = '<header id="top"></header><section id="files"></section><div id="app"></div><main id="preview"></main>';
  const byId = (id: string): HTMLElement => document.getElementById(id) as HTMLElement;
  const saved: string[] = [];
  const host = createBrowserHost({ store: createSettingsStorage(null), save: (name) => void saved.push(name), lang: "vi" });
  mountWorkspace({ header: byId("top"), files: byId("files"), preview: byId("preview") }, host);
  mountApp(byId("app"), host);
  await waitFor(() => byId("app").getAttribute("data-ready") === "true", "ready");
  (byId("use-sample") as HTMLButtonElement).click();
  await settle();
  (byId("tab-consolidate") as HTMLButtonElement).click();
  await waitFor(() => document.querySelector("[data-testid=source-sheet]"), "report sheets");
  (byId("consolidate-run") as HTMLButtonElement).click();
  await waitFor(() => document.querySelector("#consolidate-headline"), "headline");
  await settle();
  return { host, saved };
}

const closeButton = (name: string): HTMLButtonElement =>
  Array.from(document.querySelectorAll<HTMLButtonElement>("[data-testid=open-file] button")).find((b) => b.getAttribute("aria-label")?.includes(name)) as HTMLButtonElement;

describe("results of a closed file", () => {
  test("closing the sample and opening another file clears the consolidation, its alias suggestions, its result sheets and their download", async () => {
    const { host } = await sampleConsolidated();
    // The sample's run, as the user saw it: figures, an alias to confirm, result sheets to download.
    expect(document.querySelector("[data-testid=headline-to-date]")?.textContent).toContain("36");
    expect(document.querySelectorAll("[data-testid=confirm-alias]").length).toBeGreaterThan(0);
    expect(document.getElementById("download-results")).not.toBeNull();
    expect(document.querySelector("[data-testid=word-report], #word-report-download, #consolidate-extras")).not.toBeNull();
    const producedBefore = host.produced().map((s) => s.name);
    expect(producedBefore.length).toBeGreaterThan(0);

    closeButton("du-lieu-mau-2025.xlsx").click();
    await settle();
    expect(await host.openFiles([fileOf(BELOW_TARGET)])).toEqual([]);
    await settle();

    const pane = document.getElementById("panel-consolidate")?.textContent ?? "";
    expect(document.querySelector("#consolidate-headline")).toBeNull();
    expect(pane).not.toContain("36 / 88");
    expect(document.querySelectorAll("[data-testid=confirm-alias], [data-testid=missing-org]")).toHaveLength(0);
    expect(document.querySelector("#consolidate-extras")).toBeNull();
    expect(host.produced()).toEqual([]);
    expect(document.getElementById("download-results")).toBeNull();
    const previewTabs = Array.from(document.querySelectorAll("[data-testid=sheet-tab]"), (b) => b.getAttribute("data-sheet"));
    for (const name of producedBefore) expect(previewTabs).not.toContain(name);
  });

  test("closing a file the consolidation did not read keeps its result", async () => {
    const { host } = await sampleConsolidated();
    expect(await host.openFiles([fileOf(BELOW_TARGET)])).toEqual([]);
    await settle();
    closeButton("total-below-target.xlsx").click();
    await settle();
    expect(document.querySelector("[data-testid=headline-to-date]")?.textContent).toContain("36");
    expect(document.getElementById("download-results")).not.toBeNull();
  });
});

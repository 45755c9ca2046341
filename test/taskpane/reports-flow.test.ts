/**
 * @jest-environment jsdom
 */
import { mountApp } from "../../src/taskpane/app";
import { sampleAllocationGrid, sampleReportLogGrid, SAMPLE_ALLOCATION_2025 } from "../../src/browser/sample-data";
import { FakeHost, q, settle, waitFor } from "./fake-host";

function mount(host: FakeHost): HTMLElement {
  document.body.innerHTML = "";
  const root = document.createElement("main");
  document.body.append(root);
  mountApp(root, host);
  return root;
}


function sampleHost(): FakeHost {
  const host = new FakeHost([sampleAllocationGrid(), sampleReportLogGrid()], "Phân bổ 2025");
  host.settings.set("ptdv.target", "88");
  host.settings.set("ptdv.year", "2025");
  host.settings.set("ptdv.month", "4");
  return host;
}

describe("report templates and consolidation in the pane", () => {
  test("creates one template per organisation of the allocation table, checking it first when needed", async () => {
    const host = sampleHost();
    const root = mount(host);
    await waitFor(() => root.getAttribute("data-ready") === "true", "ready");
    q<HTMLButtonElement>(root, "#tab-templates").click();
    q<HTMLButtonElement>(root, "#templates-run").click();
    await waitFor(() => root.querySelector("[data-testid=templates-done], [role=alert]"), "templates");
    expect(root.querySelector("[role=alert]")).toBeNull();
    expect(host.delivered).toHaveLength(SAMPLE_ALLOCATION_2025.length);
    expect(q(root, "[data-testid=templates-done]").textContent).toContain("Đã tạo 15 mẫu báo cáo");
  });

  test("finds the report log sheet, consolidates April and shows to date, who is missing, and a bar per organisation", async () => {
    const host = sampleHost();
    const root = mount(host);
    await waitFor(() => root.getAttribute("data-ready") === "true", "ready");
    q<HTMLButtonElement>(root, "#tab-consolidate").click();
    const box = await waitFor(() => root.querySelector<HTMLInputElement>("[data-testid=source-sheet]"), "report sheet detected");
    expect(box.checked).toBe(true);
    expect(box.closest("li")?.textContent).toBe("Nhật ký báo cáo");
    expect(root.querySelectorAll("[data-testid=source-sheet]")).toHaveLength(1);
    q<HTMLButtonElement>(root, "#consolidate-run").click();
    await waitFor(() => root.querySelector("#consolidate-headline, [role=alert]"), "headline");
    await settle();
    expect(root.querySelector("[role=alert]")).toBeNull();
    // Sum of the sample's T1–T4 figures.
    expect(q(root, "[data-testid=headline-to-date]").textContent).toBe("36 / 88");
    expect(Array.from(root.querySelectorAll("[data-testid=missing-org]")).map((li) => li.textContent)).toEqual(["Đảng bộ xã Tu Tra"]);
    expect(root.querySelectorAll("[data-testid=chart-row]")).toHaveLength(15);
    expect(q(root, "[data-testid=chart-row]").getAttribute("aria-label")).toMatch(/^Đảng bộ Công an huyện: 2 trên 3/);
    expect(host.written.map((s) => s.role)).toContain("progress");
    expect(q(root, "[data-testid=consolidate-written]").textContent).toContain("Tổng hợp");
  });

  test("refuses to consolidate with no source chosen", async () => {
    const host = sampleHost();
    const root = mount(host);
    await waitFor(() => root.getAttribute("data-ready") === "true", "ready");
    q<HTMLButtonElement>(root, "#tab-consolidate").click();
    const box = await waitFor(() => root.querySelector<HTMLInputElement>("[data-testid=source-sheet]"), "report sheet detected");
    box.click();
    q<HTMLButtonElement>(root, "#consolidate-run").click();
    await settle();
    expect(q(root, "[role=alert]").textContent).toContain("Chọn ít nhất một nguồn");
    expect(host.written).toEqual([]);
  });
});

describe("an organisation whose report for the month has errors", () => {
  test("is listed as reported with errors, not as not reported", async () => {
    const log = sampleReportLogGrid();
    const badRow = [{ value: 999 }, { value: "Đảng bộ xã Tu Tra" }, { value: 4 }, { value: 2025 }, { value: "hai" }];
    const host = new FakeHost([sampleAllocationGrid(), { ...log, rows: [...log.rows, badRow] }], "Phân bổ 2025");
    host.settings.set("ptdv.target", "88");
    host.settings.set("ptdv.year", "2025");
    host.settings.set("ptdv.month", "4");
    const root = mount(host);
    await waitFor(() => root.getAttribute("data-ready") === "true", "ready");
    q<HTMLButtonElement>(root, "#tab-consolidate").click();
    await waitFor(() => root.querySelector("[data-testid=source-sheet]"), "report sheet detected");
    q<HTMLButtonElement>(root, "#consolidate-run").click();
    await waitFor(() => root.querySelector("#consolidate-headline, [role=alert]"), "headline");
    await settle();
    expect(root.querySelectorAll("[data-testid=missing-org]")).toHaveLength(0);
    expect(Array.from(root.querySelectorAll("[data-testid=invalid-report-org]")).map((li) => li.textContent)).toEqual(["Đảng bộ xã Tu Tra"]);
  });
});

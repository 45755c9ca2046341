/**
 * @jest-environment jsdom
 */
import { gridFromValues } from "../../src/core/grid";
import { mountApp } from "../../src/taskpane/app";
import { sampleAllocationGrid } from "../../src/browser/sample-data";
import { FakeHost, q, settle, waitFor } from "./fake-host";

function mount(host: FakeHost): HTMLElement {
  document.body.innerHTML = "";
  const root = document.createElement("main");
  document.body.append(root);
  mountApp(root, host);
  return root;
}


async function ready(root: HTMLElement): Promise<void> {
  await waitFor(() => root.getAttribute("data-ready") === "true", "pane ready");
}

async function runCheck(root: HTMLElement): Promise<void> {
  q<HTMLButtonElement>(root, "#check-run").click();
  await waitFor(() => root.querySelector("#check-summary, [data-testid=table-not-found], [data-testid=error]"), "check result");
  await settle();
}

const hostileTable = () =>
  gridFromValues("Phân bổ", [
    ["STT", "TCCSĐ", "CHỈ TIÊU"],
    ["01", "<img src=x onerror=alert(1)>", 3],
    ["02", "Chi bộ Trường THPT Đơn Dương", 3],
    ["03", "Đảng bộ xã Ka Đô", "mười"],
  ]);

describe("task pane app", () => {
  test("shows the four tabs in Vietnamese by default and moves between them with the arrow keys", async () => {
    const root = mount(new FakeHost([sampleAllocationGrid()]));
    await ready(root);
    const tabs = Array.from(root.querySelectorAll<HTMLButtonElement>("[role=tab]"));
    expect(tabs.map((t) => t.textContent)).toEqual(["Kiểm tra phân bổ", "Mẫu báo cáo", "Tổng hợp", "Cài đặt"]);
    expect(tabs[0]!.getAttribute("aria-selected")).toBe("true");
    tabs[0]!.focus();
    tabs[0]!.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    expect(q(root, "#tab-templates").getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement?.id).toBe("tab-templates");
    expect(q(root, "#panel-check").hidden).toBe(true);
    expect(q(root, "#panel-templates").hidden).toBe(false);
    q(root, "#tab-templates").dispatchEvent(new KeyboardEvent("keydown", { key: "End", bubbles: true }));
    expect(q(root, "#tab-settings").getAttribute("aria-selected")).toBe("true");
  });

  test("checks the seed's 2025 table from the active sheet: 91 against 88, +3, four schools with one student each", async () => {
    const other = gridFromValues("Ghi chú", [["nothing here"]]);
    const host = new FakeHost([other, sampleAllocationGrid()], "Phân bổ 2025");
    host.settings.set("ptdv.target", "88");
    const root = mount(host);
    await ready(root);
    expect(q<HTMLSelectElement>(root, "#check-sheet").selectedOptions[0]!.textContent).toBe("Phân bổ 2025");
    expect(q<HTMLInputElement>(root, "#check-target").value).toBe("88");
    await runCheck(root);
    expect(q(root, "[data-testid=summary-total]").textContent).toBe("91");
    expect(q(root, "[data-testid=summary-target]").textContent).toBe("88");
    expect(q(root, "[data-testid=summary-difference]").textContent).toBe("+3");
    expect(q(root, "[data-testid=summary-students]").textContent).toBe("4");
    const schools = Array.from(root.querySelectorAll("[data-testid=student-quotas] li")).map((li) => li.textContent);
    expect(schools).toEqual([
      "Chi bộ Trường THPT Đơn Dương1 HS",
      "Chi bộ Trường THPT Hùng Vương1 HS",
      "Chi bộ Trường THPT Lê Lợi1 HS",
      "Chi bộ Trường THPT Pró1 HS",
    ]);
    expect(q(root, "[data-testid=summary-verdict]").textContent).toContain("Đạt chỉ tiêu");
    expect(host.settings.get("ptdv.allocationSheet")).toBe("\u0000Phân bổ 2025");
  });

  test("renders a hostile organisation name as text and lists findings by severity with their cells", async () => {
    const host = new FakeHost([hostileTable()]);
    const root = mount(host);
    await ready(root);
    await runCheck(root);
    expect(root.querySelector("img")).toBeNull();
    expect(root.textContent).not.toContain("undefined");
    const findings = Array.from(root.querySelectorAll<HTMLElement>("[data-testid=finding]"));
    expect(findings.length).toBeGreaterThan(0);
    const invalid = findings.find((f) => f.dataset["code"] === "QUOTA_INVALID");
    expect(invalid?.dataset["cell"]).toBe("C4");
    expect(invalid?.closest("[data-severity]")?.getAttribute("data-severity")).toBe("error");
    const groups = Array.from(root.querySelectorAll(".finding-group h3")).map((h) => h.textContent ?? "");
    expect(groups[0]).toMatch(/^Lỗi \(\d+\)$/);
  });

  test("clicking a finding selects its cell; highlight and clear go to the host", async () => {
    const host = new FakeHost([hostileTable()]);
    const root = mount(host);
    await ready(root);
    await runCheck(root);
    const invalid = q<HTMLButtonElement>(root, "[data-testid=finding][data-code=QUOTA_INVALID]");
    invalid.click();
    await settle();
    expect(host.callsOf("selectCell")).toEqual([[{ name: "Phân bổ" }, "C4"]]);

    q<HTMLButtonElement>(root, "#check-highlight").click();
    await settle();
    const [[request]] = host.callsOf("highlight") as [[{ sheet: { name: string }; cells: Array<{ address: string; severity: string }> }]];
    expect(request.sheet).toEqual({ name: "Phân bổ" });
    expect(request.cells).toContainEqual({ address: "C4", severity: "error" });
    expect(q(root, "#check-status").textContent).toMatch(/Đã đánh dấu \d+ ô/);

    q<HTMLButtonElement>(root, "#check-clear").click();
    await settle();
    expect(host.callsOf("clearHighlight")).toEqual([[{ name: "Phân bổ" }]]);
    expect(q(root, "#check-status").textContent).toContain("Đã xóa đánh dấu");
  });

  test("switches to English, re-renders the same result, and remembers the choice", async () => {
    const host = new FakeHost([hostileTable()]);
    const root = mount(host);
    await ready(root);
    await runCheck(root);
    q<HTMLButtonElement>(root, "#lang-toggle").click();
    await settle();
    expect(q(root, "#tab-check").textContent).toBe("Check allocation");
    expect(root.getAttribute("lang")).toBe("en");
    expect(host.settings.get("ptdv.lang")).toBe("en");
    expect(q(root, ".finding-group h3").textContent).toMatch(/^Errors \(\d+\)$/);

    const again = mount(host);
    await ready(again);
    expect(q(again, "#tab-check").textContent).toBe("Check allocation");
  });

  test("follows the host's language when nothing is remembered", async () => {
    const root = mount(new FakeHost([sampleAllocationGrid()], null, "en"));
    await ready(root);
    expect(q(root, "#tab-consolidate").textContent).toBe("Consolidate");
  });

  test("says so when there are no sheets, and shows the host's error when reading fails", async () => {
    const empty = mount(new FakeHost([]));
    await ready(empty);
    expect(q(empty, "[data-testid=check-empty]").textContent).toContain("Chưa có trang tính");
    expect(q<HTMLButtonElement>(empty, "#check-run").disabled).toBe(true);

    const host = new FakeHost([sampleAllocationGrid()]);
    host.failReads = new Error("Trang tính đang được chỉnh sửa");
    const root = mount(host);
    await ready(root);
    await runCheck(root);
    const alert = q(root, "[role=alert]");
    expect(alert.textContent).toContain("Trang tính đang được chỉnh sửa");
    expect(q<HTMLButtonElement>(root, "#check-run").disabled).toBe(false);
  });

  test("rejects a target that is not a whole number without reading the sheet", async () => {
    const host = new FakeHost([sampleAllocationGrid()]);
    const root = mount(host);
    await ready(root);
    host.calls.length = 0;
    q<HTMLInputElement>(root, "#check-target").value = "88,5";
    q<HTMLButtonElement>(root, "#check-run").click();
    await settle();
    expect(q(root, "[role=alert]").textContent).toContain("số nguyên");
    expect(host.callsOf("readSheets")).toEqual([]);
  });

  test("saves settings through the host and shows them in the other tabs", async () => {
    const host = new FakeHost([sampleAllocationGrid()]);
    const root = mount(host);
    await ready(root);
    q<HTMLButtonElement>(root, "#tab-settings").click();
    q<HTMLInputElement>(root, "#settings-target").value = "88";
    q<HTMLInputElement>(root, "#settings-year").value = "2025";
    q<HTMLTextAreaElement>(root, "#settings-issuing-body").value = "HUYỆN ỦY ĐƠN DƯƠNG\n\n BAN TỔ CHỨC ";
    q<HTMLInputElement>(root, "#settings-place").value = "Đơn Dương";
    q<HTMLFormElement>(root, "#panel-settings form").dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
    await settle();
    expect(host.settings.get("ptdv.target")).toBe("88");
    // 2025 is what the allocation's title says: it stays the sheet's, not a choice stored over it.
    expect(host.settings.get("ptdv.year")).toBeUndefined();
    expect(host.settings.get("ptdv.issuingBody")).toBe("HUYỆN ỦY ĐƠN DƯƠNG\nBAN TỔ CHỨC");
    expect(host.settings.get("ptdv.place")).toBe("Đơn Dương");
    expect(q<HTMLInputElement>(root, "#check-target").value).toBe("88");
    expect(q<HTMLInputElement>(root, "#templates-year").value).toBe("2025");
    expect(q(root, "#settings-status").textContent).toContain("Đã lưu");
    expect(q(root, "#tab-settings").getAttribute("aria-selected")).toBe("true");
  });
});

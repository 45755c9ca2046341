/**
 * @jest-environment jsdom
 */
import { gridFromValues } from "../../src/core/grid";
import { sampleAllocationGrid, sampleReportLogGrid } from "../../src/browser/sample-data";
import { HostError } from "../../src/host";
import { FakeHost, mountPane, pick, q, settle, waitFor } from "./fake-host";

const table = (name: string) =>
  gridFromValues(name, [
    ["STT", "TCCSĐ", "CHỈ TIÊU"],
    ["01", "Đảng bộ xã Ka Đô", "mười"],
    ["02", "Chi bộ Trường THPT Đơn Dương", 3],
  ]);

async function runCheck(root: HTMLElement): Promise<void> {
  q<HTMLButtonElement>(root, "#check-run").click();
  await waitFor(() => root.querySelector("#check-results #check-summary, #check-results [data-testid=table-not-found], [role=alert]"), "check result");
  await settle();
}

describe("remembering settings costs no extra round trips and never fails the action", () => {
  test("a check reads the sheet before it writes settings, and writes the changed ones in one batched call", async () => {
    const host = new FakeHost([sampleAllocationGrid()], "Phân bổ 2025");
    host.enableBatchSettings();
    const root = await mountPane(host);
    // Opening reads the allocation once for its year and target (and writes nothing).
    expect(host.methodsCalled().filter((m) => m.startsWith("setSetting"))).toEqual([]);
    host.calls.length = 0;
    q<HTMLInputElement>(root, "#check-target").value = "88";
    await runCheck(root);
    const order = host.methodsCalled().filter((m) => m === "readSheets" || m.startsWith("setSetting"));
    expect(order).toEqual(["readSheets", "setSettings"]);
    expect(host.callsOf("setSettings")).toEqual([[{ "ptdv.target": "88", "ptdv.allocationSheet": "\u0000Phân bổ 2025" }]]);

    await runCheck(root);
    expect(host.callsOf("setSettings")).toHaveLength(1);
    expect(host.callsOf("setSetting")).toEqual([]);
  });

  test("a workbook that refuses settings (read-only) still shows the check result, with a note and no error", async () => {
    const host = new FakeHost([sampleAllocationGrid()], "Phân bổ 2025");
    host.failSettings = new Error("Sổ tính chỉ đọc");
    const root = await mountPane(host);
    q<HTMLInputElement>(root, "#check-target").value = "88";
    await runCheck(root);
    expect(q(root, "[data-testid=summary-total]").textContent).toBe("91");
    expect(root.querySelector("[role=alert]")).toBeNull();
    expect(q(root, "#check-status [data-testid=status-note]").textContent).toContain("không lưu được cài đặt vào sổ tính: Sổ tính chỉ đọc");
  });

  test("consolidating reads the allocation table and the reports in one batch and then saves only the changed month", async () => {
    const host = new FakeHost([sampleAllocationGrid(), sampleReportLogGrid()], "Phân bổ 2025");
    host.settings.set("ptdv.target", "88");
    host.settings.set("ptdv.year", "2025");
    host.settings.set("ptdv.month", "4");
    host.enableBatchSettings();
    const root = await mountPane(host);
    q<HTMLButtonElement>(root, "#tab-consolidate").click();
    await waitFor(() => root.querySelector("[data-testid=source-sheet]"), "report sheet");
    await settle();
    host.calls.length = 0;
    pick(q<HTMLSelectElement>(root, "#consolidate-month"), "3");
    q<HTMLButtonElement>(root, "#consolidate-run").click();
    await waitFor(() => root.querySelector("#consolidate-headline, [role=alert]"), "headline");
    await settle();
    expect(host.callsOf("readSheets")).toEqual([[[{ name: "Phân bổ 2025" }, { name: "Nhật ký báo cáo" }]]]);
    expect(host.callsOf("setSettings")).toEqual([[{ "ptdv.month": "3" }]]);
  });

  test("saving settings writes only what changed in one call and keeps focus on the save button", async () => {
    const host = new FakeHost([sampleAllocationGrid()]);
    host.enableBatchSettings();
    const root = await mountPane(host);
    q<HTMLButtonElement>(root, "#tab-settings").click();
    q<HTMLInputElement>(root, "#settings-place").value = "Đơn Dương";
    q<HTMLButtonElement>(root, "#settings-save").focus();
    q<HTMLButtonElement>(root, "#settings-save").click();
    await settle();
    expect(host.callsOf("setSettings")).toEqual([[{ "ptdv.place": "Đơn Dương" }]]);
    expect(document.activeElement?.id).toBe("settings-save");
    expect(q(root, "#settings-status").textContent).toContain("Đã lưu");
  });
});

describe("focus and highlights", () => {
  test("focus returns to the button that started an action even when the browser dropped it while disabled", async () => {
    const host = new FakeHost([sampleAllocationGrid()], "Phân bổ 2025");
    // Chromium drops focus to <body> when the focused button becomes disabled;
    // jsdom keeps it there, so drop it the same way while the read runs.
    host.duringRead = () => {
      const sink = document.createElement("input");
      document.body.append(sink);
      sink.focus();
      sink.remove();
    };
    const root = await mountPane(host);
    q<HTMLButtonElement>(root, "#check-run").focus();
    await runCheck(root);
    expect(document.activeElement?.id).toBe("check-run");
  });

  test("“Xóa đánh dấu” clears the sheet that was highlighted, even after another sheet was checked", async () => {
    const host = new FakeHost([table("Năm 2024"), table("Năm 2025")], "Năm 2024");
    const root = await mountPane(host);
    await runCheck(root);
    q<HTMLButtonElement>(root, "#check-highlight").click();
    await settle();
    pick(q<HTMLSelectElement>(root, "#check-sheet"), "\u0000Năm 2025");
    await runCheck(root);
    q<HTMLButtonElement>(root, "#check-clear").click();
    await settle();
    expect(host.callsOf("clearHighlight")).toEqual([[{ name: "Năm 2024" }]]);
  });

  test("with nothing highlighted in this session, clearing acts on the sheet in the picker, not the last one checked", async () => {
    const host = new FakeHost([table("Năm 2024"), table("Năm 2025")], "Năm 2024");
    const root = await mountPane(host);
    await runCheck(root);
    pick(q<HTMLSelectElement>(root, "#check-sheet"), "\u0000Năm 2025");
    q<HTMLButtonElement>(root, "#check-clear").click();
    await settle();
    expect(host.callsOf("clearHighlight")).toEqual([[{ name: "Năm 2025" }]]);
  });
});

describe("host messages in the pane's language", () => {
  test("a finding on a hidden sheet shows the host's bilingual error in English when the pane is English", async () => {
    const host = new FakeHost([table("Năm 2025")], "Năm 2025", "en");
    host.failSelect = new HostError({ vi: "Trang tính “Năm 2025” đang ẩn.", en: "The sheet “Năm 2025” is hidden." }, "SHEET_HIDDEN", "excel");
    const root = await mountPane(host);
    await runCheck(root);
    q<HTMLButtonElement>(root, "[data-testid=finding][data-cell]").click();
    await settle();
    expect(q(root, "#check-status [role=alert]").textContent).toBe("Could not complete: The sheet “Năm 2025” is hidden.");
  });

  test("limitations and write notes appear in the current language only, and follow a switch", async () => {
    const host = new FakeHost([sampleAllocationGrid()], "Phân bổ 2025");
    host.limitations = [{ vi: "Không có kiểm tra dữ liệu trong Excel này.", en: "No data validation in this Excel." }];
    host.writeNotes = [{ vi: "Đã bỏ định dạng trang in.", en: "Page layout was left out." }];
    const root = await mountPane(host);
    expect(q(root, "[data-testid=limitations]").textContent).toBe("Không có kiểm tra dữ liệu trong Excel này.");
    q<HTMLButtonElement>(root, "#tab-templates").click();
    q<HTMLButtonElement>(root, "#templates-run").click();
    await waitFor(() => root.querySelector("[data-testid=templates-done]"), "templates");
    expect(q(root, "[data-testid=templates-note]").textContent).toBe("Đã bỏ định dạng trang in.");
    q<HTMLButtonElement>(root, "#lang-toggle").click();
    await settle();
    expect(q(root, "[data-testid=limitations]").textContent).toBe("No data validation in this Excel.");
    expect(q(root, "[data-testid=templates-note]").textContent).toBe("Page layout was left out.");
  });

  test("in Excel the templates result says they are in one new workbook, not one workbook each", async () => {
    const host = new FakeHost([sampleAllocationGrid()], "Phân bổ 2025");
    const root = await mountPane(host);
    q<HTMLButtonElement>(root, "#tab-templates").click();
    q<HTMLButtonElement>(root, "#templates-run").click();
    const done = await waitFor(() => root.querySelector("[data-testid=templates-done]"), "templates");
    expect(done.textContent).toContain("Đã tạo 15 mẫu báo cáo.");
    expect(done.textContent).toContain("trong một sổ tính mới, mỗi tổ chức một trang tính");
    expect(done.querySelectorAll("li")).toHaveLength(0);
  });

  test("month names and language names come from the string tables in English", async () => {
    const root = await mountPane(new FakeHost([sampleAllocationGrid()], null, "en"));
    expect(q<HTMLSelectElement>(root, "#consolidate-month").options[3]!.textContent).toBe("Month 4");
    expect(Array.from(q<HTMLSelectElement>(root, "#settings-lang").options).map((o) => o.textContent)).toEqual(["Tiếng Việt", "English"]);
    expect(q(root, "#lang-toggle").getAttribute("aria-label")).toBe("Chuyển sang tiếng Việt");
  });
});

/**
 * @jest-environment jsdom
 */
import { gridFromValues } from "../../src/core/grid";
import { sampleAllocationGrid, sampleReportLogGrid } from "../../src/browser/sample-data";
import { FakeHost, mountPane, pick, q, settle, waitFor } from "./fake-host";

const notes = () => gridFromValues("Ghi chú", [["nothing here"]]);
const readNames = (host: FakeHost): string[][] => host.callsOf("readSheets").map(([refs]) => (refs as Array<{ name: string }>).map((r) => r.name));

function reportHost(): FakeHost {
  const host = new FakeHost([sampleAllocationGrid(), sampleReportLogGrid()], "Phân bổ 2025");
  host.settings.set("ptdv.target", "88");
  host.settings.set("ptdv.year", "2025");
  host.settings.set("ptdv.month", "4");
  return host;
}

async function openConsolidate(root: HTMLElement): Promise<void> {
  q<HTMLButtonElement>(root, "#tab-consolidate").click();
  await waitFor(() => root.querySelector("[data-testid=source-sheet], [data-testid=no-report-sheets]") && root.querySelector("#panel-consolidate .view")?.getAttribute("aria-busy") !== "true", "scan");
  await settle();
}

describe("the pane follows sheets added, removed and activated in the workbook", () => {
  test("the check tab's refresh button lists a sheet added after the pane opened and keeps the sheet the user picked", async () => {
    const host = new FakeHost([notes(), sampleAllocationGrid()], "Phân bổ 2025");
    const root = await mountPane(host);
    const select = q<HTMLSelectElement>(root, "#check-sheet");
    pick(select, "\u0000Ghi chú");
    host.grids.push(gridFromValues("Phân bổ 2026", [["STT", "TCCSĐ", "CHỈ TIÊU"]]));
    q<HTMLButtonElement>(root, "#check-refresh").click();
    await settle();
    const options = Array.from(q<HTMLSelectElement>(root, "#check-sheet").options).map((o) => o.textContent);
    expect(options).toEqual(["Ghi chú", "Phân bổ 2025", "Phân bổ 2026"]);
    expect(q<HTMLSelectElement>(root, "#check-sheet").value).toBe("\u0000Ghi chú");
  });

  test("the sheet that holds the allocation table is chosen even when another sheet is active, and the pane says which", async () => {
    const host = new FakeHost([notes(), sampleAllocationGrid()], "Ghi chú");
    const root = await mountPane(host);
    expect(q<HTMLSelectElement>(root, "#check-sheet").value).toBe("\u0000Phân bổ 2025");
    expect(q(root, "#panel-check [data-testid=allocation-chosen]").textContent).toContain("Phân bổ 2025");
    host.activeSheet = "Ghi chú";
    q<HTMLButtonElement>(root, "#tab-settings").click();
    q<HTMLButtonElement>(root, "#tab-check").click();
    await settle();
    expect(q<HTMLSelectElement>(root, "#check-sheet").value).toBe("\u0000Phân bổ 2025");
  });

  test("a check re-reads the sheet list first, so a sheet deleted meanwhile gets a clear message instead of a read", async () => {
    const host = new FakeHost([notes(), sampleAllocationGrid()], "Phân bổ 2025");
    const root = await mountPane(host);
    // Opening read the allocation for its year and target; what follows is the check alone.
    host.calls.length = 0;
    host.grids = host.grids.filter((g) => g.name !== "Phân bổ 2025");
    q<HTMLButtonElement>(root, "#check-run").click();
    await settle();
    expect(q(root, "#check-status [role=alert]").textContent).toContain("không còn trang tính “Phân bổ 2025”");
    expect(host.callsOf("readSheets")).toEqual([]);
    expect(Array.from(q<HTMLSelectElement>(root, "#check-sheet").options).map((o) => o.textContent)).toEqual(["Ghi chú"]);
  });

  test("a check refuses a sheet too large to read with a message naming its size", async () => {
    const host = new FakeHost([sampleAllocationGrid()], "Phân bổ 2025");
    host.sheetFacts.set("Phân bổ 2025", { usedRows: 250_000, usedColumns: 12 });
    const root = await mountPane(host);
    q<HTMLButtonElement>(root, "#check-run").click();
    await settle();
    expect(q(root, "#check-status [role=alert]").textContent).toContain("quá lớn để đọc (250.000 dòng × 12 cột)");
    expect(host.callsOf("readSheets")).toEqual([]);
  });

  test("showing the consolidate tab again finds a report sheet added meanwhile", async () => {
    const host = reportHost();
    const log = host.grids.pop()!;
    const root = await mountPane(host);
    await openConsolidate(root);
    expect(root.querySelector("[data-testid=no-report-sheets]")).not.toBeNull();
    host.grids.push(log);
    q<HTMLButtonElement>(root, "#tab-check").click();
    await openConsolidate(root);
    expect(Array.from(root.querySelectorAll("[data-testid=source-sheet]")).map((b) => b.closest("li")?.textContent)).toEqual(["Nhật ký báo cáo"]);
  });

  test("the consolidate refresh button reads the current sheet list, not the one from when the pane opened", async () => {
    const host = reportHost();
    const log = host.grids.pop()!;
    const root = await mountPane(host);
    await openConsolidate(root);
    host.grids.push(log);
    q<HTMLButtonElement>(root, "#consolidate-refresh").click();
    await waitFor(() => root.querySelector("[data-testid=source-sheet]"), "report sheet found by refresh");
  });
});

describe("one large or odd sheet does not hide the report sheets", () => {
  test("a sheet too large to read is skipped, listed with its size, and never requested", async () => {
    const host = reportHost();
    host.grids.push(gridFromValues("Dữ liệu lớn", [["x"]]));
    host.sheetFacts.set("Dữ liệu lớn", { usedRows: 300_000, usedColumns: 40 });
    host.failSheets.set("Dữ liệu lớn", new Error("RichApi.Error: response payload size exceeded"));
    const root = await mountPane(host);
    await openConsolidate(root);
    expect(root.querySelectorAll("[data-testid=source-sheet]")).toHaveLength(1);
    const skipped = q(root, "[data-testid=skipped-sheet]");
    expect(skipped.getAttribute("data-reason")).toBe("tooLarge");
    expect(skipped.textContent).toBe("Dữ liệu lớn — quá lớn để đọc (300.000 dòng × 40 cột)");
    expect(readNames(host).flat()).not.toContain("Dữ liệu lớn");
    expect(root.querySelector("[role=alert]")).toBeNull();
  });

  test("a sheet the host cannot read is listed with the host's error while the report sheet is still found", async () => {
    const host = reportHost();
    host.grids.splice(1, 0, gridFromValues("Biểu đồ lạ", [["?"]]));
    host.failSheets.set("Biểu đồ lạ", new Error("Không đọc được vùng đã dùng"));
    const root = await mountPane(host);
    await openConsolidate(root);
    expect(Array.from(root.querySelectorAll("[data-testid=source-sheet]")).map((b) => b.closest("li")?.textContent)).toEqual(["Nhật ký báo cáo"]);
    expect(q(root, "[data-testid=skipped-sheet][data-reason=unreadable]").textContent).toContain("Không đọc được vùng đã dùng");
  });

  test("a failed scan is shown as an error, not swallowed", async () => {
    const host = reportHost();
    host.failReads = new Error("Sổ tính đang bận");
    const root = await mountPane(host);
    q<HTMLButtonElement>(root, "#tab-consolidate").click();
    await settle();
    expect(q(root, "#panel-consolidate [role=alert]").textContent).toContain("Sổ tính đang bận");
  });

  test("hidden sheets are not read until the user asks for them", async () => {
    const host = reportHost();
    host.sheetFacts.set("Nhật ký báo cáo", { hidden: true });
    const root = await mountPane(host);
    await openConsolidate(root);
    expect(root.querySelector("[data-testid=source-sheet]")).toBeNull();
    expect(readNames(host).flat()).not.toContain("Nhật ký báo cáo");
    expect(q(root, "[data-testid=hidden-not-scanned]").hidden).toBe(false);
    expect(q(root, "[data-testid=hidden-not-scanned]").textContent).toBe("1 trang tính ẩn chưa được tìm.");
    q<HTMLInputElement>(root, "#consolidate-show-hidden").click();
    await waitFor(() => root.querySelector("[data-testid=source-sheet]"), "hidden report sheet found");
    expect(readNames(host).flat()).toContain("Nhật ký báo cáo");
  });
});

describe("a host that lists and reads in one batch checks in one round trip", () => {
  const runCheck = async (root: HTMLElement): Promise<void> => {
    q<HTMLButtonElement>(root, "#check-run").click();
    await waitFor(() => root.querySelector("#check-results #check-summary, [role=alert]"), "check result");
    await settle();
  };

  test("a check asks the host once for the list and the sheet together, and shows the result", async () => {
    const host = new FakeHost([notes(), sampleAllocationGrid()], "Phân bổ 2025");
    host.enableListAndRead();
    const root = await mountPane(host);
    host.calls.length = 0;
    await runCheck(root);
    expect(host.methodsCalled().filter((m) => m === "listSheets" || m === "readSheets" || m === "listAndReadSheets")).toEqual(["listAndReadSheets"]);
    expect(host.callsOf("listAndReadSheets")).toEqual([[[{ name: "Phân bổ 2025" }]]]);
    expect(root.querySelector("#check-results #check-summary")).not.toBeNull();
  });

  test("a sheet deleted meanwhile gets the same clear message and drops out of the picker", async () => {
    const host = new FakeHost([notes(), sampleAllocationGrid()], "Phân bổ 2025");
    host.enableListAndRead();
    const root = await mountPane(host);
    host.grids = host.grids.filter((g) => g.name !== "Phân bổ 2025");
    await runCheck(root);
    expect(q(root, "#check-status [role=alert]").textContent).toContain("không còn trang tính “Phân bổ 2025”");
    expect(Array.from(q<HTMLSelectElement>(root, "#check-sheet").options).map((o) => o.textContent)).toEqual(["Ghi chú"]);
    expect(root.querySelector("#check-results #check-summary")).toBeNull();
  });

  test("a sheet that grew too large gets the message naming its size", async () => {
    const host = new FakeHost([sampleAllocationGrid()], "Phân bổ 2025");
    host.enableListAndRead();
    const root = await mountPane(host);
    host.calls.length = 0;
    host.sheetFacts.set("Phân bổ 2025", { usedRows: 250_000, usedColumns: 12 });
    await runCheck(root);
    expect(q(root, "#check-status [role=alert]").textContent).toContain("quá lớn để đọc (250.000 dòng × 12 cột)");
    expect(host.callsOf("readSheets")).toEqual([]);
  });
});

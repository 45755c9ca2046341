/**
 * @jest-environment jsdom
 */
import { gridFromValues, type Grid } from "../../src/core/grid";
import { sampleAllocationGrid, sampleReportLogGrid } from "../../src/browser/sample-data";
import { FakeHost, mountPane, settle, waitFor } from "./fake-host";

const click = (id: string): void => (document.getElementById(id) as HTMLButtonElement).click();
const value = (id: string): string => (document.getElementById(id) as HTMLInputElement).value;

function allocation2026(title: string): Grid {
  return gridFromValues("Phân bổ", [
    ["HUYỆN ỦY ĐƠN DƯƠNG", null, "Đơn Dương, ngày 20 tháng 12 năm 2025"],
    [title],
    ["STT", "TCCSĐ", "CHỈ TIÊU"],
    ["01", "Đảng bộ Công an huyện", 3],
    ["02", "Đảng bộ thị trấn Thạnh Mỹ", 10],
  ]);
}

async function check(): Promise<void> {
  click("check-run");
  await waitFor(() => document.querySelector("#check-summary, [data-testid=table-not-found]"), "check result");
  await settle();
}

describe("plan year and target from the allocation's title", () => {
  test("with nothing stored, the title's year feeds templates and consolidation and its target is suggested in the check", async () => {
    const host = new FakeHost([allocation2026("PHÂN BỔ CHỈ TIÊU PHÁT TRIỂN ĐẢNG NĂM 2026, kết nạp từ 25 đảng viên trở lên")], "Phân bổ");
    await mountPane(host);
    await check();
    expect(value("check-target")).toBe("25");
    expect(document.querySelector("#panel-check [data-testid=target-source]")?.textContent).toMatch(/từ 25 trở lên, đọc ở ô A\d+/);
    expect(document.querySelector("[data-testid=summary-target]")?.textContent).toBe("25");
    click("tab-templates");
    await settle();
    expect(value("templates-year")).toBe("2026");
    click("templates-run");
    await waitFor(() => document.querySelector("[data-testid=templates-done]"), "templates");
    expect(JSON.stringify(host.delivered[0])).toContain("2026");
    click("tab-consolidate");
    await settle();
    expect(value("consolidate-year")).toBe("2026");
  });

  test("a year and target the user saved win over the title", async () => {
    const host = new FakeHost([allocation2026("PHÂN BỔ CHỈ TIÊU NĂM 2026 (từ 25 đảng viên trở lên)")], "Phân bổ");
    host.settings.set("ptdv.year", "2027");
    host.settings.set("ptdv.target", "30");
    await mountPane(host);
    await check();
    expect(value("check-target")).toBe("30");
    expect((document.querySelector("[data-testid=target-suggested]") as HTMLElement).hidden).toBe(true);
    click("tab-templates");
    await settle();
    expect(value("templates-year")).toBe("2027");
  });

  test("when every report is from another year than the plan's, the headline says so", async () => {
    const host = new FakeHost([allocation2026("PHÂN BỔ CHỈ TIÊU NĂM 2026"), sampleReportLogGrid()], "Phân bổ");
    host.settings.set("ptdv.month", "4");
    await mountPane(host);
    click("tab-consolidate");
    await waitFor(() => document.querySelector("[data-testid=source-sheet]"), "sources");
    click("consolidate-run");
    await waitFor(() => document.querySelector("#consolidate-headline"), "headline");
    expect(value("consolidate-year")).toBe("2026");
    expect(document.querySelector("[data-testid=headline-other-year]")?.textContent).toBe(
      "Tất cả báo cáo thuộc năm 2025, không phải năm 2026 — hãy kiểm tra năm kế hoạch.",
    );
  });

  test("the headline names the period as people say it, in either language", async () => {
    const host = new FakeHost([sampleAllocationGrid(), sampleReportLogGrid()], sampleAllocationGrid().name);
    host.settings.set("ptdv.month", "4");
    host.settings.set("ptdv.target", "88");
    await mountPane(host);
    click("tab-consolidate");
    await waitFor(() => document.querySelector("[data-testid=source-sheet]"), "sources");
    click("consolidate-run");
    await waitFor(() => document.querySelector("#consolidate-headline"), "headline");
    expect(document.querySelector("[data-testid=headline-period]")?.textContent).toBe(" — tháng 4/2025");
    expect(document.querySelector("[data-testid=headline-other-year]")).toBeNull();
    click("lang-toggle");
    await settle();
    expect(document.querySelector("[data-testid=headline-period]")?.textContent).toBe(" — April 2025");
  });
});

describe("errors in the allocation table", () => {
  const duplicated = (): Grid =>
    gridFromValues("Phân bổ", [
      ["STT", "TCCSĐ", "CHỈ TIÊU"],
      ["01", "Đảng bộ Công an huyện", 50],
      ["02", "Đảng bộ thị trấn Thạnh Mỹ", 40],
      ["03", "Đảng bộ Công an huyện", 50],
    ]);

  test("the verdict says the total is not reliable instead of meeting the target", async () => {
    const host = new FakeHost([duplicated()], "Phân bổ");
    host.settings.set("ptdv.target", "88");
    await mountPane(host);
    await check();
    expect(document.querySelector("[data-testid=finding][data-severity=error]")).not.toBeNull();
    const verdict = document.querySelector("[data-testid=summary-verdict]");
    expect(verdict?.textContent).not.toContain("Đạt chỉ tiêu");
    expect(verdict?.textContent).toMatch(/Tổng chưa tin cậy: bảng còn \d+ lỗi/);
    expect(verdict?.getAttribute("data-reliable")).toBe("false");
  });

  test("templates wait for the user to confirm before using a table with errors", async () => {
    const host = new FakeHost([duplicated()], "Phân bổ");
    await mountPane(host);
    click("tab-templates");
    await settle();
    click("templates-run");
    await waitFor(() => document.querySelector("[data-testid=error]"), "confirmation asked");
    expect(host.delivered).toHaveLength(0);
    const warning = document.querySelector<HTMLElement>("[data-testid=templates-errors]");
    expect(warning?.hidden).toBe(false);
    expect(warning?.textContent).toMatch(/Bảng phân bổ còn \d+ lỗi/);
    (document.querySelector("[data-testid=templates-confirm-errors]") as HTMLInputElement).click();
    click("templates-run");
    await waitFor(() => document.querySelector("[data-testid=templates-done]"), "templates");
    expect(host.delivered.length).toBeGreaterThan(0);
  });

  test("a table without errors makes templates at once", async () => {
    const host = new FakeHost([sampleAllocationGrid()], sampleAllocationGrid().name);
    await mountPane(host);
    click("tab-templates");
    await settle();
    click("templates-run");
    await waitFor(() => document.querySelector("[data-testid=templates-done]"), "templates");
    expect((document.querySelector("[data-testid=templates-errors]") as HTMLElement).hidden).toBe(true);
  });
});

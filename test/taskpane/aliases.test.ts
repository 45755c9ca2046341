/**
 * @jest-environment jsdom
 */
import { ALIAS_SHEET_NAME } from "../../src/core/names/aliases";
import { gridFromValues, type Grid } from "../../src/core/grid";
import { sampleAllocationGrid, sampleReportLogGrid } from "../../src/browser/sample-data";
import { FakeHost, mountPane, q, settle, waitFor } from "./fake-host";

const LAC_XUAN = "Đảng bộ xã Lạc Xuân";

/** The sample log with Lạc Xuân's reports written under another name, as a new secretary might. */
function logWrittenAs(written: string): Grid {
  const log = sampleReportLogGrid();
  return {
    ...log,
    rows: log.rows.map((r) => r.map((c, i) => (i === 1 && c?.value === LAC_XUAN ? { ...c, value: written } : c))),
  };
}

function hostWith(written: string, extra: Grid[] = []): FakeHost {
  const host = new FakeHost([sampleAllocationGrid(), logWrittenAs(written), ...extra], "Phân bổ 2025");
  host.keepWrittenSheets = true;
  host.settings.set("ptdv.target", "88");
  host.settings.set("ptdv.year", "2025");
  host.settings.set("ptdv.month", "4");
  return host;
}

async function consolidateOnce(root: HTMLElement): Promise<void> {
  q<HTMLButtonElement>(root, "#tab-consolidate").click();
  await waitFor(() => root.querySelector("[data-testid=source-sheet]"), "report sheet detected");
  q<HTMLButtonElement>(root, "#consolidate-run").click();
  await waitFor(() => root.querySelector("#consolidate-headline, [role=alert]"), "headline");
  await settle();
  expect(root.querySelector("[role=alert]")).toBeNull();
}

const chartLabel = (root: HTMLElement, name: string): string =>
  Array.from(root.querySelectorAll("[data-testid=chart-row]"))
    .map((r) => r.getAttribute("aria-label") ?? "")
    .find((l) => l.startsWith(`${name}:`)) ?? "";

const missing = (root: HTMLElement): string[] => Array.from(root.querySelectorAll("[data-testid=missing-org]")).map((li) => li.textContent ?? "");
const unknownFindings = (root: HTMLElement): Element[] => Array.from(root.querySelectorAll('[data-testid=finding][data-code="SUBMISSION_UNKNOWN_ORGANIZATION"]'));

function aliasRows(host: FakeHost): string[][] {
  const spec = host.written.filter((s) => s.role === "aliases").at(-1);
  return (spec?.rows ?? []).slice(1).map((r) => r.map((c) => String(c?.value ?? "")));
}

describe("confirming an alias for a name the allocation table does not have", () => {
  test("an unknown name gets a button per suggestion; confirming writes the Bí danh sheet and its figures move to the organisation", async () => {
    const host = hostWith("Đảng bộ xã Lạc Xuân Mới");
    const root = await mountPane(host);
    await consolidateOnce(root);

    expect(unknownFindings(root)).toHaveLength(1);
    expect(missing(root)).toEqual([LAC_XUAN, "Đảng bộ xã Tu Tra"]);
    expect(chartLabel(root, LAC_XUAN)).toMatch(/: 0 trên 9/);
    // Counted under "others" meanwhile: the total already includes them.
    expect(q(root, "[data-testid=headline-to-date]").textContent).toBe("36 / 88");
    const button = q<HTMLButtonElement>(root, "[data-testid=confirm-alias]");
    expect(button.tagName).toBe("BUTTON");
    expect(button.dataset["written"]).toBe("Đảng bộ xã Lạc Xuân Mới");
    expect(button.dataset["target"]).toBe(LAC_XUAN);
    expect(button.textContent).toBe(`Là «${LAC_XUAN}»`);
    expect(button.getAttribute("aria-label")).toBe(`Xác nhận “Đảng bộ xã Lạc Xuân Mới” là ${LAC_XUAN}`);
    // Nothing is merged before the user says so.
    expect(host.written.filter((s) => s.role === "aliases")).toEqual([]);

    button.click();
    await waitFor(() => root.querySelector("[data-testid=alias-confirmed], [role=alert]"), "alias confirmed");
    await settle();
    expect(root.querySelector("[role=alert]")).toBeNull();

    const aliasSpec = host.written.find((s) => s.role === "aliases");
    expect(aliasSpec?.name).toBe(ALIAS_SHEET_NAME);
    expect(aliasRows(host)).toEqual([["Đảng bộ xã Lạc Xuân Mới", LAC_XUAN]]);
    expect(q(root, "[data-testid=alias-confirmed]").textContent).toContain("Đảng bộ xã Lạc Xuân Mới");
    expect(unknownFindings(root)).toHaveLength(0);
    expect(root.querySelector("[data-testid=confirm-alias]")).toBeNull();
    expect(chartLabel(root, LAC_XUAN)).toMatch(/: 5 trên 9/);
    expect(missing(root)).toEqual(["Đảng bộ xã Tu Tra"]);
    expect(q(root, "[data-testid=headline-to-date]").textContent).toBe("36 / 88");
    // The re-run read the new alias sheet together with the other inputs.
    // (The pane then reads its own alias sheet alone, to list the aliases it can remove.)
    const lastRead = host.callsOf("readSheets").map((c) => c[0] as Array<{ name: string }>).filter((refs) => refs.length > 1).at(-1) ?? [];
    expect(lastRead.map((r) => r.name)).toEqual(expect.arrayContaining([ALIAS_SHEET_NAME, "Nhật ký báo cáo"]));
  });

  test("a row typed by hand in an existing Bí danh sheet is applied on the first run and kept when another alias is confirmed", async () => {
    const handTyped = gridFromValues(ALIAS_SHEET_NAME, [
      ["Viết là", "Tổ chức cơ sở đảng"],
      ["CA huyện Đơn Dương", "Đảng bộ Công an huyện"],
      ["Xã Không Có", "Đảng bộ xã Không Tồn Tại"],
    ]);
    const host = hostWith("Đảng bộ xã Lạc Xuân Mới", [handTyped]);
    const log = host.grids[1]!;
    host.grids[1] = { ...log, rows: log.rows.map((r) => r.map((c, i) => (i === 1 && c?.value === "Đảng bộ Công an huyện" ? { ...c, value: "CA huyện Đơn Dương" } : c))) };
    const root = await mountPane(host);
    await consolidateOnce(root);

    // The alias sheet is read, never offered as a report source.
    expect(Array.from(root.querySelectorAll("[data-testid=source-sheet]")).map((b) => b.closest("li")?.textContent)).toEqual(["Nhật ký báo cáo"]);
    expect(chartLabel(root, "Đảng bộ Công an huyện")).toMatch(/: 2 trên 3/);
    // The row with an unknown target is the user's to fix: a finding, and nothing merged.
    expect(root.querySelector('[data-testid=finding][data-code="ALIAS_UNKNOWN_TARGET"]')).not.toBeNull();
    expect(unknownFindings(root)).toHaveLength(1);

    q<HTMLButtonElement>(root, `[data-testid=confirm-alias][data-target="${LAC_XUAN}"]`).click();
    await waitFor(() => root.querySelector("[data-testid=alias-confirmed], [role=alert]"), "alias confirmed");
    await settle();
    // The user's own sheet is never written: the add-in keeps its rows in a sheet of its own, and both are read.
    expect(aliasRows(host)).toEqual([["Đảng bộ xã Lạc Xuân Mới", LAC_XUAN]]);
    expect(host.grids.find((g) => g.name === ALIAS_SHEET_NAME)).toBe(handTyped);
    // Excel gives the owned sheet another name when the user's own sheet holds "Bí danh".
    expect(q(root, "[data-testid=alias-confirmed]").textContent).toContain(`${ALIAS_SHEET_NAME} (2)`);
    expect(chartLabel(root, LAC_XUAN)).toMatch(/: 5 trên 9/);
    expect(chartLabel(root, "Đảng bộ Công an huyện")).toMatch(/: 2 trên 3/);
    expect(unknownFindings(root)).toHaveLength(0);
  });

  test("a Ghi chú column and a note typed on the add-in's own Bí danh sheet survive confirming another alias", async () => {
    const host = hostWith("Đảng bộ xã Lạc Xuân Mới");
    const typedOnOwned = gridFromValues(ALIAS_SHEET_NAME, [
      ["Viết là", "Tổ chức cơ sở đảng", "Ghi chú"],
      ["CA huyện Đơn Dương", "Đảng bộ Công an huyện", "theo công văn số 12"],
      [],
      ["=Ghi chú: hỏi lại huyện ủy", null, null],
    ]);
    host.ownedSheets.push({ grid: typedOnOwned, role: "aliases", specName: ALIAS_SHEET_NAME });
    const root = await mountPane(host);
    await consolidateOnce(root);
    q<HTMLButtonElement>(root, `[data-testid=confirm-alias][data-target="${LAC_XUAN}"]`).click();
    await waitFor(() => root.querySelector("[data-testid=alias-confirmed], [role=alert]"), "alias confirmed");
    await settle();
    expect(root.querySelector("[role=alert]")).toBeNull();

    const spec = host.written.filter((s) => s.role === "aliases").at(-1);
    expect(spec?.rows.map((r) => r.map((c) => c?.value ?? null))).toEqual([
      ["Viết là", "Tổ chức cơ sở đảng", "Ghi chú"],
      ["CA huyện Đơn Dương", "Đảng bộ Công an huyện", "theo công văn số 12"],
      ["Đảng bộ xã Lạc Xuân Mới", LAC_XUAN],
      [null, null, null],
      ["=Ghi chú: hỏi lại huyện ủy", null, null],
    ]);
    expect(spec?.rows.flat().some((c) => c?.formula !== undefined)).toBe(false);
    expect(host.ownedSheets.filter((o) => o.role === "aliases").map((o) => o.grid.name)).toEqual([ALIAS_SHEET_NAME]);
    expect(chartLabel(root, LAC_XUAN)).toMatch(/: 5 trên 9/);
  });

  test("the user's own Bí danh sheet is still read after the add-in made its own copy, edits included", async () => {
    const own = gridFromValues(ALIAS_SHEET_NAME, [["Viết là", "Tổ chức cơ sở đảng"]]);
    const host = hostWith("Đảng bộ xã Lạc Xuân Mới", [own]);
    const log = host.grids[1]!;
    host.grids[1] = { ...log, rows: log.rows.map((r) => r.map((c, i) => (i === 1 && c?.value === "Đảng bộ Công an huyện" ? { ...c, value: "CA huyện Đơn Dương" } : c))) };
    const root = await mountPane(host);
    await consolidateOnce(root);
    expect(unknownFindings(root)).toHaveLength(2);

    q<HTMLButtonElement>(root, `[data-testid=confirm-alias][data-target="${LAC_XUAN}"]`).click();
    await waitFor(() => root.querySelector("[data-testid=alias-confirmed], [role=alert]"), "alias confirmed");
    await settle();
    expect(host.ownedSheets.filter((o) => o.role === "aliases").map((o) => o.grid.name)).toEqual([`${ALIAS_SHEET_NAME} (2)`]);
    expect(unknownFindings(root)).toHaveLength(1);

    // The user goes on typing on their own sheet, not the add-in's copy.
    host.grids[2] = gridFromValues(ALIAS_SHEET_NAME, [
      ["Viết là", "Tổ chức cơ sở đảng"],
      ["CA huyện Đơn Dương", "Đảng bộ Công an huyện"],
      ["Đảng bộ xã Lạc Xuân Mới", "Đảng bộ xã Tu Tra"],
    ]);
    q<HTMLButtonElement>(root, "#consolidate-run").click();
    await waitFor(() => root.querySelector('[data-testid=finding][data-code="ALIAS_CONFLICT"]'), "second run");
    await settle();
    expect(unknownFindings(root)).toHaveLength(0);
    expect(chartLabel(root, "Đảng bộ Công an huyện")).toMatch(/: 2 trên 3/);
    // What the user confirmed in the pane wins, and the disagreeing row on their sheet is pointed out.
    expect(chartLabel(root, LAC_XUAN)).toMatch(/: 5 trên 9/);
    expect(root.querySelector('[data-testid=finding][data-code="ALIAS_CONFLICT"]')?.textContent).toContain("Đảng bộ xã Tu Tra");
    expect(host.written.filter((s) => s.role === "aliases")).toHaveLength(1);
  });

  test("markup in a written name is shown as text, in the list, the button's attributes and the confirmation", async () => {
    const hostile = "Đảng bộ xã Lạc Xuân Mới <b>";
    const host = hostWith(hostile);
    const root = await mountPane(host);
    await consolidateOnce(root);
    const button = q<HTMLButtonElement>(root, "[data-testid=confirm-alias]");
    expect(button.getAttribute("data-written")).toBe(hostile);
    expect(q(root, "[data-testid=unknown-name]").textContent).toContain(hostile);
    expect(root.querySelector("b")).toBeNull();
    button.click();
    await waitFor(() => root.querySelector("[data-testid=alias-confirmed], [role=alert]"), "alias confirmed");
    await settle();
    expect(aliasRows(host)).toEqual([[hostile, LAC_XUAN]]);
    expect(q(root, "[data-testid=alias-confirmed]").textContent).toContain(hostile);
    expect(root.querySelector("b")).toBeNull();
    expect(chartLabel(root, LAC_XUAN)).toMatch(/: 5 trên 9/);
  });

  test("the confirm button answers the keyboard and names both sides in English", async () => {
    const host = hostWith("Đảng bộ xã Lạc Xuân Mới");
    host.lang = "en";
    host.settings.set("ptdv.lang", "en");
    const root = await mountPane(host);
    await consolidateOnce(root);
    const button = q<HTMLButtonElement>(root, "[data-testid=confirm-alias]");
    expect(button.textContent).toBe(`It is «${LAC_XUAN}»`);
    expect(button.getAttribute("aria-label")).toBe(`Confirm that “Đảng bộ xã Lạc Xuân Mới” is ${LAC_XUAN}`);
    button.focus();
    expect(document.activeElement).toBe(button);
    expect(button.disabled).toBe(false);
    expect(button.type).toBe("button");
  });
});

/**
 * Issue #15 items 11–14 and 16 as use cases over the browser edition's host,
 * with no DOM: the allocation is found among files opened together, target
 * and year belong to one file, the numbers-as-text fix writes only on request
 * and undoes exactly, and alias answers are remembered for that file.
 */
import { createBrowserHost, type BrowserHost } from "../../src/browser/browser-host";
import { createSettingsStorage } from "../../src/browser/settings-storage";
import { sampleAllocationGrid, sampleReportLogGrid, SAMPLE_MISSPELT } from "../../src/browser/sample-data";
import { createMatcher } from "../../src/core";
import { displayText, gridFromValues, cellAt, type Grid } from "../../src/core/grid";
import { encodeLegacy } from "../../src/core/text/legacy";
import { checkChosenSheet } from "../../src/taskpane/use-cases/allocation";
import { fixTextNumbers, textNumberFixes, undoLastFix } from "../../src/taskpane/use-cases/fix-text-numbers";
import { consolidateChosenSources, detectReportSheets } from "../../src/taskpane/use-cases/consolidate";
import { confirmAliasUndoably, isRejected, loadRejectedAliases, ownedAliases, rejectAlias, removeAlias, undoAliasChange } from "../../src/taskpane/use-cases/alias-choices";
import { detectPlan, targetSource, yearSource } from "../../src/taskpane/use-cases/plan";
import { openPaneSession } from "../../src/taskpane/use-cases/session";
import { readWorkbook } from "../../src/xlsx/read-workbook";

const APRIL_2025 = { month: 4, year: 2025 } as const;

function browserHost(saved: Array<{ name: string; bytes: Uint8Array }> = [], store = createSettingsStorage(null)): BrowserHost {
  return createBrowserHost({ store, save: (name, bytes) => saved.push({ name, bytes }), navigatorLanguage: "vi-VN" });
}

function table28(): Grid {
  return gridFromValues("Phân bổ", [
    ["KẾ HOẠCH PHÁT TRIỂN ĐẢNG VIÊN NĂM 2026"],
    ["STT", "Chi bộ", "Chỉ tiêu"],
    ["1", "Chi bộ thôn 1", 14],
    ["2", "Chi bộ thôn 2", 14],
  ]);
}

describe("the allocation among files opened together (item 11)", () => {
  test("the sheet holding the allocation table is chosen even when a report file was opened last and is active", async () => {
    const host = browserHost();
    host.addWorkbook({ name: "phan-bo.xlsx", grids: [sampleAllocationGrid()] });
    host.addWorkbook({ name: "bao-cao-t4.xlsx", grids: [sampleReportLogGrid()] });
    const session = await openPaneSession(host, new Date(2026, 0, 5));
    expect(session.state.sheets.find((s) => s.active)?.file).toBe("bao-cao-t4.xlsx");
    const chosen = await detectPlan(session, new Date(2026, 0, 5));
    expect(chosen).toEqual({ name: "Phân bổ 2025", file: "phan-bo.xlsx" });
    expect(session.state.settings.year).toBe(2025);
  });
});

describe("plan settings per file (item 12) and read as soon as the allocation is chosen (item 16)", () => {
  test("a target typed for one file is not applied to another file's table of 28", async () => {
    const store = createSettingsStorage(null);
    const host = browserHost([], store);
    host.addWorkbook({ name: "huyen.xlsx", id: "huyen.xlsx|100|aa", grids: [sampleAllocationGrid()] });
    const session = await openPaneSession(host);
    await detectPlan(session);
    const first = await checkChosenSheet(session, { name: "Phân bổ 2025", file: "huyen.xlsx" }, 90);
    expect(first.kind === "done" && first.result.targetSource).toBe("option");
    expect(targetSource(session.state)).toMatchObject({ value: 90, source: "user" });

    host.closeFile("huyen.xlsx");
    host.addWorkbook({ name: "xa.xlsx", id: "xa.xlsx|50|bb", grids: [table28()] });
    const later = await openPaneSession(host);
    await detectPlan(later);
    const checked = await checkChosenSheet(later, { name: "Phân bổ", file: "xa.xlsx" }, later.state.settings.target);
    expect(checked.kind === "done" && checked.result.target).toBeNull();
    expect(checked.kind === "done" && checked.result.findings.map((f) => f.code)).not.toContain("TOTAL_BELOW_TARGET");
    expect(yearSource(later.state)).toMatchObject({ value: 2026, source: "sheet", cell: "A1" });

    // The first file, opened again, still has its own target.
    host.addWorkbook({ name: "huyen.xlsx", id: "huyen.xlsx|100|aa", grids: [sampleAllocationGrid()] });
    host.closeFile("xa.xlsx");
    const again = await openPaneSession(host);
    await detectPlan(again);
    expect(again.state.settings.target).toBe(90);
    expect(targetSource(again.state).source).toBe("user");
  });

  test("a TCVN3 title gives its year and target before any check, with the cells they came from", async () => {
    const host = browserHost();
    const title = encodeLegacy("KẾ HOẠCH KẾT NẠP ĐẢNG VIÊN NĂM 2025", "tcvn3");
    const target = encodeLegacy("Phấn đấu kết nạp từ 25 đảng viên mới trở lên", "tcvn3");
    expect(title).not.toContain("NĂM");
    const grid = gridFromValues("Sheet1", [[title], [target], ["STT", "TCCSĐ", "CHỈ TIÊU"], ["1", "Đảng bộ xã Ka Đô", 13], ["2", "Đảng bộ xã Ka Đơn", 12]]);
    host.addWorkbook({ name: "tcvn3.xlsx", grids: [grid] });
    const session = await openPaneSession(host, new Date(2027, 3, 1));
    expect(session.state.settings.year).toBe(2027);
    await detectPlan(session, new Date(2027, 3, 1));
    expect(yearSource(session.state)).toEqual({ value: 2025, source: "sheet", cell: "A1" });
    expect(targetSource(session.state)).toEqual({ value: 25, source: "sheet", cell: "A2" });
  });
});

describe("numbers stored as text (item 13)", () => {
  test("the fix writes only the digit cells, keeps what they show, downloads the corrected file, and undo restores the text exactly", async () => {
    const saved: Array<{ name: string; bytes: Uint8Array }> = [];
    const host = browserHost(saved);
    host.addWorkbook({ name: "mau.xlsx", grids: [sampleAllocationGrid({ published: true })] });
    const session = await openPaneSession(host);
    await detectPlan(session);
    const ref = { name: "Phân bổ 2025", file: "mau.xlsx" };
    const done = await checkChosenSheet(session, ref, null);
    expect(done.kind).toBe("done");
    const fixes = textNumberFixes(session);
    // 11 quotas typed as digits; the four `03 (01 HS)` cells are left as they are.
    expect(fixes).toHaveLength(11);
    expect(fixes.every((f) => f.numberFormat === "00")).toBe(true);
    expect(saved).toHaveLength(0);

    const outcome = await fixTextNumbers(session);
    expect(outcome).toMatchObject({ kind: "done", count: 11, downloaded: "mau-da-sua.xlsx" });
    expect(session.state.allocation?.findings.map((f) => f.code)).not.toContain("QUOTA_STORED_AS_TEXT");
    expect(session.state.allocation?.totals.quota).toBe(91);
    const back = await readWorkbook(saved[0]!.bytes, "mau-da-sua.xlsx");
    if (!back.ok) throw new Error("download unreadable");
    const sheet = back.grids[0]!;
    const c9 = cellAt(sheet, 8, 2);
    expect([c9.value, displayText(c9)]).toEqual([3, "03"]);
    expect(cellAt(sheet, 18, 2).value).toBe("03 (01 HS)");

    await undoLastFix(session);
    const grid = host.gridOf(ref)!;
    expect(cellAt(grid, 8, 2)).toEqual({ value: "03" });
    expect(session.state.allocation?.findings.filter((f) => f.code === "QUOTA_STORED_AS_TEXT")).toHaveLength(11);
  });
});

describe("aliases (item 14)", () => {
  test("suggestions never cross kinds that cannot be one organisation", () => {
    const m = createMatcher([{ name: "Đảng bộ Quân sự huyện" }, { name: "Chi bộ Trường THPT Pró" }]);
    const police = m.match("Đảng bộ Công an huyện");
    const commune = m.match("Đảng bộ xã Pró");
    expect(police.status === "unmatched" ? police.suggestions : null).toEqual([]);
    expect(commune.status === "unmatched" ? commune.suggestions : null).toEqual([]);
  });

  test("'Không phải' is remembered for the file; an alias can be confirmed, removed and each change undone", async () => {
    const store = createSettingsStorage(null);
    const host = browserHost([], store);
    host.addWorkbook({ name: "mau.xlsx", id: "mau.xlsx|1|x", grids: [sampleAllocationGrid(), sampleReportLogGrid({ misspelt: true })] });
    const session = await openPaneSession(host);
    await detectPlan(session);
    await detectReportSheets(session);
    await loadRejectedAliases(session);
    await consolidateChosenSources(session, APRIL_2025);
    const unknown = session.state.progress?.unknownNames.find((u) => u.name === SAMPLE_MISSPELT.written);
    expect(unknown?.suggestions).toContain(SAMPLE_MISSPELT.target);

    await rejectAlias(session, { written: SAMPLE_MISSPELT.written, target: SAMPLE_MISSPELT.target });
    expect(store.get("ptdv.aliasRejected@mau.xlsx|1|x")).toContain(SAMPLE_MISSPELT.written);
    const reopened = await openPaneSession(host);
    await detectPlan(reopened);
    await loadRejectedAliases(reopened);
    expect(isRejected(reopened, SAMPLE_MISSPELT.written, SAMPLE_MISSPELT.target)).toBe(true);
    await undoAliasChange(session, APRIL_2025);
    await loadRejectedAliases(reopened);
    expect(isRejected(reopened, SAMPLE_MISSPELT.written, SAMPLE_MISSPELT.target)).toBe(false);

    await confirmAliasUndoably(session, { written: SAMPLE_MISSPELT.written, target: SAMPLE_MISSPELT.target }, APRIL_2025);
    expect(await ownedAliases(session)).toEqual([{ written: SAMPLE_MISSPELT.written, target: SAMPLE_MISSPELT.target }]);
    expect(session.state.progress?.unknownNames).toEqual([]);
    await undoAliasChange(session, APRIL_2025);
    expect(await ownedAliases(session)).toEqual([]);
    expect(session.state.progress?.unknownNames.map((u) => u.name)).toEqual([SAMPLE_MISSPELT.written]);

    await confirmAliasUndoably(session, { written: SAMPLE_MISSPELT.written, target: SAMPLE_MISSPELT.target }, APRIL_2025);
    await removeAlias(session, { written: SAMPLE_MISSPELT.written, target: SAMPLE_MISSPELT.target }, APRIL_2025);
    expect(await ownedAliases(session)).toEqual([]);
    await undoAliasChange(session, APRIL_2025);
    expect(await ownedAliases(session)).toEqual([{ written: SAMPLE_MISSPELT.written, target: SAMPLE_MISSPELT.target }]);
  });
});

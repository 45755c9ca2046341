/**
 * The pane's use cases run against the in-memory host with no DOM at all
 * (this file runs in jest's node environment): what they read, write, keep in
 * the session's state and return.
 */
import { gridFromValues } from "../../src/core/grid";
import { sampleAllocationGrid, sampleReportLogGrid, SAMPLE_ALLOCATION_2025, SAMPLE_LOG_SHEET } from "../../src/browser/sample-data";
import { openPaneSession } from "../../src/taskpane/use-cases/session";
import { readSheetsByRef } from "../../src/taskpane/use-cases/read-by-ref";
import { checkChosenSheet, clearFindingHighlight, highlightFindings } from "../../src/taskpane/use-cases/allocation";
import { confirmAlias, consolidateChosenSources, consolidateReports, detectReportSheets } from "../../src/taskpane/use-cases/consolidate";
import { makeTemplates } from "../../src/taskpane/use-cases/templates";
import { FakeHost } from "./fake-host";

const APRIL_2025 = { month: 4, year: 2025 } as const;

/** A second report log (another office's file) with one organisation under a spelling the table does not know. */
function extraLog(name: string, written: string) {
  return gridFromValues(name, [
    ["TCCSĐ", "Tháng", "Năm", "Kết nạp trong tháng"],
    [written, 4, 2025, 2],
  ]);
}

function sampleHost(...extra: ReturnType<typeof gridFromValues>[]): FakeHost {
  const host = new FakeHost([sampleAllocationGrid(), sampleReportLogGrid(), ...extra], "Phân bổ 2025");
  host.settings.set("ptdv.target", "88");
  return host;
}

describe("consolidation use case", () => {
  test("reads the allocation, alias and ticked report sheets once each, by reference, and leaves unticked reports out", async () => {
    const aliasSheet = gridFromValues("Bí danh", [
      ["Viết là", "Tổ chức cơ sở đảng"],
      ["Chi bộ thôn Tu Tra Một", "Đảng bộ xã Tu Tra"],
    ]);
    const host = sampleHost(extraLog("Báo cáo thêm", "Chi bộ thôn Tu Tra Một"), extraLog("Báo cáo cũ", "Đảng bộ Công an huyện"), aliasSheet);
    const session = await openPaneSession(host, new Date(2025, 4, 10));
    await detectReportSheets(session);
    expect(session.state.reportSheets.map((r) => r.ref.name)).toEqual([SAMPLE_LOG_SHEET, "Báo cáo thêm", "Báo cáo cũ"]);
    session.state.reportSheets[2]!.checked = false;
    host.calls.length = 0;

    const outcome = await consolidateReports(session, APRIL_2025);

    expect(outcome).toEqual({ kind: "done", year: 2025, persisted: { saved: true } });
    const reads = host.callsOf("readSheets").map(([refs]) => (refs as Array<{ name: string }>).map((r) => r.name));
    expect(reads).toEqual([["Phân bổ 2025", "Bí danh", SAMPLE_LOG_SHEET, "Báo cáo thêm"]]);
    const progress = session.state.progress!;
    // The sample's 36 to date, plus 2 from the extra log through the alias; the unticked sheet's 2 are not counted.
    expect(progress.toDate).toBe(38);
    expect(progress.missing).toEqual([]);
    expect(progress.unknownNames).toEqual([]);
    expect(host.written.map((s) => s.role)).toEqual(expect.arrayContaining(["progress"]));
    expect(session.state.progressWritten.length).toBeGreaterThan(0);
    expect(host.settings.get("ptdv.month")).toBe("4");
  });

  test("says an allocation table is needed when the workbook has no sheet that could be one", async () => {
    const host = new FakeHost([gridFromValues("Bí danh", [["Viết là", "Tổ chức cơ sở đảng"]])]);
    const session = await openPaneSession(host);
    expect(await consolidateReports(session, APRIL_2025)).toEqual({ kind: "needAllocation" });
    expect(host.written).toEqual([]);
  });

  test("confirming an alias writes it to the add-in's own sheet and consolidates again without the unknown name", async () => {
    const host = sampleHost(extraLog("Báo cáo thêm", "Chi bộ thôn Tu Tra Một"));
    host.keepWrittenSheets = true;
    const session = await openPaneSession(host, new Date(2025, 4, 10));
    await detectReportSheets(session);
    await consolidateChosenSources(session, APRIL_2025);
    const before = session.state.progress!;
    expect(before.missing).toEqual(["Đảng bộ xã Tu Tra"]);

    const outcome = await confirmAlias(session, { written: "Chi bộ thôn Tu Tra Một", target: "Đảng bộ xã Tu Tra" }, APRIL_2025);

    expect(outcome.kind).toBe("done");
    expect(session.state.aliasConfirmed).toEqual({ written: "Chi bộ thôn Tu Tra Một", target: "Đảng bộ xã Tu Tra", sheet: "Bí danh" });
    expect(host.ownedSheets.map((o) => [o.grid.name, o.role])).toEqual(expect.arrayContaining([["Bí danh", "aliases"]]));
    expect(session.state.progress!.missing).toEqual([]);
    // The 2 admitted were counted before too, under "others"; now they are the organisation's.
    expect(session.state.progress!.toDate).toBe(before.toDate);
    const tuTra = (p: typeof before) => p.rows.find((r) => r.name === "Đảng bộ xã Tu Tra")?.toDate;
    expect(tuTra(session.state.progress!)).toBe(tuTra(before)! + 2);
    // A new run from the button forgets the confirmation shown for the last one.
    await consolidateChosenSources(session, APRIL_2025);
    expect(session.state.aliasConfirmed).toBeNull();
  });
});

describe("allocation check use case", () => {
  test("a sheet deleted since the list was read is reported gone, not checked", async () => {
    const host = sampleHost();
    const session = await openPaneSession(host);
    host.grids = host.grids.filter((g) => g.name !== "Phân bổ 2025");
    expect(await checkChosenSheet(session, { name: "Phân bổ 2025" }, 88)).toEqual({ kind: "gone", name: "Phân bổ 2025" });
    expect(session.state.allocation).toBeNull();
  });

  test("a sheet grown past the read limit is refused before any cell is read", async () => {
    const host = sampleHost();
    const session = await openPaneSession(host);
    host.sheetFacts.set("Phân bổ 2025", { usedRows: 100_001, usedColumns: 3 });
    const outcome = await checkChosenSheet(session, { name: "Phân bổ 2025" }, 88);
    expect(outcome.kind).toBe("tooLarge");
    expect(host.methodsCalled()).not.toContain("readSheets");
  });

  test("checks the chosen sheet with the typed target, remembers both, and highlights then clears exactly that sheet", async () => {
    const host = sampleHost();
    const session = await openPaneSession(host);
    const outcome = await checkChosenSheet(session, { name: "Phân bổ 2025" }, 100);
    if (outcome.kind !== "done") throw new Error(outcome.kind);
    expect(outcome.result.totals.meetsTarget).toBe(false);
    expect(outcome.result.findings.map((f) => f.code)).toContain("TOTAL_BELOW_TARGET");
    expect(session.state.explicit.target).toBe(true);
    expect(host.settings.get("ptdv.target")).toBe("100");
    expect(host.settings.get("ptdv.allocationSheet")).toBe("\u0000Phân bổ 2025");

    const marked = await highlightFindings(session);
    expect(marked).toBe(outcome.result.findings.filter((f) => f.cell !== undefined).length);
    expect(await clearFindingHighlight(session, { name: SAMPLE_LOG_SHEET })).toEqual({ name: "Phân bổ 2025" });
    expect(host.callsOf("clearHighlight")).toEqual([[{ name: "Phân bổ 2025" }]]);
    expect(session.state.highlightedRefs).toEqual([]);
  });
});

describe("templates use case", () => {
  const faulty = () =>
    gridFromValues("Phân bổ", [
      ["STT", "TCCSĐ", "CHỈ TIÊU"],
      ["01", "Đảng bộ xã Ka Đô", "mười"],
      ["02", "Chi bộ Trường THPT Đơn Dương", 3],
    ]);

  test("asks for the user's go-ahead when the table has errors, and delivers only after it", async () => {
    const host = new FakeHost([faulty()], "Phân bổ");
    const session = await openPaneSession(host, new Date(2025, 0, 1));
    expect(await makeTemplates(session, { year: null, errorsConfirmed: false })).toEqual({ kind: "confirm", year: 2025 });
    expect(host.delivered).toEqual([]);
    const done = await makeTemplates(session, { year: 2026, errorsConfirmed: true });
    expect(done.kind).toBe("done");
    expect(host.delivered.map((b) => b.sheets[0]?.name)).toEqual(["Báo cáo 2026", "Báo cáo 2026"]);
    expect(session.state.templatesDone?.count).toBe(2);
  });

  test("one template per organisation of the sample table", async () => {
    const host = sampleHost();
    const session = await openPaneSession(host);
    expect((await makeTemplates(session, { year: null, errorsConfirmed: false })).kind).toBe("done");
    expect(host.delivered).toHaveLength(SAMPLE_ALLOCATION_2025.length);
  });
});

describe("reading sheets by reference", () => {
  test("asks the host once per distinct sheet and answers each reference, the same sheet of two files kept apart", async () => {
    const host = new FakeHost([gridFromValues("A", [["a"]]), gridFromValues("B", [["b"]])]);
    const read = await readSheetsByRef(host, [{ name: "B" }, { name: "A" }, { name: "B" }, { name: "A", file: "x.xlsx" }]);
    expect(host.callsOf("readSheets")).toEqual([[[{ name: "B" }, { name: "A" }, { name: "A", file: "x.xlsx" }]]]);
    expect(read.get({ name: "A" })?.rows[0]?.[0]?.value).toBe("a");
    expect(read.get({ name: "B" })?.rows[0]?.[0]?.value).toBe("b");
    expect(read.get({ name: "C" })).toBeUndefined();
  });
});

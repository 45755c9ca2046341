/**
 * The pane's side of issues #12 and #14 over a fake host: the chi bộ goals
 * after a consolidation (lines, lists, going to a source cell), the thresholds
 * from Cài đặt, the person list only on request, Biểu 2's period, and the
 * probation list (owned sheet in Excel, a download in the browser edition).
 */
import { unzipSync, strFromU8 } from "fflate";
import { gridFromValues, PERSON_LIST_SHEET_NAME, PROBATION_SHEET_NAME, type Grid } from "../../src/core";
import { host } from "./goal-inputs";
import { sampleReportLogGrid } from "../../src/browser/sample-data";
import { goToBranchSource, branchGoals } from "../../src/taskpane/use-cases/branch-goals";
import { consolidateReports, detectReportSheets } from "../../src/taskpane/use-cases/consolidate";
import { addPreviousFiles, choosePreviousSheet, extrasOf, loadThresholds, removePreviousFile, parseThreshold, saveThresholds, THRESHOLD_KEYS, THRESHOLD_LIMITS } from "../../src/taskpane/use-cases/pane-extras";
import { calendarDateOf, listProbation, saveProbation } from "../../src/taskpane/use-cases/probation";
import { openPaneSession } from "../../src/taskpane/use-cases/session";
import { FakeHost } from "./fake-host";

async function consolidated(h: FakeHost, before?: (s: Awaited<ReturnType<typeof openPaneSession>>) => void) {
  const session = await openPaneSession(h, new Date(2025, 4, 10));
  await detectReportSheets(session);
  before?.(session);
  const outcome = await consolidateReports(session, { month: 4, year: 2025 });
  expect(outcome.kind).toBe("done");
  return session;
}

describe("chi bộ goals after a consolidation", () => {
  test("offers the chi bộ list and the register as sources beside the report log", async () => {
    const session = await openPaneSession(host());
    await detectReportSheets(session);
    expect(session.state.reportSheets.map((r) => r.ref.name)).toEqual(["Nhật ký báo cáo", "Danh sách chi bộ", "Danh sách kết nạp"]);
  });

  test("shows the goal lines with the plan's thresholds and both lists, còn nguồn first", async () => {
    const session = await consolidated(host());
    const goals = branchGoals(session, "vi");
    expect(goals?.lines).toEqual([
      "Chi bộ thôn, tổ dân phố, trường học có từ 10 đảng viên trở lên: 3/4 (75,0%)",
      "Chi bộ 3 năm trở lên chưa kết nạp đảng viên, còn nguồn: 2",
    ]);
    expect(goals?.result.under.map((u) => [u.branch, u.members])).toEqual([["Chi bộ thôn Ka Đô Mới", 9]]);
    expect(goals?.result.noAdmission.map((e) => [e.branch, e.hasSources])).toEqual([
      ["Chi bộ thôn Ka Đô Mới", true],
      ["Chi bộ tổ dân phố 3", true],
      // Last admission 2021 ≤ 2025 − 3; the police cell's 2023 is recent enough.
      ["Chi bộ trường THCS Ka Đô", false],
    ]);
    expect(branchGoals(session, "en")?.lines[0]).toBe("Village, residential-group and school chi bộ with 10 members or more: 3/4 (75.0%)");
  });

  test("a list row selects its source cell on the sheet it came from", async () => {
    const h = host();
    const session = await consolidated(h);
    const row = branchGoals(session, "vi")?.result.under[0];
    if (!row) throw new Error("no row under the minimum");
    const outcome = await goToBranchSource(session, row.location);
    expect(outcome).toEqual({ kind: "selected", sheet: { name: "Danh sách chi bộ" }, cell: row.location.cell });
    expect(h.callsOf("selectCell")).toEqual([[{ name: "Danh sách chi bộ" }, "B4"]]);
  });

  test("a row from a file the host has not opened names the file instead of selecting", async () => {
    const h = host();
    const session = await consolidated(h);
    const outcome = await goToBranchSource(session, { file: "chi-bo.xlsx", sheet: "DS", cell: "B4" });
    expect(outcome).toEqual({ kind: "otherFile", file: "chi-bo.xlsx" });
    expect(h.callsOf("selectCell")).toEqual([]);
  });

  test("the thresholds saved in Cài đặt change the next consolidation's goal lines", async () => {
    const h = host();
    h.enableBatchSettings();
    const session = await openPaneSession(h);
    await saveThresholds(session, { minMembers: 12, years: 2 });
    expect(h.settings.get(THRESHOLD_KEYS.minMembers)).toBe("12");
    expect(h.settings.get(THRESHOLD_KEYS.years)).toBe("2");
    const again = await consolidated(h);
    expect(branchGoals(again, "vi")?.lines).toEqual([
      "Chi bộ thôn, tổ dân phố, trường học có từ 12 đảng viên trở lên: 1/4 (25,0%)",
      "Chi bộ 2 năm trở lên chưa kết nạp đảng viên, còn nguồn: 2",
    ]);
  });

  test("stored thresholds that are not whole numbers in range fall back to 10 members and 3 years", async () => {
    const h = host();
    h.settings.set(THRESHOLD_KEYS.minMembers, "=1+1");
    h.settings.set(THRESHOLD_KEYS.years, "0");
    const session = await openPaneSession(h);
    expect(await loadThresholds(session)).toEqual({ minMembers: 10, years: 3 });
    expect(parseThreshold(" 15 ", THRESHOLD_LIMITS.minMembers)).toBe(15);
    expect(parseThreshold("1001", THRESHOLD_LIMITS.minMembers)).toBeUndefined();
    expect(parseThreshold("2,5", THRESHOLD_LIMITS.years)).toBeUndefined();
  });

  test("writes the Chi bộ sheet with the progress sheets and the goal lines in the summary", async () => {
    const h = host();
    await consolidated(h);
    const names = h.written.map((s) => s.name);
    expect(names).toContain("Chi bộ T04-2025");
    const summary = h.written[0]?.rows.flatMap((r) => r.map((c) => (c && typeof c === "object" && "value" in c ? String(c.value) : String(c ?? ""))));
    expect(summary).toContain("Chi bộ thôn, tổ dân phố, trường học có từ 10 đảng viên trở lên: 3/4 (75,0%)");
  });
});

describe("the register in Tổng hợp", () => {
  test("the progress workbook names no one unless the user ticks the person list", async () => {
    const plain = host();
    await consolidated(plain);
    expect(plain.written.map((s) => s.name)).toContain("Biểu 2-BTCTW");
    expect(plain.written.map((s) => s.name)).not.toContain(PERSON_LIST_SHEET_NAME);
    // The findings sheet names the row a finding points at (an admission of another year); no other sheet names anyone.
    const named = plain.written.filter((s) => s.role !== "findings" && JSON.stringify(s.rows).includes("Nguyễn Văn An")).map((s) => s.name);
    expect(named).toEqual([]);

    const asked = host();
    await consolidated(asked, (s) => {
      extrasOf(s).withRegister = true;
    });
    expect(asked.written.map((s) => s.name)).toContain(PERSON_LIST_SHEET_NAME);
    expect(JSON.stringify(asked.written)).toContain("Trần Văn Cường");
  });

  test("Biểu 2 counts the period chosen: the months consolidated by default, or a quarter", async () => {
    const byDefault = await consolidated(host());
    expect(extrasOf(byDefault).result?.register.bieu2.period.key).toBe("2025-01..04");
    const quarter = await consolidated(host(), (s) => {
      extrasOf(s).bieu2Period = { kind: "quarter", quarter: 2 };
    });
    expect(extrasOf(quarter).result?.register.bieu2.period.key).toBe("2025-Q2");
  });
});

describe("probation dates", () => {
  test("before any consolidation there is nothing to list", async () => {
    const session = await openPaneSession(host());
    expect(listProbation(session, { year: 2025, month: 5, day: 1 })).toEqual({ kind: "needConsolidation" });
  });

  test("lists members whose probation ends within 60 days or has ended, by chi bộ, as of the date given", async () => {
    const session = await consolidated(host());
    const outcome = listProbation(session, { year: 2025, month: 5, day: 1 });
    if (outcome.kind !== "done") throw new Error(outcome.kind);
    const items = outcome.result.groups.flatMap((g) => g.items.map((i) => [g.chiBo, i.name, i.status, i.daysLeft]));
    // 10/04/2024 → ends 10/04/2025 (21 days ago); 20/06/2024 → 20/06/2025 (50 days left); 15/02/2025 is far off.
    expect(items).toEqual([
      ["Chi bộ thôn Ka Đô Cũ", "Nguyễn Văn An", "overdue", -21],
      ["Chi bộ thôn Ka Đô Cũ", "Ka Thị Bình", "due", 50],
    ]);
  });

  test("the default as-of date is the host clock's calendar day", () => {
    expect(calendarDateOf(new Date(2026, 1, 28, 23, 30))).toEqual({ year: 2026, month: 2, day: 28 });
  });

  test("Excel gets the owned sheet Dự bị đến hạn", async () => {
    const h = host();
    const session = await consolidated(h);
    listProbation(session, { year: 2025, month: 5, day: 1 });
    const before = h.written.length;
    expect(await saveProbation(session)).toEqual({ kind: "written", sheet: PROBATION_SHEET_NAME });
    expect(h.written.slice(before).map((s) => s.name)).toEqual([PROBATION_SHEET_NAME]);
  });

  test("the browser edition downloads the list as an .xlsx naming each member", async () => {
    const h = host();
    const downloads: Array<{ name: string; bytes: Uint8Array; mime: string }> = [];
    const browser = Object.assign(h, {
      kind: "browser" as const,
      capabilities: () => ({ highlight: true, createWorkbook: false, download: true, limitations: [] }),
      downloadFile: async (name: string, bytes: Uint8Array, mime: string) => {
        downloads.push({ name, bytes, mime });
      },
    });
    const session = await consolidated(browser as unknown as FakeHost);
    listProbation(session, { year: 2025, month: 5, day: 1 });
    const before = h.written.length;
    expect(await saveProbation(session)).toEqual({ kind: "downloaded", file: "Du-bi-den-han-2025-05-01.xlsx" });
    expect(h.written.length).toBe(before);
    expect(downloads).toHaveLength(1);
    const files = unzipSync(downloads[0]!.bytes);
    const shared = strFromU8(files["xl/sharedStrings.xml"] ?? new Uint8Array());
    expect(shared).toContain("Nguyễn Văn An");
    expect(shared).toContain("Ka Thị Bình");
  });
});

describe("last year's registers for Biểu 2's column (3)", () => {
  /** Two admissions in January–April 2024: the same period last year. */
  function lastYear(): Grid {
    return gridFromValues("Kết nạp 2024", [
      ["DANH SÁCH ĐẢNG VIÊN MỚI KẾT NẠP NĂM 2024"],
      [],
      ["STT", "TCCSĐ", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Tôn giáo", "Đoàn viên", "Nghề nghiệp", "Ngày kết nạp", "Chi bộ"],
      [1, "Đảng bộ xã Ka Đô", "Lê Văn Dũng", "01/02/1991", "Nam", "Kinh", "", "Có", "Nông dân", "10/01/2024", "Chi bộ thôn Ka Đô Cũ"],
      [2, "Đảng bộ xã Ka Đô", "Phạm Thị Én", "03/04/1996", "Nữ", "Kinh", "", "Có", "Nông dân", "12/03/2024", "Chi bộ thôn Ka Đô Cũ"],
    ]);
  }

  test("Excel: the sheet chosen fills the same period last year; without it the column stays blank", async () => {
    const without = await consolidated(host());
    expect(extrasOf(without).result?.register.bieu2.rows[0]?.previous ?? null).toBeNull();

    const h = host();
    h.grids.push(lastYear());
    const session = await consolidated(h, (s) => {
      expect(s.state.reportSheets.find((r) => r.ref.name === "Kết nạp 2024")?.checked).toBe(true);
      choosePreviousSheet(s, { name: "Kết nạp 2024" });
      // Last year's list is no longer one of this year's sources.
      expect(s.state.reportSheets.find((r) => r.ref.name === "Kết nạp 2024")?.checked).toBe(false);
    });
    const first = extrasOf(session).result?.register.bieu2.rows.find((r) => r.previous !== null);
    expect(first?.previous).toBe(2);
    expect(extrasOf(session).result?.findings.some((f) => f.code === "MEMBER_OTHER_YEAR" && f.sheet === "Kết nạp 2024")).toBe(false);
  });

  test("browser edition: last year's files are read when added and removed on request", async () => {
    const session = await openPaneSession(host());
    const csv = "TCCSĐ,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Ngày kết nạp,Chi bộ\nĐảng bộ xã Ka Đô,Lê Văn Dũng,01/02/1991,Nam,Kinh,10/01/2024,Chi bộ 1\n";
    const file = Object.assign(new Blob([csv], { type: "text/csv" }), { name: "ket-nap-2024.csv" });
    await addPreviousFiles(session, [file]);
    expect(extrasOf(session).previousFiles.map((f) => [f.name, f.result.ok])).toEqual([["ket-nap-2024.csv", true]]);
    removePreviousFile(session, 0);
    expect(extrasOf(session).previousFiles).toEqual([]);
  });
});

describe("an allocation per chi bộ (a commune's plan with a members column)", () => {
  test("counts its chi bộ under the organisation its title names, as the CLI does, not under the sheet's name", async () => {
    const plan = gridFromValues("Phân bổ", [
      ["PHÂN BỔ CHỈ TIÊU KẾT NẠP ĐẢNG VIÊN NĂM 2025 - ĐẢNG BỘ XÃ KA ĐÔ"],
      [],
      ["STT", "Đơn vị", "Chỉ tiêu", "Số đảng viên"],
      [1, "Chi bộ thôn Ka Đô 1", 1, 12],
      [2, "Chi bộ thôn Ka Đô 2", 1, 9],
    ]);
    const h = new FakeHost([plan, sampleReportLogGrid()], "Phân bổ");
    const session = await consolidated(h);
    const goals = branchGoals(session, "vi");
    expect(goals?.result.organizations.map((o) => [o.organization, o.reported, o.atLeastMin])).toEqual([["ĐẢNG BỘ XÃ KA ĐÔ", 2, 1]]);
    expect(goals?.result.under.map((u) => [u.branch, u.members])).toEqual([["Chi bộ thôn Ka Đô 2", 9]]);
  });
});

/**
 * A date cell that carries a time of day is read as the day Excel shows, whatever
 * the hour: an admission at 18:00 on 10/01/2025 is an admission on the 10th, and
 * one at 15:00 on New Year's Eve stays in the old year. Registers written by
 * openpyxl (a program other than this project) with real datetimes, read through
 * the CLI; plus a property over every minute of the day.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { runConsolidate } from "../../src/cli/commands/consolidate";
import { runProbation } from "../../src/cli/commands/probation";
import { parseDateCell } from "../../src/core";
import { parsePeriodCell } from "../../src/core/reports/period";
import { captureIo, python, tempDir } from "../reports/cli-helpers";
import { FIXTURES } from "../reports/helpers";

const ALLOCATION = path.join(FIXTURES, "allocation-2025.xlsx");

const WRITE_REGISTER = `
import sys, datetime, json
from openpyxl import Workbook
wb = Workbook(); ws = wb.active; ws.title = "Danh sách kết nạp"
ws.append(["Họ và tên", "Ngày sinh", "Ngày kết nạp", "Tổ chức cơ sở đảng", "Chi bộ"])
for i, t in enumerate(json.loads(sys.argv[2])):
    ws.append(["Người %d" % (i + 1), datetime.datetime(2000, 3, 4), datetime.datetime(*t), "Đảng bộ Công an huyện", "Chi bộ 1"])
    ws.cell(row=i + 2, column=3).number_format = "dd/mm/yyyy hh:mm"
wb.save(sys.argv[1])
`;

function register(times: ReadonlyArray<readonly number[]>): { dir: string; file: string } {
  const dir = tempDir("reg-times");
  const file = path.join(dir, "reg.xlsx");
  python(WRITE_REGISTER, [file, JSON.stringify(times)]);
  return { dir, file };
}

describe("admission dates with a time of day, from an openpyxl register", () => {
  const hours: ReadonlyArray<readonly [number, number]> = [[0, 0], [11, 59], [12, 0], [18, 0], [23, 59]];

  it("keeps every admission on 10/01/2025 and its probation ending on 10/01/2026, at any hour", async () => {
    const { dir, file } = register(hours.map(([h, m]) => [2025, 1, 10, h, m]));
    const c = captureIo(dir);
    await runProbation(["--allocation", ALLOCATION, "--as-of", "2026-01-01", "--json", file], c.io);
    const text = c.out();
    expect(text).not.toContain("2025-01-11");
    expect(text).not.toContain("2026-01-11");
    expect(text.match(/2025-01-10/g)?.length).toBe(hours.length);
    expect(text.match(/2026-01-10/g)?.length).toBe(hours.length);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("counts an admission at 15:00 on 31/12/2025 in December 2025, not in 2026", async () => {
    const { dir, file } = register([[2025, 12, 31, 15, 0]]);
    const c = captureIo(dir);
    await runConsolidate(["--allocation", ALLOCATION, "--month", "2025-12", "--json", file], c.io);
    expect(c.out()).not.toContain("MEMBER_OTHER_YEAR");
    expect(c.out()).not.toContain("01/01/2026");
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe("ISO date cells (openpyxl with iso_dates=True writes t=\"d\")", () => {
  it("keep their day on a machine set to Vietnam time, where JavaScript would read them as local time", () => {
    const dir = tempDir("reg-iso");
    const file = path.join(dir, "reg.xlsx");
    python(WRITE_REGISTER.replace("wb = Workbook()", "wb = Workbook(iso_dates=True)"), [file, JSON.stringify([[2025, 1, 10, 0, 0], [2025, 1, 10, 23, 59]])]);
    // The compiled CLI in a process of its own: a test cannot change the time zone of the process it runs in.
    const bin = path.join(__dirname, "..", "..", "bin", "ptdv.js");
    const r = spawnSync(process.execPath, [bin, "probation", "--allocation", ALLOCATION, "--as-of", "2026-01-01", "--json", file], {
      encoding: "utf8",
      env: { ...process.env, TZ: "Asia/Ho_Chi_Minh" },
    });
    fs.rmSync(dir, { recursive: true, force: true });
    const admitted = (JSON.parse(r.stdout) as { members: Array<{ admitted: string }> }).members.map((m) => m.admitted);
    expect(admitted).toEqual(["2025-01-10", "2025-01-10"]);
  });
});

describe("any time of day", () => {
  const seed = Date.now() ^ 0x5eed;
  // Printed so a failure can be replayed with fc.assert(..., { seed }).
  console.info(`times-of-day property seed: ${seed}`);

  it("reads a Date or a serial as the calendar day it falls on, never the next", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 109_000 }), fc.integer({ min: 0, max: 86_399_999 }), (day, ms) => {
        const midnight = Date.UTC(1899, 11, 30) + day * 86_400_000;
        const expected = new Date(midnight);
        const want = { year: expected.getUTCFullYear(), month: expected.getUTCMonth() + 1, day: expected.getUTCDate() };
        if (want.year < 1900 || want.year > 2200) return;
        expect(parseDateCell({ value: new Date(midnight + ms) })).toStrictEqual({ status: "ok", date: want });
        expect(parseDateCell({ value: day + ms / 86_400_000, numFmt: "dd/mm/yyyy hh:mm" })).toStrictEqual({ status: "ok", date: want });
        expect(parsePeriodCell({ value: new Date(midnight + ms) })).toStrictEqual({ status: "ok", year: want.year, month: want.month });
      }),
      { seed },
    );
  });
});

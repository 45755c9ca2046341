/**
 * Nothing a library prints reaches the user: SheetJS writes warnings on the console while reading
 * some files (an .ods saved by LibreOffice from the project's own allocation table gives twelve
 * "ODS number format may be incorrect" lines), and the reader silences them for the read and
 * restores the console afterwards, also when the read throws.
 */
import * as fs from "fs";
import * as path from "path";
import * as XLSX from "@e965/xlsx";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { withQuietConsole } from "../../src/xlsx/legacy/quiet-console";

const ODS = path.join(__dirname, "fixtures", "legacy", "allocation-2025.ods");
const METHODS = ["log", "info", "warn", "error", "debug", "trace"] as const;

afterEach(() => jest.restoreAllMocks());

function spyAll(): Array<jest.SpyInstance> {
  return METHODS.map((m) => jest.spyOn(console, m).mockImplementation(() => undefined));
}

test("SheetJS on its own prints warnings for this LibreOffice .ods (what the reader must hide)", () => {
  const spies = spyAll();
  XLSX.read(fs.readFileSync(ODS), { type: "buffer", cellNF: true });
  expect(spies.reduce((n, s) => n + s.mock.calls.length, 0)).toBeGreaterThan(0);
});

test("reading the .ods prints nothing and reads the table", async () => {
  const spies = spyAll();
  const r = await readWorkbookFile(ODS);
  expect(r.ok).toBe(true);
  expect(r.ok && r.grids.length).toBeGreaterThan(0);
  expect(spies.map((s) => s.mock.calls.length)).toEqual(METHODS.map(() => 0));
  // The console is the one the host had, not the silenced stand-in.
  METHODS.forEach((m, i) => expect(console[m]).toBe(spies[i]));
});

test("the console is restored when the silenced call throws", () => {
  const before = METHODS.map((m) => console[m]);
  expect(() =>
    withQuietConsole(() => {
      console.error("not shown");
      throw new RangeError("boom");
    }),
  ).toThrow(RangeError);
  expect(METHODS.map((m) => console[m])).toEqual(before);
});

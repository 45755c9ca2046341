/**
 * The one-pass reader against the ExcelJS-based reader it replaced (kept in
 * test/xlsx/legacy-reader for this test only), on every .xlsx/.xlsm fixture
 * and every .xlsx/.xlsm file of ../shared/corpus/sheetjs: same sheets, values,
 * types, displayed text, number formats, fonts, formulas, merges, names and
 * visibility — or the same FILE_* code. Each accepted difference is named
 * below with why the new reading is the right one.
 */
import * as fs from "fs";
import * as path from "path";
import { decodeXstring } from "../../src/xlsx/ooxml/xstring";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { gridDiff } from "./grid-diff";
import { readWorkbookWithExcelJS } from "./legacy-reader/read-workbook-exceljs";

const REPO = path.resolve(__dirname, "..", "..");
const SOURCES = [path.resolve(REPO, "..", "shared", "corpus", "sheetjs"), ...["allocation", "reports", "hostile"].map((d) => path.join(REPO, "test", "fixtures", d))];

function workbooks(): string[] {
  const out: string[] = [];
  for (const dir of SOURCES) {
    for (const f of fs.readdirSync(dir, { recursive: true }) as string[]) if (/\.xls[xm]$/i.test(f)) out.push(path.join(dir, f));
  }
  return out.sort();
}

/** A difference the new reader is right about, with the reason. */
interface Accepted {
  readonly why: string;
  readonly applies: (file: string, line: string) => boolean;
}

const ACCEPTED: readonly Accepted[] = [
  {
    why: "ExcelJS strips the backslash escapes from custom format codes (`hh:mm:ss\\ AM/PM` → `hh:mm:ss AM/PM`); the new reader keeps the code as Excel wrote it, formatNumber reads the escapes, and the displayed text is the same (no text difference is reported for these cells)",
    applies: (_f, line) => {
      const m = / numFmt (.*) → (.*)$/.exec(line);
      return m !== null && m[2]?.replace(/\\(.)/g, "$1") === m[1];
    },
  },
  {
    why: "a cell whose cached value is the empty string (a formula returning \"\", an empty inline string): ExcelJS reads no value, the new reader the empty string; the engine's isBlank treats both as blank",
    applies: (_f, line) => / value ∅ → string:$/.test(line),
  },
  {
    why: 'xlsx-stream-d-date-cell.xlsx B5 is an ISO date cell (t="d", 2014-02-14T08:27:48.765Z); ExcelJS parses it as a serial number (1905), the new reader as the date it is',
    applies: (f, line) => f.endsWith("xlsx-stream-d-date-cell.xlsx") && line.startsWith("Sheet1!B5:"),
  },
  {
    why: "xlsx-stream-d-date-cell.xlsx B11 is a formula with its cached result as an inline string (`<is><t>String1</t></is>`); ExcelJS drops the result, the new reader keeps it",
    applies: (f, line) => f.endsWith("xlsx-stream-d-date-cell.xlsx") && line.startsWith("Sheet1!B11:"),
  },
  {
    why: "ExcelJS leaves ST_Xstring escapes in the text (`abc_x000D_`, `_x0007_7_x0007_`); the new reader decodes them as Excel, SheetJS and LibreOffice do (ECMA-376 Part 1, §22.9.2.19; xstring.test.ts): the same text once decoded, control characters and white space aside",
    applies: (_f, line) => {
      const m = / value string:([\s\S]*) → string:([\s\S]*)$/.exec(line);
      if (m === null || !/_x[0-9A-Fa-f]{4}_/.test(m[1] ?? "")) return false;
      // eslint-disable-next-line no-control-regex -- the escapes stand for control characters
      const bare = (t: string): string => t.replace(/[\s\u0000-\u001f]+/g, "");
      const before = bare(decodeXstring(m[1] ?? ""));
      const after = bare(m[2] ?? "");
      return before.startsWith(after) || after.startsWith(before);
    },
  },
];

const FILES = workbooks();

test("the fixtures and the corpus give many workbooks to compare", () => {
  expect(FILES.length).toBeGreaterThan(70);
});

test.each(FILES.map((f) => [path.relative(REPO, f), f]))("%s reads as the ExcelJS reader read it, or differs only as justified", async (_name, file) => {
  const data = new Uint8Array(fs.readFileSync(file));
  const name = path.basename(file);
  const old = await readWorkbookWithExcelJS(data, name);
  const now = await readWorkbook(data, name);
  // The ExcelJS reader never read .xls/.xlsb/.ods (an .xls renamed .xlsx among the fixtures); SheetJS reads them now.
  if (!old.ok && /^FILE_UNSUPPORTED_(XLS|XLSB|ODS)$/.test(old.problem.code) && now.ok) return;
  if (!old.ok || !now.ok) {
    expect(now.ok ? "ok" : now.problem.code).toBe(old.ok ? "ok" : old.problem.code);
    return;
  }
  const unexplained = gridDiff(old.grids, now.grids).filter((line) => !ACCEPTED.some((a) => a.applies(file, line)));
  expect(unexplained.map((l) => `${name}: ${l}`)).toEqual([]);
});

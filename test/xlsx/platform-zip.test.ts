/**
 * In Node the reader inflates with zlib and checks CRC-32 natively (read-file.ts registers it);
 * browsers keep fflate. Both paths must read every file to the same grids, notes and refusals —
 * including parts that lie about their size, which zlib hands back to fflate's streaming path.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { crc32 as zlibCrc32, inflateRawSync } from "zlib";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { usePlatformZip, type PlatformZip } from "../../src/xlsx/zip-entry";
import { bombPart, SHEET_HEAD, workbookParts, writeZip } from "./make-big-xlsx";

const REPO = path.resolve(__dirname, "..", "..");
const FOLDERS = [
  path.join(REPO, "test", "fixtures", "allocation"),
  path.join(REPO, "test", "fixtures", "reports"),
  path.join(REPO, "test", "fixtures", "hostile"),
  path.join(REPO, "..", "shared", "corpus", "sheetjs"),
];
const FILES = FOLDERS.filter((d) => fs.existsSync(d)).flatMap((d) =>
  fs
    .readdirSync(d)
    .filter((f) => /\.(xlsx|xlsm)$/i.test(f))
    .map((f) => path.join(d, f)),
);

const ZLIB: PlatformZip = {
  inflate: (data, max) => {
    try {
      return inflateRawSync(data, { maxOutputLength: max });
    } catch {
      return null;
    }
  },
  crc32: (data, running) => zlibCrc32(data, running),
};

async function readBoth(bytes: Uint8Array, name: string, limits?: Parameters<typeof readWorkbook>[2]): Promise<[string, string]> {
  usePlatformZip(undefined);
  const fflate = JSON.stringify(await readWorkbook(bytes, name, limits));
  usePlatformZip(ZLIB);
  try {
    return [fflate, JSON.stringify(await readWorkbook(bytes, name, limits))];
  } finally {
    usePlatformZip(undefined);
  }
}

test("there are workbooks to compare", () => {
  expect(FILES.length).toBeGreaterThan(20);
});

test.each(FILES.map((f) => [path.relative(REPO, f), f]))("%s reads the same with zlib as with fflate", async (_name, file) => {
  const [fflate, zlib] = await readBoth(fs.readFileSync(file), path.basename(file));
  expect(zlib).toBe(fflate);
});

describe("parts that lie about their size", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ptdv-platform-zip-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const row = `<row><c t="inlineStr"><is><t>${"x".repeat(200)}</t></is></c></row>`;

  test("a sheet declared at 1,000 bytes that inflates to megabytes is refused as before", async () => {
    const file = path.join(dir, "bomb-lying.xlsx");
    writeZip(file, workbookParts(bombPart("xl/worksheets/sheet1.xml", SHEET_HEAD, row, 80_000, 1000)));
    const [fflate, zlib] = await readBoth(fs.readFileSync(file), "bomb-lying.xlsx", { maxCells: 100_000_000, maxEntryBytes: 16 * 1024 * 1024 });
    expect(JSON.parse(zlib)).toMatchObject({ ok: false, problem: { code: "FILE_LIMIT_EXCEEDED", args: { limit: "entryBytes" } } });
    expect(zlib).toBe(fflate);
  });

  test("a sheet declared smaller than it is, within the limits, reads the same", async () => {
    const file = path.join(dir, "small-lie.xlsx");
    writeZip(file, workbookParts(bombPart("xl/worksheets/sheet1.xml", SHEET_HEAD, row, 20, 100)));
    const [fflate, zlib] = await readBoth(fs.readFileSync(file), "small-lie.xlsx");
    expect(zlib).toBe(fflate);
  });
});

/**
 * `ptdv check`, the browser edition and the pane skip the Word reader for a zip that lists
 * xl/workbook.xml (issue #16): listsWorkbookPart must accept only files the Word sniffer turns
 * away, and every real workbook.
 */
import * as fs from "fs";
import * as path from "path";
import { sniffDocument } from "../../src/docx/sniff-docx";
import { listsWorkbookPart } from "../../src/xlsx/workbook-zip";
import { ALLOCATION_2025, REPO, tempDir } from "../cli/helpers";

const isWorkbookZip = (file: string): boolean => listsWorkbookPart(new Uint8Array(fs.readFileSync(file)));

const CORPUS = path.resolve(REPO, "..", "shared", "corpus");
const FILE = /\.(xlsx|xlsm|xls|ods|csv|docx|doc)$/i;

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : FILE.test(e.name) ? [p] : [];
  });
}

describe("listsWorkbookPart", () => {
  it("accepts real workbooks: the report fixtures' allocation table, the seed saved by LibreOffice", () => {
    for (const f of [ALLOCATION_2025, path.join(REPO, "test", "fixtures", "allocation", "seed-from-csv-libreoffice.xlsx")]) expect(isWorkbookZip(f)).toBe(true);
  });

  it("turns away Word documents, CSV, legacy .xls, empty and truncated files", () => {
    const docx = path.join(REPO, "test", "docx", "fixtures", "seed-plan.python-docx.docx");
    const csv = path.join(tempDir("workbook-zip"), "t.csv");
    fs.writeFileSync(csv, "STT,TCCSĐ,CHỈ TIÊU\n1,Xã A,3\n");
    const cases = [docx, csv, path.join(REPO, "test", "fixtures", "hostile", "html-saved-as.xls")];
    expect(cases.map(isWorkbookZip)).toEqual([false, false, false]);
    const workbook = fs.readFileSync(ALLOCATION_2025);
    expect([listsWorkbookPart(new Uint8Array(0)), listsWorkbookPart(new Uint8Array(workbook.subarray(0, workbook.length - 30)))]).toEqual([false, false]);
  });

  it("accepts no file that the Word sniffer would read as a Word document, across the fixtures and the corpus", () => {
    const files = [...filesUnder(path.join(REPO, "test", "fixtures")), ...filesUnder(path.join(REPO, "test", "docx", "fixtures")), ...filesUnder(CORPUS)];
    expect(files.length).toBeGreaterThan(20);
    let workbooks = 0;
    for (const f of files) {
      if (!isWorkbookZip(f)) continue;
      workbooks++;
      expect([f, sniffDocument(new Uint8Array(fs.readFileSync(f)))]).toEqual([f, null]);
    }
    expect(workbooks).toBeGreaterThan(10);
  });

  it("turns away a zip that holds a Word document and no workbook, and accepts one that holds both, as the sniffer does", async () => {
    const { zipSync, strToU8 } = await import("fflate");
    const dir = tempDir("workbook-zip");
    const wordOnly = path.join(dir, "word.xlsx");
    const both = path.join(dir, "both.docx");
    fs.writeFileSync(wordOnly, zipSync({ "word/document.xml": strToU8("<w:document/>") }));
    fs.writeFileSync(both, zipSync({ "word/document.xml": strToU8("<w:document/>"), "xl/workbook.xml": strToU8("<workbook/>") }));
    expect([isWorkbookZip(wordOnly), sniffDocument(new Uint8Array(fs.readFileSync(wordOnly)))]).toEqual([false, "docx"]);
    expect([isWorkbookZip(both), sniffDocument(new Uint8Array(fs.readFileSync(both)))]).toEqual([true, null]);
  });
});

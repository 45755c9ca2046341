/**
 * The browser edition and the pane ask readWordDocumentLazily first for every opened file: a Word
 * plan is read into its tables, anything else is left to the workbook reader (null).
 */
import * as fs from "fs";
import * as path from "path";
import { zipSync, strToU8 } from "fflate";
import { readWordDocumentLazily } from "../../src/docx/lazy";

const REPO = path.resolve(__dirname, "..", "..");
const bytesOf = (...p: string[]): Uint8Array => new Uint8Array(fs.readFileSync(path.join(REPO, ...p)));

describe("readWordDocumentLazily", () => {
  it("reads a Word plan written by python-docx into its tables", async () => {
    const result = await readWordDocumentLazily(bytesOf("test", "docx", "fixtures", "seed-plan.python-docx.docx"), "ke-hoach.docx");
    expect(result?.ok).toBe(true);
    expect(result?.ok === true ? result.grids.map((g) => g.name) : []).toContain("Bảng 1");
  });

  it("leaves workbooks to the workbook reader, LibreOffice's included, whatever their name", async () => {
    const libreOffice = bytesOf("test", "fixtures", "allocation", "seed-from-csv-libreoffice.xlsx");
    expect(await readWordDocumentLazily(libreOffice, "seed.xlsx")).toBeNull();
    expect(await readWordDocumentLazily(libreOffice, "seed.docx")).toBeNull();
  });

  it("leaves CSV text and empty files to the workbook reader", async () => {
    expect(await readWordDocumentLazily(strToU8("STT,TCCSĐ,CHỈ TIÊU\n1,Xã A,3\n"), "a.csv")).toBeNull();
    expect(await readWordDocumentLazily(new Uint8Array(0), "empty.docx")).toBeNull();
  });

  it("still reads a zip that holds a Word document but no workbook, whatever its name", async () => {
    const word = zipSync({ "word/document.xml": strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>') });
    const result = await readWordDocumentLazily(word, "renamed.xlsx");
    expect(result).not.toBeNull();
  });
});

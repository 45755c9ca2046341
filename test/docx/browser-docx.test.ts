/**
 * @jest-environment jsdom
 */
/** The browser edition opens a Word plan: its tables become sheets the pane checks like any other. */
import * as fs from "fs";
import * as path from "path";
import { createBrowserHost } from "../../src/browser/browser-host";
import { createSettingsStorage } from "../../src/browser/settings-storage";
import { checkAllocation } from "../../src/core/allocation/check";

function blob(file: string, name = path.basename(file)): Blob & { name: string } {
  return Object.assign(new Blob([fs.readFileSync(file)]), { name });
}

describe("the browser edition and a .docx plan", () => {
  it("opens the seed plan as one sheet per table, and the check reads 91 against the body's 88", async () => {
    const host = createBrowserHost({ save: () => undefined, store: createSettingsStorage(null) });
    const problems = await host.openFiles([blob(path.join(__dirname, "fixtures", "seed-plan.libreoffice.docx"), "ke-hoach.docx")]);
    expect(problems).toEqual([]);
    const sheets = await host.listSheets();
    expect(sheets.map((s) => [s.file, s.name])).toEqual([["ke-hoach.docx", "Bảng 1"]]);
    const [grid] = await host.readSheets([{ file: "ke-hoach.docx", name: "Bảng 1" }]);
    const r = checkAllocation(grid ? [grid] : [], { file: "ke-hoach.docx" });
    expect(r).toMatchObject({ target: 88, targetSource: "sheet", year: 2025, totals: { quota: 91, studentQuota: 4, meetsTarget: true } });
  });

  it("refuses a legacy .doc with the advice to save as .docx", async () => {
    const host = createBrowserHost({ save: () => undefined, store: createSettingsStorage(null) });
    const problems = await host.openFiles([blob(path.join(__dirname, "fixtures", "seed-plan.libreoffice.doc"))]);
    expect(problems).toEqual([{ name: "seed-plan.libreoffice.doc", problem: expect.objectContaining({ code: "FILE_UNSUPPORTED_DOC" }) }]);
  });
});

/**
 * What `ptdv template`'s document options change in the written workbooks (issue
 * #13: "--issuer/--place change nothing in them" was a defect): --place fills the
 * date line, --superior gives the line above the organisation when the issuer
 * names no committee, --issuer's committee wins over it, and --settings does the
 * same as the options. Read back from the .xlsx files by the project's reader and
 * once by openpyxl.
 */
import * as fs from "fs";
import * as path from "path";
import { runTemplate } from "../../src/cli/commands/template";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { captureIo, python, tempDir } from "../reports/cli-helpers";

const FIRST = "01 - Đảng bộ xã Ka Đô - 2026.xlsx";

function allocationFolder(): string {
  const dir = tempDir("tpl-doc");
  fs.writeFileSync(path.join(dir, "a.csv"), "STT,TCCSĐ,CHỈ TIÊU\n1,Đảng bộ xã Ka Đô,3\n");
  return dir;
}

/** The first sheet's top four rows as text, row by row, blanks dropped. */
async function heading(dir: string, ...options: string[]): Promise<string[][]> {
  const c = captureIo(dir);
  const code = await runTemplate(["--allocation", "a.csv", "--year", "2026", "--out-dir", "out", ...options], c.io);
  expect(code).not.toBe(2);
  const read = await readWorkbookFile(path.join(dir, "out", FIRST));
  if (!read.ok) throw new Error(read.problem.message.en);
  const sheet = read.grids[0]!;
  return sheet.rows.slice(0, 4).map((r) => r.map((cell) => cell?.value).filter((v): v is string => typeof v === "string" && v.trim() !== ""));
}

describe("template document options", () => {
  it("leaves the line above the organisation empty and the place to fill without options", async () => {
    expect(await heading(allocationFolder())).toStrictEqual([["ĐẢNG BỘ XÃ KA ĐÔ", "ĐẢNG CỘNG SẢN VIỆT NAM"], ["*"], ["…………, ngày      tháng      năm 2026"], []]);
  });

  it("writes --place into the date line", async () => {
    const rows = await heading(allocationFolder(), "--place", "Lạc Dương");
    expect(rows[2]).toStrictEqual(["Lạc Dương, ngày      tháng      năm 2026"]);
  });

  it("puts --superior above the organisation when the issuer is a ban alone", async () => {
    const rows = await heading(allocationFolder(), "--superior", "HUYỆN ỦY LẠC DƯƠNG");
    expect(rows.slice(0, 3)).toStrictEqual([["HUYỆN ỦY LẠC DƯƠNG", "ĐẢNG CỘNG SẢN VIỆT NAM"], ["ĐẢNG BỘ XÃ KA ĐÔ"], ["*", "…………, ngày      tháng      năm 2026"]]);
  });

  it("heads the organisation with the issuer's committee, not the issuer's own superior", async () => {
    const rows = await heading(allocationFolder(), "--issuer", "HUYỆN ỦY LẠC DƯƠNG/BAN TỔ CHỨC", "--superior", "TỈNH ỦY LÂM ĐỒNG");
    expect(rows[0]).toStrictEqual(["HUYỆN ỦY LẠC DƯƠNG", "ĐẢNG CỘNG SẢN VIỆT NAM"]);
    expect(rows.flat()).not.toContain("TỈNH ỦY LÂM ĐỒNG");
  });

  it("takes the same fields from --settings, and the options over them", async () => {
    const dir = allocationFolder();
    fs.writeFileSync(path.join(dir, "s.json"), JSON.stringify({ superiorBody: "HUYỆN ỦY ĐAM RÔNG", place: "Đạ Tông", deadlineDay: 3 }));
    const rows = await heading(dir, "--settings", "s.json", "--place", "Đạ Rsal");
    expect(rows.slice(0, 3)).toStrictEqual([["HUYỆN ỦY ĐAM RÔNG", "ĐẢNG CỘNG SẢN VIỆT NAM"], ["ĐẢNG BỘ XÃ KA ĐÔ"], ["*", "Đạ Rsal, ngày      tháng      năm 2026"]]);
  });

  it("is what openpyxl reads too", async () => {
    const dir = allocationFolder();
    await heading(dir, "--place", "Lạc Dương", "--superior", "HUYỆN ỦY LẠC DƯƠNG");
    const out = python(
      "import sys, openpyxl\nws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]\nprint(ws['A1'].value); print(ws['G3'].value)",
      [path.join(dir, "out", FIRST)],
    );
    expect(out.trim().split("\n")).toStrictEqual(["HUYỆN ỦY LẠC DƯƠNG", "Lạc Dương, ngày      tháng      năm 2026"]);
  });
});

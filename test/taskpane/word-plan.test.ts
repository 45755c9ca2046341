/**
 * How the pane shows findings of a Word plan beside those of reports: the plan's by table and row,
 * the reports' by their A1 cells, in the order the findings came, each keeping its own A1 cell.
 */
import * as fs from "fs";
import * as path from "path";
import { checkAllocation, type Finding } from "../../src/core";
import { readDocxBytes } from "../../src/docx/read-docx-file";
import { cellLabel, groupShown, placeShown, wordPlanOf } from "../../src/taskpane/word-plan";

const PLAN = path.join(__dirname, "..", "browser", "fixtures", "plan-blank-quotas.python-docx.docx");

async function planCheck() {
  const read = await readDocxBytes(new Uint8Array(fs.readFileSync(PLAN)), "ke-hoach.docx");
  if (read === null || !read.ok) throw new Error("the fixture is a Word plan");
  return checkAllocation(read.grids, { file: "ke-hoach.docx" });
}

const report = (cell: string): Finding => ({
  code: "QUOTA_MISSING",
  severity: "error",
  file: "bao-cao.xlsx",
  sheet: "Bảng 1",
  cell,
  message: { vi: `ô ${cell}`, en: `cell ${cell}` },
  args: {},
});

describe("a Word plan's findings as the pane shows them", () => {
  test("the plan's blank quotas are one note listing rows, a report's sheet of the same name keeps its A1 cells, and the order is kept", async () => {
    const r = await planCheck();
    const plan = wordPlanOf(r, { file: "ke-hoach.docx", name: "Bảng 1" });
    const blanks = r.findings.filter((f) => f.code === "QUOTA_MISSING");
    expect(blanks.map((f) => f.cell)).toEqual(["C8", "C10"]);
    const findings = [report("C4"), ...blanks, report("C5")];
    const groups = groupShown(findings, "vi", plan);
    expect(groups.map((g) => [g.file, g.cellList])).toEqual([
      ["bao-cao.xlsx", "C4–C5"],
      ["ke-hoach.docx", "dòng 8, 10"],
    ]);
    expect(groups[1]?.message).toMatch(/^2 ô chỉ tiêu để trống: dòng 8, 10 — /);
    expect(groups[1]?.findings.map((f) => f.cell)).toEqual(["C8", "C10"]);
    expect(groupShown(findings, "en", plan)[1]?.message).toMatch(/^2 quota cells are blank: rows 8, 10 — /);
  });

  test("a place is named by table and row in the plan only; without a Word plan nothing changes", async () => {
    const r = await planCheck();
    const plan = wordPlanOf(r, { file: "ke-hoach.docx", name: "Bảng 1" });
    const blank = r.findings.find((f) => f.code === "QUOTA_MISSING") as Finding;
    expect(placeShown(plan, blank, "vi")).toBe("ke-hoach.docx › Bảng 1 › dòng 8");
    expect(placeShown(plan, blank, "en")).toBe("ke-hoach.docx › Table 1 › row 8");
    expect(placeShown(plan, report("C4"), "en")).toBe("bao-cao.xlsx › Bảng 1 › C4");
    expect(cellLabel(plan, { ...blank, cell: "C3:C9" }, "vi")).toBe("C3:C9");
    expect(placeShown(null, blank, "en")).toBe("ke-hoach.docx › Bảng 1 › C8");
    expect(wordPlanOf({ ...r, cellNaming: "a1" }, { file: "ke-hoach.docx", name: "Bảng 1" })).toBeNull();
  });
});

/**
 * The fixture script's registers (openpyxl) through the whole engine path a
 * host takes: read, check, cross-year Biểu 2, probation.
 */
import { execFileSync } from "child_process";
import * as path from "path";
import { buildRegisterReport, periodThrough, probationDue, probationText, readRegister, validateRegister } from "../../src/core";
import type { Grid, RegisterRead } from "../../src/core";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { tempDir } from "../reports/cli-helpers";
import { PYTHON, REPO } from "../reports/helpers";

describe("registers from scripts/fixtures/make-register-fixtures.py", () => {
  const dir = tempDir("register-fixtures");
  beforeAll(() => {
    execFileSync(PYTHON, [path.join(REPO, "scripts", "fixtures", "make-register-fixtures.py"), dir]);
  });

  async function read(name: string): Promise<RegisterRead> {
    const r = await readWorkbookFile(path.join(dir, name));
    if (!r.ok) throw new Error(r.problem.message.en);
    const reg = readRegister(r.grids[0] as Grid, { file: name });
    if (!reg) throw new Error(`${name} is not a register`);
    return reg;
  }

  it("reports the under-18 member, the repeat and the other year's admission, and compares with last year", async () => {
    const report = buildRegisterReport({ period: periodThrough(2025, 12), reads: [await read("register-2025.xlsx")], previousReads: [await read("register-2024.xlsx")] });
    expect(report.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(["MEMBER_UNDER_18@C6", "MEMBER_DUPLICATE@C8", "MEMBER_OTHER_YEAR@C10"]);
    expect(report.json.persons).toBe(4);
    expect(report.json.rows.slice(0, 3)).toEqual([
      { label: "I. Tổng số đảng viên mới kết nạp", current: 4, previous: 3, percent: 133.3 },
      { label: "Nữ", current: 2, previous: 1, percent: 200 },
      { label: "Dân tộc thiểu số", current: 2, previous: 1, percent: 200 },
    ]);
  });

  it("reads the CSV version with text dates alike", async () => {
    const csv = await read("register-2025.csv");
    expect(validateRegister(csv.entries, 2025).findings.map((f) => f.code)).toEqual(["MEMBER_UNDER_18", "MEMBER_DUPLICATE", "MEMBER_OTHER_YEAR"]);
  });

  it("lists last year's members due for recognition, leaving out the one recognised", async () => {
    const last = validateRegister((await read("register-2024.xlsx")).entries, 2024).persons;
    const due = probationDue(last, { year: 2025, month: 4, day: 1 });
    expect(due.groups.flatMap((g) => g.items.map((i) => `${i.name} ${i.ends.day}/${i.ends.month}/${i.ends.year} ${i.status}`))).toEqual([
      "Hoàng Văn Sơn 20/5/2025 due",
      "Điểu K'Lơi 28/2/2025 overdue",
    ]);
    expect(probationText(due)).toContain("Đảng bộ xã Ka Đô › Chi bộ thôn 3");
  });
});

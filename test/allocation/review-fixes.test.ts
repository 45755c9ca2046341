/**
 * Behaviour a review found wrong: legacy tables without fonts, names shown as
 * written, quotas quoted as stored, unnamed rows in both languages, honest
 * advice on a disagreeing total row, formulas never calculated.
 */
import * as path from "path";
import { checkAllocation } from "../../src/core/allocation/check";
import type { AllocationCheckResult } from "../../src/core/allocation/types";
import { gridFromValues, type Cell, type CellValue, type Grid } from "../../src/core/grid";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { FIXTURES, readSeedTable } from "./seed-table";

const seed = readSeedTable();
const only = (r: AllocationCheckResult, code: string) => r.findings.filter((f) => f.code === code);
const errors = (r: AllocationCheckResult) => r.findings.filter((f) => f.severity === "error");

async function gridsOf(name: string): Promise<Grid[]> {
  const read = await readWorkbookFile(path.join(FIXTURES, name));
  if (!read.ok) throw new Error(`${name} could not be read: ${JSON.stringify(read.problem)}`);
  return read.grids;
}

const checkFile = async (name: string, target: number | null = 88) => checkAllocation(await gridsOf(name), { target, file: name });
const check = (values: ReadonlyArray<ReadonlyArray<CellValue | Cell>>, target: number | null = 88) =>
  checkAllocation([gridFromValues("Phụ lục", values)], { target });

/** TCVN3 cannot hold ’: an old file spells the name with '. */
const seedNamesAsTcvn3Holds = seed.rows.map((r) => r[1].replace(/\u2019/g, "'"));

describe("a TCVN3 table without .Vn* fonts", () => {
  it.each(["seed-tcvn3-no-font.xlsx", "seed-tcvn3-no-font.csv"])(
    "%s: headers TCCS§ / ChØ tiªu are recognised and the table decodes to the seed's names and totals",
    async (file) => {
      const r = await checkFile(file);
      expect(r.tableFound).toBe(true);
      expect(r.organizations.map((o) => o.name)).toEqual(seedNamesAsTcvn3Holds);
      expect(r.totals).toEqual({ quota: 91, quotaMax: 91, studentQuota: 4, subQuotas: { HS: 4 }, organizations: 15, difference: 3, meetsTarget: true });
      expect(errors(r)).toEqual([]);
      expect(only(r, "LEGACY_ENCODING")).toHaveLength(1);
      expect(only(r, "LEGACY_ENCODING")[0]?.args["encoding"]).toBe("tcvn3");
    },
  );

  it("a Unicode name among TCVN3 names stays as typed (never decoded twice)", () => {
    const r = check([
      ["STT", "TCCS\u00A7", "Ch\u00D8 ti\u00AAu"],
      ["1", "\u00A7\u00B6ng b\u00E9 x\u00B7 Ka \u00A7\u00AB", 9],
      ["2", "Chi bộ Trường THPT Pró", "03 (01 HS)"],
      ["3", "Đảng bộ xã Ka Đơn", 7],
    ]);
    expect(r.organizations.map((o) => o.name)).toEqual(["Đảng bộ xã Ka Đô", "Chi bộ Trường THPT Pró", "Đảng bộ xã Ka Đơn"]);
  });
});

describe("names are shown as the user wrote them", () => {
  it("keeps the typographic apostrophe of D’Ran in the organisation's name and in messages", async () => {
    const r = await checkFile("quota-stored-as-text.xlsx");
    const dran = r.organizations.find((o) => o.name.includes("Ran"));
    expect(dran?.name).toBe("Đảng bộ thị trấn D\u2019Ran");
    const message = only(r, "QUOTA_STORED_AS_TEXT").find((f) => f.cell === dran?.quotaCell)?.message;
    expect(message?.vi).toContain("Đảng bộ thị trấn D\u2019Ran");
    expect(message?.en).toContain("Đảng bộ thị trấn D\u2019Ran");
  });

  it("still sees D'Ran and D’Ran as one organisation (DUPLICATE_ORGANIZATION)", () => {
    const r = check([
      ["STT", "TCCSĐ", "CHỈ TIÊU"],
      ["1", "Đảng bộ thị trấn D\u2019Ran", 9],
      ["2", "Đảng bộ thị trấn D'Ran", 2],
    ]);
    expect(r.organizations.map((o) => o.name)).toEqual(["Đảng bộ thị trấn D\u2019Ran", "Đảng bộ thị trấn D'Ran"]);
    expect(only(r, "DUPLICATE_ORGANIZATION")).toHaveLength(1);
  });
});

describe("QUOTA_INVALID quotes the stored value and says why in plain words", () => {
  it("2.5 shown as 03 by format 00 is reported as 2.5, and a formula with no saved result as not calculated", async () => {
    const r = await checkFile("quota-fraction-formula.xlsx");
    const invalid = only(r, "QUOTA_INVALID");
    expect(invalid.map((f) => [f.args["name"], f.args["value"], f.args["reason"]])).toEqual([
      ["Đảng bộ xã Ka Đơn", "2.5", "fraction"],
      ["Đảng bộ xã Tu Tra", "=1+2", "uncalculated"],
    ]);
    expect(invalid[0]?.message.en).toContain('"2.5" is not a whole number');
    expect(invalid[0]?.message.vi).not.toContain('"03"');
    expect(invalid[1]?.message.en).toMatch(/formula without a saved result.*open the file in Excel and save it/i);
    expect(invalid[1]?.message.vi).toContain("Hãy mở tệp bằng Excel rồi lưu lại");
    expect(only(r, "QUOTA_MISSING")).toEqual([]);
  });

  it('says "mười" không phải là số without a doubled "là"', () => {
    const r = check([
      ["STT", "TCCSĐ", "CHỈ TIÊU"],
      ["1", "Đảng bộ thị trấn Thạnh Mỹ", "mười"],
      ["2", "Chi bộ X", -1],
    ]);
    const [word, negative] = only(r, "QUOTA_INVALID");
    expect(word?.message.vi).toContain('"mười" không phải là số.');
    expect(word?.message.vi).not.toMatch(/là không phải/);
    expect(negative?.message.vi).toContain('"-1" là số âm.');
    expect(word?.message.en).toContain('"mười" is not a number.');
  });
});

describe("an unnamed row is called by its row number in each language", () => {
  it("QUOTA_STORED_AS_TEXT and QUOTA_ZERO on a row without a name say dòng 3 / row 3", () => {
    const r = check([
      ["STT", "TCCSĐ", "CHỈ TIÊU"],
      ["1", "Đảng bộ xã Ka Đô", 9],
      ["2", null, "0"],
    ]);
    const zero = only(r, "QUOTA_ZERO")[0];
    expect(zero?.message.vi).toMatch(/^Dòng 3 có chỉ tiêu bằng 0/);
    expect(zero?.message.en).toMatch(/^Row 3 has a quota of 0/);
    const text = only(r, "QUOTA_STORED_AS_TEXT")[0];
    expect(text?.message.en).toContain("The quota of row 3 (cell C3");
    expect(text?.message.en).not.toContain("dòng");
    expect(text?.message.vi).toContain("Chỉ tiêu của dòng 3 (ô C3");
  });
});

describe("TOTAL_ROW_MISMATCH advice fits the total cell", () => {
  const seedRowsAsNumbers = seed.rows.map((r) => [r[0], r[1], /^\d+$/.test(r[2]) ? Number(r[2]) : r[2]] as const);
  const header = ["STT", "TCCSĐ", "CHỈ TIÊU"];

  it("a SUM formula that skipped the text cells: says SUM skipped 4 text cells, not that a figure was typed", () => {
    const r = check([header, ...seedRowsAsNumbers, [null, "Tổng cộng", { value: 79, formula: "SUM(C2:C16)" }]]);
    const f = only(r, "TOTAL_ROW_MISMATCH")[0];
    expect(f?.args).toMatchObject({ totalKind: "formula", textCells: 4, sumSkippedText: 1, excludedCells: 0 });
    expect(f?.message.en).toContain("=SUM(C2:C16)");
    expect(f?.message.en).toContain("SUM skips the 4 quota cells stored as text");
    expect(f?.message.en).not.toContain("typed figure");
    expect(f?.message.vi).toContain("bỏ qua 4 ô chỉ tiêu lưu dạng văn bản");
  });

  it("a typed figure: says it is not a formula and never blames SUM", () => {
    const r = check([header, ...seed.rows, [null, "Tổng cộng", 95]]);
    const f = only(r, "TOTAL_ROW_MISMATCH")[0];
    expect(f?.args).toMatchObject({ totalKind: "constant", written: "95", computed: 91 });
    expect(f?.message.en).toContain("typed figure, not a formula; correct it to 91");
    expect(f?.message.en).not.toContain("SUM");
    expect(f?.message.vi).toContain("số nhập tay, không phải công thức; hãy sửa thành 91");
    expect(f?.message.vi).not.toContain("SUM");
  });

  it("total-row-typed.xlsx: a typed total with a blank quota cell mentions the cell left out and gives no false figure", async () => {
    const r = await checkFile("total-row-typed.xlsx");
    const f = only(r, "TOTAL_ROW_MISMATCH")[0];
    expect(f?.args).toMatchObject({ totalKind: "constant", written: "95", computed: 82, excludedCells: 1 });
    expect(f?.message.en).toContain("leaves out 1 quota cell that is blank or unreadable");
    expect(f?.message.en).not.toContain("correct it to 82");
    expect(f?.message.vi).toContain("chưa tính 1 ô chỉ tiêu để trống hoặc không đọc được");
  });
});

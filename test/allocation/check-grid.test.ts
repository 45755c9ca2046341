import { checkAllocation } from "../../src/core/allocation/check";
import { ALLOCATION_MESSAGES, type AllocationCode } from "../../src/core/allocation/messages";
import { A1_NAMES } from "../../src/core/cell-naming";
import type { AllocationCheckResult } from "../../src/core/allocation/types";
import { gridFromValues, type Cell, type CellValue } from "../../src/core/grid";
import { asNumbers, asTcvn3, readSeedTable, seedGrid, toTcvn3 } from "./seed-table";

const seed = readSeedTable();
const codes = (r: AllocationCheckResult): string[] => r.findings.map((f) => f.code);
const errors = (r: AllocationCheckResult) => r.findings.filter((f) => f.severity === "error");
const only = (r: AllocationCheckResult, code: AllocationCode) => r.findings.filter((f) => f.code === code);

/** The seed's rows with one changed: `edit` gets a copy and returns the new row (or undefined to drop it). */
function seedWith(edit: (row: [string, string, string], index: number) => ReadonlyArray<CellValue | Cell> | undefined) {
  const rows = seed.rows.map((r, i) => edit([...r], i) ?? null).filter((r) => r !== null);
  return [
    ["PHÂN BỔ CHỈ TIÊU"],
    [],
    ["STT", "TCCSĐ", "CHỈ TIÊU"],
    ...rows,
  ] as ReadonlyArray<ReadonlyArray<CellValue | Cell>>;
}
const check = (values: ReadonlyArray<ReadonlyArray<CellValue | Cell>>, target: number | null = 88) =>
  checkAllocation([gridFromValues("Phụ lục", values)], { target, file: "phan-bo.xlsx" });
const at = (name: string) => (row: [string, string, string]) => row[1].includes(name);

function expectSeedTotals(r: AllocationCheckResult): void {
  expect(r.tableFound).toBe(true);
  expect(r.totals).toEqual({ quota: 91, quotaMax: 91, studentQuota: 4, subQuotas: { HS: 4 }, organizations: 15, difference: 3, meetsTarget: true });
  expect(errors(r)).toEqual([]);
  const thpt = r.organizations.filter((o) => o.kind === "upperSecondary");
  expect(thpt.map((o) => [o.name, o.quota, o.studentQuota])).toEqual([
    ["Chi bộ Trường THPT Đơn Dương", 3, 1],
    ["Chi bộ Trường THPT Hùng Vương", 3, 1],
    ["Chi bộ Trường THPT Lê Lợi", 3, 1],
    ["Chi bộ Trường THPT Pró", 3, 1],
  ]);
  const dtnt = r.organizations.find((o) => o.name === "Chi bộ Trường Phổ thông Dân tộc Nội trú THCS Đơn Dương");
  expect(dtnt).toMatchObject({ kind: "lowerSecondary", quota: 2, studentQuota: 0 });
  expect(r.findings.filter((f) => f.cell === dtnt?.quotaCell || f.cell === dtnt?.nameCell)).toEqual(
    r.findings.filter((f) => f.code === "QUOTA_STORED_AS_TEXT" && f.cell === dtnt?.quotaCell),
  );
}

describe("the seed's own table", () => {
  it("typed as text, as in the seed: 91 of 88, 4 students, 15 organisations, no errors", () => {
    const r = checkAllocation([seedGrid()], { target: 88 });
    expectSeedTotals(r);
    expect(r.sheet).toBe("Phụ lục");
    expect(r.organizations[0]).toEqual({
      row: 5,
      stt: "01",
      name: "Đảng bộ Công an huyện",
      kind: "police",
      quota: 3,
      quotaMax: 3,
      studentQuota: 0,
      subQuotas: {},
      nameCell: "B5",
      quotaCell: "C5",
    });
    expect(r.table).toEqual({ headerRow: 3, firstDataRow: 4, lastDataRow: 18, sttCol: 0, nameCol: 1, quotaCol: 2, membersCol: null, totalRow: null });
    // Eleven plain "09"-style cells are text; the four student forms are text by necessity and not flagged.
    expect(only(r, "QUOTA_STORED_AS_TEXT")).toHaveLength(11);
  });

  it("typed as numbers with format 00: the same totals and no text warnings", () => {
    const r = checkAllocation([seedGrid({ map: asNumbers })], { target: 88 });
    expectSeedTotals(r);
    expect(r.organizations[1]).toMatchObject({ stt: "02", quota: 10 });
    expect(r.findings).toEqual([]);
  });

  it("a total exactly equal to the target meets it", () => {
    const r = checkAllocation([seedGrid({ map: asNumbers })], { target: 91 });
    expect(r.totals).toMatchObject({ difference: 0, meetsTarget: true });
    expect(codes(r)).not.toContain("TOTAL_BELOW_TARGET");
  });

  it("without a target reports totals and skips the target rule", () => {
    const r = checkAllocation([seedGrid({ map: asNumbers })], {});
    expect(r.target).toBeNull();
    expect(r.totals).toEqual({ quota: 91, quotaMax: 91, studentQuota: 4, subQuotas: { HS: 4 }, organizations: 15, difference: null, meetsTarget: null });
  });

  it("in TCVN3 (.VnTime) decodes to the same names and totals, with one LEGACY_ENCODING warning", () => {
    const values: Array<ReadonlyArray<CellValue | Cell>> = [
      [{ value: toTcvn3(seed.title.toLowerCase()), font: ".VnTimeH" }],
      [],
      [{ value: "STT", font: ".VnTime" }, { value: toTcvn3("TCCSĐ"), font: ".VnTime" }, { value: toTcvn3("chỉ tiêu"), font: ".VnTimeH" }],
      ...seed.rows.map(asTcvn3),
      [],
      [],
      [{ value: toTcvn3("Lưu ý:"), font: ".VnTime" }],
    ];
    const r = checkAllocation([gridFromValues("Sheet1", values)], { target: 88 });
    const plain = checkAllocation([seedGrid()], { target: 88 });
    expect(r.totals).toEqual(plain.totals);
    // TCVN3 has no ’: the old file holds D'Ran, and the name is shown as written there.
    expect(r.organizations.map((o) => o.name)).toEqual(plain.organizations.map((o) => o.name.replace(/\u2019/g, "'")));
    expect(r.organizations.map((o) => o.kind)).toEqual(plain.organizations.map((o) => o.kind));
    expect(only(r, "LEGACY_ENCODING")).toHaveLength(1);
    expect(only(r, "LEGACY_ENCODING")[0]).toMatchObject({ severity: "warning", args: { encoding: "tcvn3" } });
    expect(errors(r)).toEqual([]);
  });
});

describe("finding codes on grids built in code", () => {
  it("TABLE_NOT_FOUND for a sheet without an allocation header, not a crash", () => {
    const r = checkAllocation([gridFromValues("Thư", [["Kính gửi các đồng chí"], ["Họ và tên", "Chức vụ"]])], { target: 88 });
    expect(r.tableFound).toBe(false);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: "TABLE_NOT_FOUND", severity: "error", sheet: "Thư" });
    expect(r.organizations).toEqual([]);
  });

  it("TABLE_NOT_FOUND on an empty workbook and on an empty sheet", () => {
    expect(codes(checkAllocation([], {}))).toEqual(["TABLE_NOT_FOUND"]);
    expect(codes(checkAllocation([gridFromValues("Trống", [])], {}))).toEqual(["TABLE_NOT_FOUND"]);
  });

  it("picks the sheet that has a table, or the one named", () => {
    const letter = gridFromValues("Công văn", [["Kế hoạch phát triển đảng viên"]]);
    const table = gridFromValues("Phân bổ", seedWith((r) => r));
    expect(checkAllocation([letter, table], {}).sheet).toBe("Phân bổ");
    const named = checkAllocation([letter, table], { sheet: "Công văn" });
    expect(named.sheet).toBe("Công văn");
    expect(codes(named)).toEqual(["TABLE_NOT_FOUND"]);
    expect(codes(checkAllocation([letter, table], { sheet: "Không có" }))).toEqual(["SHEET_NOT_FOUND"]);
    expect(checkAllocation([letter, table], { sheet: "phân bổ" }).sheet).toBe("Phân bổ");
  });

  it("NAME_MISSING at the blank name cell; the row still counts", () => {
    const r = check(seedWith((row) => (at("Ka Đô")(row) ? [row[0], null, row[2]] : row)));
    expect(only(r, "NAME_MISSING").map((f) => f.cell)).toEqual(["B8"]);
    expect(r.totals.organizations).toBe(15);
    expect(r.totals.quota).toBe(91);
  });

  it("QUOTA_MISSING names the organisation; the row appears with quota null", () => {
    const r = check(seedWith((row) => (at("Tu Tra")(row) ? [row[0], row[1], null] : row)));
    const f = only(r, "QUOTA_MISSING");
    expect(f.map((x) => x.cell)).toEqual(["C13"]);
    expect(f[0]!.message.vi).toContain("Đảng bộ xã Tu Tra");
    expect(r.organizations.find((o) => o.name === "Đảng bộ xã Tu Tra")?.quota).toBeNull();
    expect(r.totals).toMatchObject({ quota: 82, organizations: 15, meetsTarget: false });
  });

  it.each([
    ["chín", "notANumber"],
    [-6, "negative"],
    [2.5, "fraction"],
    ["6,5", "fraction"],
    [{ error: "#VALUE!" }, "errorValue"],
    ["mười hai", "notANumber"],
    ["05-03", "rangeReversed"],
  ] as Array<[CellValue, string]>)("QUOTA_INVALID for %p (%s)", (value, reason) => {
    const r = check(seedWith((row) => (at("Lạc Lâm")(row) ? [row[0], row[1], value] : row)));
    const f = only(r, "QUOTA_INVALID");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", cell: "C10", args: { reason } });
    expect(f[0]!.message.vi).toContain("Đảng bộ xã Lạc Lâm");
    expect(r.organizations.find((o) => o.name === "Đảng bộ xã Lạc Lâm")?.quota).toBeNull();
    expect(r.totals.organizations).toBe(15);
  });

  it("STUDENT_QUOTA_EXCEEDS_TOTAL when the students outnumber the quota", () => {
    const r = check(seedWith((row) => (at("Lê Lợi")(row) ? [row[0], row[1], "03 (04 HS)"] : row)));
    expect(only(r, "STUDENT_QUOTA_EXCEEDS_TOTAL").map((f) => f.cell)).toEqual(["C16"]);
  });

  it("HS_QUOTA_MISSING for a THPT school without students, whether typed 3 or 03", () => {
    for (const quota of [3, "03"] as CellValue[]) {
      const r = check(seedWith((row) => (at("Lê Lợi")(row) ? [row[0], row[1], quota] : row)));
      const f = only(r, "HS_QUOTA_MISSING");
      expect(f.map((x) => x.cell)).toEqual(["C16"]);
      expect(f[0]!.message.vi).toContain("Chi bộ Trường THPT Lê Lợi");
      expect(f[0]!.message.en).toContain("03 (01 HS)");
    }
  });

  it("HS_QUOTA_NOT_ALLOWED for students at the DTNT THCS school and at a commune", () => {
    const r = check(
      seedWith((row) => {
        if (at("Nội trú")(row)) return [row[0], row[1], "02 (01 HS)"];
        if (at("Quảng Lập")(row)) return [row[0], row[1], "09 (1 học sinh)"];
        return row;
      }),
    );
    expect(only(r, "HS_QUOTA_NOT_ALLOWED").map((f) => f.cell)).toEqual(["C12", "C18"]);
  });

  it("DUPLICATE_ORGANIZATION after case, spacing and apostrophe normalisation, counting both rows", () => {
    const values = [...seedWith((row) => row), ["16", " đảng bộ  thị trấn D'RAN ", "02"]];
    const r = check(values);
    const f = only(r, "DUPLICATE_ORGANIZATION");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: "B19", args: { firstRow: 6, row: 19 } });
    expect(r.totals.organizations).toBe(16);
    expect(r.totals.quota).toBe(93);
  });

  it("DUPLICATE_ORGANIZATION across old and new tone placement (uỷ / ủy) and NFD input", () => {
    const values = [
      ["STT", "TCCSĐ", "CHỈ TIÊU"],
      ["1", "Đảng uỷ xã Ka Đơn", "3"],
      ["2", "Đảng ủy xã Ka Đơn".normalize("NFD"), "4"],
    ];
    expect(only(check(values, null), "DUPLICATE_ORGANIZATION").map((f) => f.cell)).toEqual(["B3"]);
  });

  it("STT_SEQUENCE for a gap, a repeat, a non-number and a blank, each once", () => {
    const stts = ["01", "02", "03", "05", "05", "06", "a", "08", null, "10", "11", "12", "13", "14", "15"];
    const r = check(seedWith((row, i) => [stts[i] ?? null, row[1], row[2]]));
    const f = only(r, "STT_SEQUENCE");
    expect(f.map((x) => [x.cell, x.args["problem"]])).toEqual([
      ["A7", "gap"],
      ["A8", "repeat"],
      ["A10", "notNumber"],
      ["A12", "missing"],
    ]);
    expect(f.every((x) => x.severity === "warning")).toBe(true);
  });

  it("QUOTA_ZERO warns without an error", () => {
    const r = check(seedWith((row) => (at("Ka Đơn")(row) ? [row[0], row[1], 0] : row)), null);
    expect(only(r, "QUOTA_ZERO").map((f) => [f.cell, f.severity])).toEqual([["C9", "warning"]]);
    expect(errors(r)).toEqual([]);
  });

  it("QUOTA_STORED_AS_TEXT once per text cell, explaining that SUM skips it", () => {
    const r = check(seedWith((row) => (/^\d+$/.test(row[2]) && !at("D’Ran")(row) ? [row[0], row[1], Number(row[2])] : row)));
    const f = only(r, "QUOTA_STORED_AS_TEXT");
    expect(f.map((x) => [x.cell, x.severity])).toEqual([["C6", "info"]]);
    expect(f[0]!.message.vi).toContain("SUM");
    expect(f[0]!.message.en).toContain("SUM skips");
  });

  it("TOTAL_ROW_MISMATCH when the sheet's SUM skipped the text cells", () => {
    const values = [
      ...seedWith((row) => (/^\d+$/.test(row[2]) ? [row[0], row[1], Number(row[2])] : row)),
      [null, "Tổng cộng", { value: 79, formula: "SUM(C4:C18)" }],
    ];
    const r = check(values);
    const f = only(r, "TOTAL_ROW_MISMATCH");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: "C19", severity: "error", args: { written: "79", computed: 91, textCells: 4 } });
    expect(r.totals.quota).toBe(91);
  });

  it("no TOTAL_ROW_MISMATCH when the total row agrees, and the total row is not an organisation", () => {
    const r = check([...seedWith((row) => row), ["Cộng:", null, "91 (04 HS)"]]);
    expect(codes(r)).not.toContain("TOTAL_ROW_MISMATCH");
    expect(r.totals.organizations).toBe(15);
  });

  it("TOTAL_BELOW_TARGET when the total is under the target, pointing at the quota column", () => {
    const r = check(seedWith((row) => (at("Thạnh Mỹ")(row) ? [row[0], row[1], "05"] : row)));
    const f = only(r, "TOTAL_BELOW_TARGET");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: "C3", args: { total: 86, target: 88, missing: 2 } });
    expect(r.totals).toMatchObject({ quota: 86, difference: -2, meetsTarget: false });
  });

  it("every code in the catalogue has Vietnamese and English text and the agreed severity", () => {
    const expected: Record<string, string> = {
      TABLE_NOT_FOUND: "error",
      NAME_MISSING: "error",
      QUOTA_MISSING: "error",
      QUOTA_INVALID: "error",
      STUDENT_QUOTA_EXCEEDS_TOTAL: "error",
      HS_QUOTA_MISSING: "error",
      HS_QUOTA_NOT_ALLOWED: "error",
      DUPLICATE_ORGANIZATION: "error",
      STT_SEQUENCE: "warning",
      QUOTA_ZERO: "warning",
      QUOTA_STORED_AS_TEXT: "info",
      TOTAL_ROW_MISMATCH: "error",
      TOTAL_BELOW_TARGET: "error",
      LEGACY_ENCODING: "warning",
    };
    for (const [code, severity] of Object.entries(expected)) {
      const def = ALLOCATION_MESSAGES[code as AllocationCode];
      expect(def.severity).toBe(severity);
      expect(def.vi({ name: "X" } as never, A1_NAMES).length).toBeGreaterThan(20);
      expect(def.en({ name: "X" } as never, A1_NAMES).length).toBeGreaterThan(20);
    }
  });
});

describe("finding messages", () => {
  it("name the cell they point at, in Vietnamese and in English", () => {
    const r = check(
      seedWith((row) => {
        if (row[1].includes("Hùng Vương")) return [row[0], row[1], "03"];
        if (row[1].includes("Lạc Lâm")) return [row[0], row[1], "06 (01 HS)"];
        if (row[1].includes("Ka Đơn")) return [row[0], row[1], "bảy"];
        return row;
      }),
    );
    const withCell = r.findings.filter((f) => f.cell !== undefined);
    expect(withCell.map((f) => f.code)).toEqual(expect.arrayContaining(["HS_QUOTA_MISSING", "HS_QUOTA_NOT_ALLOWED", "QUOTA_INVALID"]));
    const rowCodes = new Set(["HS_QUOTA_MISSING", "HS_QUOTA_NOT_ALLOWED", "QUOTA_INVALID", "STUDENT_QUOTA_EXCEEDS_TOTAL"]);
    for (const f of withCell.filter((x) => rowCodes.has(x.code))) {
      expect(f.message.vi).toContain(f.cell);
      expect(f.message.en).toContain(f.cell);
      expect(f.message.en).not.toMatch(/cell {2}|cell \./);
    }
  });
});

describe("finding the table in awkward layouts", () => {
  it("header in column D below letterhead and merged titles, blank row under it, extra Ghi chú column, notes after", () => {
    const pad = [null, null, null];
    const values = [
      [...pad, "ĐẢNG BỘ TỈNH LÂM ĐỒNG", null, null, "ĐẢNG CỘNG SẢN VIỆT NAM"],
      [...pad, "HUYỆN ỦY ĐƠN DƯƠNG"],
      [],
      [...pad, "PHÂN BỔ CHỈ TIÊU PHÁT TRIỂN ĐẢNG NĂM 2025"],
      [],
      [...pad, "Số TT", "Tên TCCSĐ", "Ghi chú", "Chỉ tiêu năm 2025"],
      [],
      ...seed.rows.map((r) => [...pad, r[0], r[1], r[1].includes("THPT") ? "Có HS" : null, r[2]]),
      [],
      [...pad, "Lưu ý:"],
      [...pad, "- Chỉ tiêu phát triển Đảng viên là học sinh", null, null, "03"],
    ];
    const r = checkAllocation([gridFromValues("S", values, { merges: [{ top: 3, left: 3, bottom: 3, right: 6 }] })], { target: 88 });
    expect(r.table).toEqual({ headerRow: 5, firstDataRow: 7, lastDataRow: 21, sttCol: 3, nameCol: 4, quotaCol: 6, membersCol: null, totalRow: null });
    expect(r.totals.quota).toBe(91);
    expect(r.organizations[0]?.quotaCell).toBe("G8");
  });

  it("stops at a run of blank rows before a signature block", () => {
    const values = [...seedWith((row) => row), [], [], [null, "TM. BAN THƯỜNG VỤ", null], [null, "Đinh Thị Mai", "5"]];
    const r = check(values);
    expect(r.totals.organizations).toBe(15);
  });

  it("skips a column-numbering row and Roman-numeral section rows", () => {
    const values = [
      ["STT", "Tổ chức cơ sở đảng", "Chỉ tiêu kết nạp"],
      ["(1)", "(2)", "(3)"],
      ["I", "Khối xã, thị trấn", "24"],
      ["1", "Đảng bộ xã Ka Đô", "9"],
      ["2", "Đảng bộ xã Ka Đơn", "15"],
      ["II", "Khối trường học", "3 (1 HS)"],
      ["3", "Chi bộ Trường THPT Lê Lợi", "3 (1 HS)"],
      ["Tổng", null, "27"],
    ];
    const r = check(values, null);
    expect(r.organizations.map((o) => o.name)).toEqual(["Đảng bộ xã Ka Đô", "Đảng bộ xã Ka Đơn", "Chi bộ Trường THPT Lê Lợi"]);
    expect(r.totals).toMatchObject({ quota: 27, studentQuota: 1 });
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("ignores numbered but unused template lines after the data", () => {
    const values = [...seedWith((row) => row), ["16", null, null], ["17", null, null]];
    expect(check(values).findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("survives hostile cells: formulas-looking names, errors, huge text", () => {
    const values = [
      ["STT", "TCCSĐ", "CHỈ TIÊU"],
      ["1", "=HYPERLINK(\"http://x\")", "3"],
      ["2", { error: "#REF!" }, "4"],
      ["3", "x".repeat(10000), "1e3"],
    ];
    const r = check(values, 1);
    expect(r.organizations[0]?.name).toBe('=HYPERLINK("http://x")');
    expect(codes(r)).toContain("QUOTA_INVALID");
    expect(r.totals.organizations).toBe(3);
  });
});

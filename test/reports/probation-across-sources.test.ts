/**
 * `ptdv probation` in process: the registers of every source, names matched to the
 * allocation, admissions of any year, and a source without a register named as unrecognised.
 */
import { gridFromValues, type CellValue } from "../../src/core/grid";
import { probationRun } from "../../src/core/reports/consolidate/probation-run";
import { seedAllocation } from "./helpers";

const HEADER: CellValue[] = ["STT", "Tổ chức cơ sở đảng", "Chi bộ", "Họ và tên", "Ngày sinh", "Ngày kết nạp", "Ngày công nhận chính thức"];
const register = (name: string, rows: CellValue[][]) => gridFromValues(name, [HEADER, ...rows.map((r, i) => [i + 1, ...r])]);
const AS_OF = { year: 2025, month: 2, day: 15 };

describe("probation due across the submitted registers", () => {
  it("lists members whose probation ends within the window or has ended, grouped under the allocation's names", () => {
    const a = register("DS", [
      ["xã Ka Đô", "Chi bộ thôn 1", "Nguyễn Văn A", "01/01/1990", "01/03/2024", ""],
      ["Đảng bộ xã Ka Đô", "Chi bộ thôn 1", "Trần Thị B", "01/01/1991", "10/01/2024", ""],
      ["Đảng bộ xã Ka Đô", "Chi bộ thôn 1", "Lê Văn C", "01/01/1992", "10/01/2025", ""],
      ["Đảng bộ xã Ka Đô", "Chi bộ thôn 1", "Phạm Văn D", "01/01/1993", "01/02/2024", "01/02/2025"],
    ]);
    const run = probationRun([{ file: "ka-do.xlsx", grids: [a] }], { allocation: seedAllocation(), asOf: AS_OF });
    expect(run.registersRead).toBe(1);
    expect(run.result.asOf).toEqual(AS_OF);
    expect(run.result.windowDays).toBe(60);
    expect(run.result.groups.map((g) => [g.organization, g.chiBo, g.items.map((i) => [i.name, i.status, i.daysLeft])])).toEqual([
      [
        "Đảng bộ xã Ka Đô",
        "Chi bộ thôn 1",
        [
          ["Trần Thị B", "overdue", -36],
          ["Nguyễn Văn A", "due", 14],
        ],
      ],
    ]);
    // An admission of another year is the point here, not a note.
    expect(run.findings.map((f) => f.code)).not.toContain("MEMBER_OTHER_YEAR");
  });

  it("takes the window it is given", () => {
    const a = register("DS", [["Đảng bộ xã Ka Đô", "Chi bộ thôn 1", "Nguyễn Văn A", "01/01/1990", "01/03/2024", ""]]);
    const narrow = probationRun([{ grids: [a] }], { allocation: seedAllocation(), asOf: AS_OF, windowDays: 13 });
    expect(narrow.result.windowDays).toBe(13);
    expect(narrow.result.groups).toEqual([]);
    const exact = probationRun([{ grids: [a] }], { allocation: seedAllocation(), asOf: AS_OF, windowDays: 14 });
    expect(exact.result.groups.flatMap((g) => g.items.map((i) => i.name))).toEqual(["Nguyễn Văn A"]);
  });

  it("groups a name through the aliases it is given, and keeps an unknown organisation's own name", () => {
    const a = register("DS", [
      ["KĐ", "Chi bộ thôn 1", "Nguyễn Văn A", "01/01/1990", "01/03/2024", ""],
      ["Đảng bộ xã Mới", "Chi bộ thôn 2", "Trần Thị B", "01/01/1991", "01/03/2024", ""],
    ]);
    const run = probationRun([{ grids: [a] }], { allocation: seedAllocation(), asOf: AS_OF, aliases: [{ written: "KĐ", target: "Đảng bộ xã Ka Đô" }] });
    expect(run.result.groups.map((g) => g.organization).sort()).toEqual(["Đảng bộ xã Ka Đô", "Đảng bộ xã Mới"]);
  });

  it("reads the registers of every source and every sheet", () => {
    const one = register("DS 1", [["Đảng bộ xã Ka Đô", "Chi bộ thôn 1", "Nguyễn Văn A", "01/01/1990", "01/03/2024", ""]]);
    const two = register("DS 2", [["Đảng bộ xã Tu Tra", "Chi bộ thôn 2", "Trần Thị B", "01/01/1991", "01/03/2024", ""]]);
    const three = register("DS", [["Đảng bộ xã Lạc Lâm", "Chi bộ thôn 3", "Lê Văn C", "01/01/1991", "01/03/2024", ""]]);
    const run = probationRun([{ file: "a.xlsx", grids: [one, two] }, { file: "b.xlsx", grids: [three] }], { allocation: seedAllocation(), asOf: AS_OF });
    expect(run.registersRead).toBe(3);
    expect(run.result.groups.flatMap((g) => g.items.map((i) => i.name)).sort()).toEqual(["Lê Văn C", "Nguyễn Văn A", "Trần Thị B"]);
    expect(run.findings).toEqual([]);
  });

  it("names a source without a register as unrecognised, by its file or else its sheets", () => {
    const log = gridFromValues("Nhật ký", [
      ["TCCSĐ", "Tháng", "Kết nạp"],
      ["Đảng bộ xã Ka Đô", "5/2025", 2],
    ]);
    const run = probationRun([{ file: "bao-cao.xlsx", grids: [log] }, { grids: [log, gridFromValues("Trang 2", [])] }], { allocation: seedAllocation(), asOf: AS_OF });
    expect(run.registersRead).toBe(0);
    expect(run.result.groups).toEqual([]);
    expect(run.findings.map((f) => [f.code, f.file, f.args])).toEqual([
      ["SUBMISSION_UNRECOGNISED", "bao-cao.xlsx", { what: "bao-cao.xlsx" }],
      ["SUBMISSION_UNRECOGNISED", undefined, { what: "Nhật ký, Trang 2" }],
    ]);
  });

  it("passes on the register's own findings, its rows without an organisation kept out of any allocation name", () => {
    const a = register("DS", [
      ["", "Chi bộ thôn 1", "Nguyễn Văn A", "01/01/1990", "01/03/2024", ""],
      ["Đảng bộ xã Ka Đô", "Chi bộ thôn 1", "Trần Thị B", "01/01/1991", "32/13/2024", ""],
    ]);
    const run = probationRun([{ file: "a.xlsx", grids: [a] }], { allocation: seedAllocation(), asOf: AS_OF });
    expect(run.findings.map((f) => [f.code, f.file, f.cell])).toEqual([
      ["MEMBER_ORGANIZATION_MISSING", "a.xlsx", "B2"],
      ["MEMBER_DATE_INVALID", "a.xlsx", "F3"],
    ]);
    expect(run.findings[1]?.args).toEqual({ field: "Ngày kết nạp", fieldEn: "Admission date", value: "32/13/2024" });
    // A person without an organisation stays without one: never matched to an allocation name.
    expect(run.result.groups.map((g) => [g.organization, g.items.map((i) => i.name)])).toEqual([["", ["Nguyễn Văn A"]]]);
  });
});

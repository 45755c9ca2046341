/**
 * The register's sheets as files another program reads: the template's lists,
 * dates, protection and defined name; Biểu 2 and the probation sheet printed
 * on A4; the person list only on request.
 */
import {
  bieu2Json,
  bieu2SheetSpec,
  computeBieu2,
  gridFromValues,
  NO_SOURCES_FIELD,
  organizationLevel,
  parseRegisterPeriod,
  periodThrough,
  probationDue,
  probationSheetSpec,
  readRegister,
  registerSheets,
  registerSheetSpec,
  validateRegister,
} from "../../src/core";
import type { CellValue, Grid, OrganizationStatus } from "../../src/core";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { readWithOpenpyxl } from "../xlsx/openpyxl";
import { TEMPLATE_LABELS } from "./template-labels";

const HEADING = { issuer: ["TỈNH ỦY LÂM ĐỒNG", "BAN TỔ CHỨC"], place: "Đà Lạt", dateText: "ngày 05 tháng 7 năm 2026" };

describe("the template sheet 'Danh sách kết nạp'", () => {
  const spec = registerSheetSpec({ organization: "Đảng bộ xã Ka Đô", year: 2026 });

  it("writes drop-down lists over the form's items, date validation, dd/mm/yyyy and text formats, unlocked inputs, protection and PTDV_REGISTER", async () => {
    const wb = readWithOpenpyxl(await writeWorkbook({ sheets: [spec] }));
    const ws = wb.sheets[0];
    if (!ws) throw new Error("no sheet");
    expect(ws.name).toBe("Danh sách kết nạp");
    expect(wb.names["PTDV_REGISTER"]).toBe("'Danh sách kết nạp'!$A$7:$P$106");
    expect(ws.protected).toBe(true);
    expect(ws.orientation).toBe("landscape");
    expect(ws.paperSize).toBe(9);
    const headers = ["A6", "B6", "C6", "D6", "E6", "F6", "G6", "H6", "I6", "J6", "K6", "L6", "M6", "N6", "O6", "P6"].map((a) => ws.cells[a]?.value);
    expect(headers).toEqual(TEMPLATE_LABELS);
    expect(ws.cells["A7"]).toMatchObject({ locked: false, numFmt: "@" });
    expect(ws.cells["B7"]).toMatchObject({ locked: false, numFmt: "dd/mm/yyyy" });
    expect(ws.cells["M106"]).toMatchObject({ locked: false, numFmt: "dd/mm/yyyy" });
    expect(ws.cells["A6"]?.locked).toBe(true);
    const byRange = Object.fromEntries(ws.validations.map((v) => [v.sqref, v]));
    expect(byRange["G7:G106"]).toMatchObject({ type: "list", f1: "$T$7:$T$20" });
    expect(byRange["C7:C106"]).toMatchObject({ type: "list", f1: "$R$7:$R$8" });
    expect(byRange["F7:F106"]).toMatchObject({ type: "list", f1: "$S$7:$S$8" });
    expect(byRange["B7:B106"]).toMatchObject({ type: "date" });
    // The list items are the form's occupation rows, in the form's order.
    expect(ws.cells["T7"]?.value).toBe("Cán bộ, công chức cơ quan Nhà nước tính từ cấp huyện trở lên");
    expect(ws.cells["T20"]?.value).toBe("Khác (lao động hợp đồng, tự do…)");
    expect(ws.cells["R8"]?.value).toBe("Nữ");
  });

  it("is read back through its defined name, and by its labels when the name is stale", () => {
    const grid = (names: Grid["definedNames"]): Grid => {
      const rows: CellValue[][] = spec.rows.map((r) => r.map((c) => c?.value ?? null));
      rows[6] = ["Lê Thị Hoa", "12/03/1995", "Nữ", "Kinh", "", "Có", "Viên chức trong các đơn vị sự nghiệp công lập", "Trung học phổ thông", "Đại học", "", "", "", "05/06/2026", "Chi bộ Trường", "", ""];
      return { ...gridFromValues("Danh sách kết nạp", rows), ...(names ? { definedNames: names } : {}) };
    };
    const viaName = readRegister(grid(spec.definedNames));
    expect(viaName?.kind).toBe("template");
    expect(viaName?.entries.map((e) => [e.organization, e.name, e.occupation, e.qualification])).toEqual([["Đảng bộ xã Ka Đô", "Lê Thị Hoa", "publicServant", "university"]]);
    const stale = readRegister(grid({ PTDV_REGISTER: { top: 40, left: 3, bottom: 50, right: 9 } }));
    expect(stale?.entries.map((e) => e.name)).toEqual(["Lê Thị Hoa"]);
  });

  it("defines the monthly template's new field 'Không còn nguồn' for the integrator", () => {
    expect(NO_SOURCES_FIELD.label.vi).toBe("Không còn nguồn (Có/Không)");
    expect(NO_SOURCES_FIELD.validation.items).toEqual(["Có", "Không"]);
    expect(NO_SOURCES_FIELD.synonyms.some((p) => p.test("khong con nguon"))).toBe(true);
  });
});

describe("Biểu 2-BTCTW", () => {
  const row = (name: string, birth: string, admitted: string, extra: Partial<Record<string, string>> = {}): CellValue[] => [
    "Đảng bộ xã Ka Đô",
    name,
    birth,
    extra["sex"] ?? "Nam",
    extra["eth"] ?? "Kinh",
    admitted,
    extra["occ"] ?? "Nông dân",
  ];
  const head = ["TCCSĐ", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Ngày kết nạp", "Nghề nghiệp"];
  const persons = (rows: CellValue[][], year: number) => validateRegister(readRegister(gridFromValues("DS", [head, ...rows]))?.entries ?? [], year).persons;

  const current = persons(
    [
      row("A", "01/01/2000", "10/01/2026", { sex: "Nữ" }),
      row("B", "10/01/1996", "10/01/2026"),
      row("C", "11/02/1995", "10/02/2026", { eth: "Tày" }),
      row("D", "01/01/1960", "10/07/2026"),
    ],
    2026,
  );
  const previous = persons([row("E", "01/01/2000", "10/03/2025", { sex: "Nữ" }), row("F", "01/01/2000", "10/03/2025"), row("G", "01/01/2000", "10/03/2025")], 2025);

  it("counts the period's persons, age bands on the admission date (30 on the birthday is still 18–30), a mean to one decimal, and (4) = (2)×100/(3)", () => {
    const r = computeBieu2(current, periodThrough(2026, 6), { previous });
    const get = (id: string) => r.rows.find((x) => x.id === id);
    expect(get("I")).toMatchObject({ current: 3, previous: 3, percent: 100 });
    expect(get("I.women")).toMatchObject({ current: 1, previous: 1, percent: 100 });
    expect(get("I.ethnicMinority")).toMatchObject({ current: 1, previous: 0, percent: null });
    // B turns 30 on the admission day, C is 30 the day before their 31st birthday.
    expect(get("II.2.18-30")?.current).toBe(3);
    expect(get("II.2.mean")?.current).toBe(round1((26 + 30 + 30) / 3));
    expect(get("I.familyPlanning")).toMatchObject({ current: null, previous: null, percent: null });
    expect(get("II.1.farmer")).toMatchObject({ current: 3, previous: 3 });
    expect(r.byMonth).toEqual({ "2026-01": 2, "2026-02": 1, "2026-03": 0, "2026-04": 0, "2026-05": 0, "2026-06": 0 });
    const json = bieu2Json(r);
    expect(json.persons).toBe(3);
    expect(json.rows[0]).toEqual({ label: "I. Tổng số đảng viên mới kết nạp", current: 3, previous: 3, percent: 100 });
    expect(computeBieu2(current, periodThrough(2026, 12), { previous }).rows[0]).toMatchObject({ current: 4, previous: 3, percent: 133.3 });
  });

  it("leaves column (3) blank without last year's registers", () => {
    const r = computeBieu2(current, periodThrough(2026, 6));
    expect(r.rows.every((x) => x.previous === null && x.percent === null)).toBe(true);
  });

  it("fills section III from the organisations' admissions and 'Không còn nguồn'", () => {
    const names = ["Đảng bộ xã Ka Đô", "Đảng bộ xã Tu Tra", "Chi bộ Trường THPT Pró", "Chi bộ Trường THPT Lê Lợi", "Chi bộ Trường PTDTNT"];
    const orgs: OrganizationStatus[] = names.map((name, i) => ({ name, level: organizationLevel(name) ?? "cell", admittedInPeriod: i % 2, noSourcesLeft: i === 4 }));
    const r = computeBieu2(current, periodThrough(2026, 6), { organizations: orgs });
    const v = (id: string) => r.rows.find((x) => x.id === id)?.current;
    expect([v("III"), v("III.1"), v("III.1.admitted"), v("III.1.noSources"), v("III.2"), v("III.2.admitted"), v("III.2.noSources")]).toEqual([5, 2, 1, 0, 3, 1, 1]);
  });

  it("prints on A4 portrait with the heading, the form number and the period", async () => {
    const r = computeBieu2(current, periodThrough(2026, 6), { previous });
    const ws = readWithOpenpyxl(await writeWorkbook({ sheets: [bieu2SheetSpec(r, HEADING)] })).sheets[0];
    if (!ws) throw new Error("no sheet");
    expect(ws.name).toBe("Biểu 2-BTCTW");
    expect(ws.orientation).toBe("portrait");
    expect(ws.paperSize).toBe(9);
    const values = Object.values(ws.cells).map((c) => c.value);
    for (const t of ["TỈNH ỦY LÂM ĐỒNG", "BAN TỔ CHỨC", "Biểu số 2-BTCTW", "THỐNG KÊ ĐẢNG VIÊN MỚI KẾT NẠP", "6 THÁNG ĐẦU NĂM 2026", "Đà Lạt, ngày 05 tháng 7 năm 2026", "Kỳ này", "Cùng kỳ năm trước"]) {
      expect(values).toContain(t);
    }
    const labelCell = Object.entries(ws.cells).find(([, c]) => c.value === "I. Tổng số đảng viên mới kết nạp")?.[0] ?? "";
    const rowNo = labelCell.slice(1);
    expect([ws.cells[`B${rowNo}`]?.value, ws.cells[`C${rowNo}`]?.value, ws.cells[`D${rowNo}`]?.value]).toEqual([3, 3, 100]);
  });
});

describe("privacy: names leave the engine only when asked", () => {
  const head = ["TCCSĐ", "Họ và tên", "Ngày sinh", "Ngày kết nạp"];
  const persons = validateRegister(readRegister(gridFromValues("DS", [head, ["Đảng bộ xã Ka Đô", "Nguyễn Thị Riêng Tư", "01/01/1990", "05/05/2026"]]))?.entries ?? [], 2026).persons;
  const result = computeBieu2(persons, periodThrough(2026, 6));
  const text = (sheets: ReturnType<typeof registerSheets>) => JSON.stringify(sheets);

  it("gives the progress workbook only counts by default", () => {
    const sheets = registerSheets(result, { heading: HEADING, persons });
    expect(sheets.map((s) => s.name)).toEqual(["Biểu 2-BTCTW"]);
    expect(text(sheets)).not.toContain("Riêng Tư");
  });

  it("adds the person list with real dates when the user opts in", async () => {
    const sheets = registerSheets(result, { heading: HEADING, persons, withPersonList: true });
    expect(sheets.map((s) => s.name)).toEqual(["Biểu 2-BTCTW", "Danh sách kết nạp (tổng hợp)"]);
    const ws = readWithOpenpyxl(await writeWorkbook({ sheets })).sheets[1];
    expect(ws?.cells["D4"]?.value).toBe("Nguyễn Thị Riêng Tư");
    expect(ws?.cells["P4"]).toMatchObject({ value: "2026-05-05T00:00:00", numFmt: "dd/mm/yyyy" });
  });

  it("writes the probation sheet with real end dates", async () => {
    const due = probationDue(persons, { year: 2027, month: 4, day: 1 });
    const ws = readWithOpenpyxl(await writeWorkbook({ sheets: [probationSheetSpec(due, HEADING)] })).sheets[0];
    const cells = Object.values(ws?.cells ?? {});
    expect(cells.some((c) => c.value === "2027-05-05T00:00:00" && c.numFmt === "dd/mm/yyyy")).toBe(true);
    expect(cells.some((c) => c.value === "Nguyễn Thị Riêng Tư")).toBe(true);
  });
});

describe("periods", () => {
  it("parses a year, quarters, half-years and a month, with the heading's words", () => {
    expect(parseRegisterPeriod("2026")).toMatchObject({ months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], label: "NĂM 2026" });
    expect(parseRegisterPeriod("2026-Q2")).toMatchObject({ months: [4, 5, 6], label: "QUÝ II NĂM 2026" });
    expect(parseRegisterPeriod("Quý 3/2026")).toMatchObject({ months: [7, 8, 9], label: "QUÝ III NĂM 2026" });
    expect(parseRegisterPeriod("2026-H1")).toMatchObject({ months: [1, 2, 3, 4, 5, 6], label: "6 THÁNG ĐẦU NĂM 2026" });
    expect(parseRegisterPeriod("H2/2026")).toMatchObject({ months: [7, 8, 9, 10, 11, 12], label: "6 THÁNG CUỐI NĂM 2026" });
    expect(parseRegisterPeriod("2026-05")).toMatchObject({ months: [5], label: "THÁNG 5 NĂM 2026" });
    expect(periodThrough(2026, 9).label).toBe("9 THÁNG ĐẦU NĂM 2026");
    for (const bad of ["2026-Q5", "2026-H3", "2026-13", "tháng sau", ""]) expect(parseRegisterPeriod(bad)).toBeNull();
  });
});

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

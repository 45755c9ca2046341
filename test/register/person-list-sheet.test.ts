/**
 * The opt-in person list behind Biểu 2, pinned cell by cell: its look is what
 * staff print, and its rows are sorted by organisation then admission date.
 */
import { computeBieu2, periodThrough, registerSheets } from "../../src/core";
import type { RegisterPerson } from "../../src/core";
import { personListSheetSpec } from "../../src/core/register/person-list-spec";
import { blankPerson } from "./blank-person";
import { STYLE } from "./expected-styles";

function person(name: string, organization: string, admitted: [number, number, number], more: Partial<RegisterPerson> = {}): RegisterPerson {
  return blankPerson({
    organization,
    name,
    birth: { year: 2000, month: 1, day: 15 },
    admitted: { year: admitted[0], month: admitted[1], day: admitted[2] },
    age: admitted[0] - 2000,
    location: { sheet: "DS", cell: "B7" },
    ...more,
  });
}

const KA_DO = "Đảng bộ xã Ka Đô";
const text = (value: string) => ({ value, style: STYLE.text });
const number = (value: number) => ({ value, style: STYLE.number });
const date = (serial: number) => ({ value: serial, style: STYLE.date });

/**
 * The list's columns in order, the header printed over each (the contract staff
 * print) and the cell it holds for a person with every trait filled in: a woman
 * born 06/06/2000, admitted 05/06/2025 at 24.
 */
const COLUMNS_OF_A_FULL_PERSON = [
  ["STT", number(1)],
  ["Tổ chức cơ sở đảng", text(KA_DO)],
  ["Chi bộ", text("Chi bộ thôn 1")],
  ["Họ và tên", text("Nguyễn Thị Lan")],
  ["Ngày sinh", date(36683)],
  ["Giới tính", text("Nữ")],
  ["Dân tộc", text("Kinh")],
  ["Tôn giáo", text("Không")],
  ["Đoàn viên", text("Có")],
  ["Nghề nghiệp", text("Người làm nông, lâm, ngư nghiệp")],
  ["Trình độ GDPT", text("Trung học phổ thông")],
  ["Chuyên môn", text("Đại học")],
  ["Học hàm", text("Giáo sư")],
  ["Chủ DN tư nhân", text("Có")],
  ["Kết nạp lại", text("Có")],
  ["Ngày kết nạp", date(45813)],
  ["Tuổi khi kết nạp", number(24)],
] as const;

/** The row of a person born 15/01/2000, admitted at 25, of whom only the name and perhaps the sex are known: the trait columns hold blank text, not nothing. */
const bareRow = (stt: number, name: string, sex: string, admittedSerial: number) => [
  number(stt),
  text(KA_DO),
  text(""),
  text(name),
  date(36540),
  text(sex),
  ...Array.from({ length: 9 }, () => text("")),
  date(admittedSerial),
  number(25),
];

const nulls = (n: number) => Array.from({ length: n }, () => null);

describe("the person list sheet", () => {
  it("lays out title, headers and one row per person with every field's label, dates as serials", () => {
    const full = person("Nguyễn Thị Lan", KA_DO, [2025, 6, 5], {
      birth: { year: 2000, month: 6, day: 6 },
      age: 24,
      female: true,
      ethnicity: "Kinh",
      religion: "Không",
      youthUnion: true,
      occupation: "farmer",
      education: "upperSecondary",
      qualification: "university",
      academicTitle: "professor",
      businessOwner: true,
      readmitted: true,
      chiBo: "Chi bộ thôn 1",
    });
    const male = person("Trần Văn Nam", KA_DO, [2025, 7, 1], { female: false, age: 25 });
    const unknownSex = person("Lê Hoa", KA_DO, [2025, 8, 1], { age: 25 });
    expect(personListSheetSpec([unknownSex, male, full])).toStrictEqual({
      name: "Danh sách kết nạp (tổng hợp)",
      role: "progress",
      rows: [
        [{ value: "DANH SÁCH ĐẢNG VIÊN MỚI KẾT NẠP (TỔNG HỢP)", style: STYLE.title }, ...nulls(16)],
        nulls(17),
        COLUMNS_OF_A_FULL_PERSON.map(([value]) => ({ value, style: STYLE.header })),
        COLUMNS_OF_A_FULL_PERSON.map(([, cell]) => cell),
        bareRow(2, "Trần Văn Nam", "Nam", 45839),
        bareRow(3, "Lê Hoa", "", 45870),
      ],
      columns: [6, 26, 18, 24, 12, 8, 10, 10, 9, 30, 16, 16, 10, 9, 9, 12, 9].map((width) => ({ width })),
      merges: [{ top: 0, left: 0, bottom: 0, right: 16 }],
      freeze: { rows: 3, columns: 0 },
      print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { first: 2, last: 2 } },
    });
  });

  it("sorts by organisation, then admission year, month and day", () => {
    const persons = [
      person("P1", "Đảng bộ xã B", [2025, 3, 10]),
      person("P2", "Đảng bộ xã A", [2025, 5, 2]),
      person("P3", "Đảng bộ xã A", [2025, 5, 1]),
      person("P4", "Đảng bộ xã A", [2025, 4, 20]),
      person("P5", "Đảng bộ xã A", [2024, 12, 1]),
      person("P6", "Đảng bộ xã A", [2025, 5, 3]),
    ];
    const names = personListSheetSpec(persons).rows.slice(3).map((r) => r[3]?.value);
    expect(names).toStrictEqual(["P5", "P4", "P3", "P2", "P6", "P1"]);
  });

  it("sorts organisation names in Vietnamese order (Đ after D)", () => {
    const persons = [person("Đ", "Đảng bộ Đa Kia", [2025, 1, 1]), person("D", "Đảng bộ Dạ Lat", [2025, 1, 1]), person("E", "Đảng bộ Eo", [2025, 1, 1])];
    expect(personListSheetSpec(persons).rows.slice(3).map((r) => r[3]?.value)).toStrictEqual(["D", "Đ", "E"]);
  });
});

describe("the sheets the progress workbook gains", () => {
  const persons = [
    person("In period", "Đảng bộ xã A", [2026, 3, 1]),
    person("Later month", "Đảng bộ xã A", [2026, 8, 1]),
    person("Earlier year", "Đảng bộ xã A", [2025, 3, 1]),
  ];
  const period = periodThrough(2026, 6);
  const heading = { issuer: ["BAN TỔ CHỨC"], place: "", dateText: "" };

  it("holds Biểu 2 alone unless the person list is asked for", () => {
    const result = computeBieu2(persons, period);
    expect(registerSheets(result, { heading, persons }).map((s) => s.name)).toStrictEqual(["Biểu 2-BTCTW"]);
    expect(registerSheets(result, { heading, persons, withPersonList: false }).map((s) => s.name)).toStrictEqual(["Biểu 2-BTCTW"]);
  });

  it("lists only the persons admitted in the period's year and months", () => {
    const sheets = registerSheets(computeBieu2(persons, period), { heading, persons, withPersonList: true });
    expect(sheets.map((s) => s.name)).toStrictEqual(["Biểu 2-BTCTW", "Danh sách kết nạp (tổng hợp)"]);
    expect(sheets[1]?.rows.slice(3).map((r) => r[3]?.value)).toStrictEqual(["In period"]);
  });

  it("gives an empty list when no persons are passed", () => {
    const sheets = registerSheets(computeBieu2([], period), { heading, withPersonList: true });
    expect(sheets[1]?.rows).toHaveLength(3);
  });
});

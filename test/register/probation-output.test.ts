/**
 * The probation list as staff receive it: the CLI text in Vietnamese and
 * English, the JSON members with their source cells, and the sheet
 * "Dự bị đến hạn" pinned cell by cell.
 */
import { probationDue, probationJson, probationSheetSpec, probationText } from "../../src/core";
import type { RegisterPerson } from "../../src/core";
import { blankPerson } from "./blank-person";
import { STYLE } from "./expected-styles";

function person(name: string, organization: string, chiBo: string, admitted: [number, number, number], cell: string): RegisterPerson {
  return blankPerson({
    organization,
    chiBo,
    name,
    birth: { year: 1990, month: 1, day: 1 },
    admitted: { year: admitted[0], month: admitted[1], day: admitted[2] },
    age: 35,
    female: false,
    ethnicity: "Kinh",
    ethnicMinority: false,
    location: { file: "dang-vien.xlsx", sheet: "Danh sách kết nạp", cell },
  });
}

const asOf = { year: 2026, month: 6, day: 1 };
const persons = [
  person("Lê Thị Bình", "Đảng bộ xã Ka Đô", "Chi bộ thôn 1", [2025, 6, 11], "D8"),
  person("Nguyễn Văn An", "Đảng bộ xã Ka Đô", "Chi bộ thôn 1", [2025, 5, 20], "D7"),
  person("Trần Cường", "Chi bộ Trường Tiểu học", "", [2025, 7, 1], "D9"),
  person("Far ahead", "Chi bộ Trường Tiểu học", "", [2025, 9, 1], "D10"),
];
const result = probationDue(persons, asOf);
const none = probationDue([], asOf);

describe("the probation list as text", () => {
  it("writes one line per member under each organisation and chi bộ, in Vietnamese", () => {
    expect(probationText(result)).toBe(
      [
        "Đảng viên dự bị đến hạn xét công nhận chính thức (đến 01/06/2026, trong 60 ngày tới hoặc đã quá hạn):",
        "Chi bộ Trường Tiểu học",
        "  Trần Cường — kết nạp 01/07/2025, hết dự bị 01/07/2026 (còn 30 ngày)",
        "Đảng bộ xã Ka Đô › Chi bộ thôn 1",
        "  Nguyễn Văn An — kết nạp 20/05/2025, hết dự bị 20/05/2026 (đã hết hạn 12 ngày)",
        "  Lê Thị Bình — kết nạp 11/06/2025, hết dự bị 11/06/2026 (còn 10 ngày)",
        "",
      ].join("\n"),
    );
  });

  it("writes the same list in English", () => {
    expect(probationText(result, "en")).toBe(
      [
        "Probationary members due for recognition (as of 01/06/2026, within 60 days or overdue):",
        "Chi bộ Trường Tiểu học",
        "  Trần Cường — admitted 01/07/2025, probation ends 01/07/2026 (30 days left)",
        "Đảng bộ xã Ka Đô › Chi bộ thôn 1",
        "  Nguyễn Văn An — admitted 20/05/2025, probation ends 20/05/2026 (ended 12 days ago)",
        "  Lê Thị Bình — admitted 11/06/2025, probation ends 11/06/2026 (10 days left)",
        "",
      ].join("\n"),
    );
  });

  it("says there is nobody, in either language", () => {
    expect(probationText(none, "vi")).toBe("Đảng viên dự bị đến hạn xét công nhận chính thức (đến 01/06/2026, trong 60 ngày tới hoặc đã quá hạn):\n  Không có.\n");
    expect(probationText(probationDue([], asOf, 30), "en")).toBe("Probationary members due for recognition (as of 01/06/2026, within 30 days or overdue):\n  None.\n");
  });
});

describe("the probation list as JSON", () => {
  it("gives ISO dates, days left, status and the source cell of each member", () => {
    expect(probationJson(result)).toStrictEqual({
      asOf: "2026-06-01",
      windowDays: 60,
      members: [
        { organization: "Chi bộ Trường Tiểu học", chiBo: "", name: "Trần Cường", admitted: "2025-07-01", ends: "2026-07-01", daysLeft: 30, status: "due", source: "dang-vien.xlsx › Danh sách kết nạp › D9" },
        { organization: "Đảng bộ xã Ka Đô", chiBo: "Chi bộ thôn 1", name: "Nguyễn Văn An", admitted: "2025-05-20", ends: "2026-05-20", daysLeft: -12, status: "overdue", source: "dang-vien.xlsx › Danh sách kết nạp › D7" },
        { organization: "Đảng bộ xã Ka Đô", chiBo: "Chi bộ thôn 1", name: "Lê Thị Bình", admitted: "2025-06-11", ends: "2026-06-11", daysLeft: 10, status: "due", source: "dang-vien.xlsx › Danh sách kết nạp › D8" },
      ],
    });
  });
});

const only = (value: string, style: object) => [{ value, style }, null, null, null, null, null];
const blank = [null, null, null, null, null, null];
/** A member's row: STT, name, admission and probation's end as date serials, days left, status. */
const member = (stt: number, name: string, admitted: number, ends: number, daysLeft: number, status: string) => [
  { value: stt, style: STYLE.number },
  { value: name, style: STYLE.text },
  { value: admitted, style: STYLE.date },
  { value: ends, style: STYLE.date },
  { value: daysLeft, style: STYLE.number },
  { value: status, style: STYLE.text },
];
/** The merged line across the sheet's six columns on row `top`. */
const across = (top: number) => ({ top, left: 0, bottom: top, right: 5 });
const HEADER = ["STT", "Họ và tên", "Ngày kết nạp", "Hết dự bị ngày", "Còn (ngày)", "Tình trạng"].map((value) => ({ value, style: STYLE.header }));
const SUB = "Tính đến ngày 01/06/2026: hết 12 tháng dự bị trong 60 ngày tới hoặc đã hết mà chưa ghi ngày công nhận";
const TITLE = "DANH SÁCH ĐẢNG VIÊN DỰ BỊ ĐẾN HẠN XÉT CÔNG NHẬN CHÍNH THỨC";
/** The lines above the list: the issuer's lines in bold, the title, what the list holds, place and date, then the header. */
const headingRows = (issuer: readonly string[], placeAndDate: string) => [
  ...issuer.map((line) => only(line, STYLE.issuerBold)),
  blank,
  only(TITLE, STYLE.title),
  only(SUB, STYLE.italic),
  only(placeAndDate, STYLE.italic),
  blank,
  HEADER,
];

describe("the sheet 'Dự bị đến hạn'", () => {
  it("prints each chi bộ as a bold merged line over its members, with real dates, on A4 portrait", () => {
    const heading = { issuer: ["TỈNH ỦY LÂM ĐỒNG", " ", "BAN TỔ CHỨC"], place: "Đà Lạt", dateText: "ngày 01 tháng 6 năm 2026" };
    expect(probationSheetSpec(result, heading)).toStrictEqual({
      name: "Dự bị đến hạn",
      role: "progress",
      rows: [
        ...headingRows(["TỈNH ỦY LÂM ĐỒNG", "BAN TỔ CHỨC"], "Đà Lạt, ngày 01 tháng 6 năm 2026"),
        only("Chi bộ Trường Tiểu học", STYLE.labelBold),
        member(1, "Trần Cường", 45839, 46204, 30, "Sắp đến hạn"),
        only("Đảng bộ xã Ka Đô — Chi bộ thôn 1", STYLE.labelBold),
        member(2, "Nguyễn Văn An", 45797, 46162, -12, "Đã quá hạn"),
        member(3, "Lê Thị Bình", 45819, 46184, 10, "Sắp đến hạn"),
      ],
      columns: [{ width: 6 }, { width: 28 }, { width: 13 }, { width: 14 }, { width: 10 }, { width: 14 }],
      merges: [3, 4, 5, 8, 10].map(across),
      freeze: { rows: 8, columns: 0 },
      print: { orientation: "portrait", paper: "A4", fitToWidth: true, repeatRows: { first: 7, last: 7 }, centerHorizontally: true },
    });
  });

  it("says nobody is due when the list is empty", () => {
    const spec = probationSheetSpec(none, { issuer: ["BAN TỔ CHỨC"], place: "", dateText: "   " });
    expect(spec.rows).toStrictEqual([
      ...headingRows(["BAN TỔ CHỨC"], "…………, ngày      tháng      năm"),
      only("Không có đảng viên dự bị đến hạn.", STYLE.text),
    ]);
    expect(spec.merges).toStrictEqual([2, 3, 4].map(across));
  });
});

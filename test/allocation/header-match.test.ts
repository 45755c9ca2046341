import {
  findHeaderRow,
  headerKey,
  mapHeaderRow,
  matchHeader,
  ORGANIZATION_HEADERS,
  QUOTA_HEADERS,
  STT_HEADERS,
} from "../../src/core/allocation/header-match";
import { gridFromValues } from "../../src/core/grid";

describe("header recognition by meaning", () => {
  it("folds case, diacritics, đ and punctuation into one key", () => {
    expect(headerKey("  Số TT: ")).toBe("so tt");
    expect(headerKey("TCCSĐ")).toBe("tccsd");
    expect(headerKey("CHỈ TIÊU\n(năm 2025)")).toBe("chi tieu nam 2025");
  });

  it.each(["STT", "TT", "Số TT", "so tt", "S.T.T"])("recognises %p as STT", (t) => {
    expect(matchHeader(t, STT_HEADERS)).toBe(true);
  });

  it.each(["TCCSĐ", "tccsd", "Tổ chức cơ sở đảng", "Tên TCCSĐ", "Đơn vị", "ĐƠN VỊ", "TỔ CHỨC CƠ SỞ ĐẢNG"])(
    "recognises %p as the organisation column",
    (t) => expect(matchHeader(t, ORGANIZATION_HEADERS)).toBe(true),
  );

  it.each(["CHỈ TIÊU", "Chỉ tiêu năm 2025", "Chỉ tiêu năm 2031", "Chỉ tiêu kết nạp", "chi tieu", "Chỉ tiêu kết nạp đảng viên năm 2026"])(
    "recognises %p as the quota column",
    (t) => expect(matchHeader(t, QUOTA_HEADERS)).toBe(true),
  );

  it.each(["PHÂN BỔ CHỈ TIÊU PHÁT TRIỂN ĐẢNG NĂM 2025", "Chỉ tiêu phát triển Đảng viên là học sinh tại các Chi bộ Trường", "Ghi chú", ""])(
    "does not take %p for the quota column",
    (t) => expect(matchHeader(t, QUOTA_HEADERS)).toBe(false),
  );

  it("maps a header row that starts in column C with an extra column", () => {
    const grid = gridFromValues("S", [[null, null, "TT", "Tên đơn vị", "Ghi chú", "Chỉ tiêu kết nạp"]]);
    expect(
      mapHeaderRow(grid, 0, [
        { key: "stt", synonyms: STT_HEADERS },
        { key: "name", synonyms: ORGANIZATION_HEADERS },
        { key: "quota", synonyms: QUOTA_HEADERS },
        { key: "note", synonyms: ["Ghi chú"] },
      ]),
    ).toEqual({ stt: 2, name: 3, note: 4, quota: 5 });
  });

  it("finds the first row carrying every required column, below titles", () => {
    const grid = gridFromValues(
      "S",
      [["PHÂN BỔ CHỈ TIÊU"], ["Đơn vị tính: đảng viên"], [], ["STT", "Đơn vị", "Chỉ tiêu"]],
      { origin: { row: 2, col: 1 } },
    );
    const found = findHeaderRow(grid, [
      { key: "name", synonyms: ORGANIZATION_HEADERS, required: true },
      { key: "quota", synonyms: QUOTA_HEADERS, required: true },
    ]);
    expect(found).toEqual({ row: 5, columns: { name: 2, quota: 3 } });
  });

  it("returns null when a required column is absent", () => {
    const grid = gridFromValues("S", [["STT", "Đơn vị", "Số đảng viên", "Ghi chú", "Trong đó"]]);
    expect(findHeaderRow(grid, [{ key: "quota", synonyms: QUOTA_HEADERS, required: true }])).toBeNull();
  });
});

import * as ptdv from "../../src/core";

describe("the engine's public face", () => {
  it("checks an allocation table, consolidates a report log and describes the progress sheets, all from grids", () => {
    const allocation = ptdv.checkAllocation(
      [
        ptdv.gridFromValues("Phân bổ", [
          ["PHÂN BỔ CHỈ TIÊU KẾT NẠP ĐẢNG VIÊN NĂM 2026"],
          ["STT", "TCCSĐ", "CHỈ TIÊU"],
          ["01", "Chi bộ thôn K’Rèn", "03"],
          ["02", "Chi bộ Trường THPT Tân Hòa", "03 (01 HS)"],
        ]),
      ],
      { target: 5 },
    );
    expect(allocation.totals).toMatchObject({ quota: 6, studentQuota: 1, organizations: 2, meetsTarget: true });

    const log = ptdv.gridFromValues("Nhật ký báo cáo", [
      ["TCCSĐ", "Tháng", "Kết nạp", "Học sinh"],
      ["Chi bộ thôn K'Rèn", "3/2026", 2, 0],
      ["CB Trường THPT Tân Hoà", "3/2026", 1, 1],
    ]);
    const result = ptdv.consolidate([{ file: "log.xlsx", grids: [log] }], { allocation, year: 2026, month: 3, target: 5 });
    expect(result.totals).toMatchObject({ admittedToDate: 3, studentsToDate: 1 });
    expect(result.missing).toEqual([]);

    const book = ptdv.progressWorkbookSpec(result, { ...ptdv.DEFAULT_REPORT_SETTINGS, lang: "vi" });
    expect(book.sheets.map((s) => s.role)).toEqual(["progress", "monthly", "findings"]);
    expect(ptdv.consolidationJson(result, "en").period).toBe("2026-03");
  });
});

import { gridFromValues, type CellValue } from "../../src/core/grid";
import { planOrganization } from "../../src/core/branches/plan-organization";

const HEADER: CellValue[] = ["STT", "Chi bộ", "Số đảng viên", "CHỈ TIÊU"];

describe("whose plan an allocation per chi bộ is", () => {
  it("takes the đảng bộ its title names after a dash", () => {
    const grid = gridFromValues("Phân bổ", [["PHÂN BỔ CHỈ TIÊU KẾT NẠP ĐẢNG VIÊN NĂM 2025 - ĐẢNG BỘ XÃ KA ĐÔ"], [], HEADER]);
    expect(planOrganization(grid, 2)).toBe("ĐẢNG BỘ XÃ KA ĐÔ");
  });

  it("takes a name that fills the cell, or follows a colon, an en dash or a space", () => {
    expect(planOrganization(gridFromValues("S", [["Đảng bộ xã Lạc Lâm"], HEADER]), 1)).toBe("Đảng bộ xã Lạc Lâm");
    expect(planOrganization(gridFromValues("S", [["Đơn vị:Chi bộ Trường THCS Ka Đô"], HEADER]), 1)).toBe("Chi bộ Trường THCS Ka Đô");
    expect(planOrganization(gridFromValues("S", [["Năm 2025–Đảng bộ phường 3"], HEADER]), 1)).toBe("Đảng bộ phường 3");
    expect(planOrganization(gridFromValues("S", [["Kế hoạch của đảng bộ xã Tu Tra"], HEADER]), 1)).toBe("đảng bộ xã Tu Tra");
  });

  it("cleans the name it takes: spaces collapsed and trimmed", () => {
    expect(planOrganization(gridFromValues("S", [["  ĐẢNG BỘ   XÃ  KA ĐÔ  "], HEADER]), 1)).toBe("ĐẢNG BỘ XÃ KA ĐÔ");
  });

  it("finds no owner in words that only end in “đảng bộ” or name none after it", () => {
    expect(planOrganization(gridFromValues("S", [["TỔNG HỢPĐẢNG BỘ XÃ"], HEADER]), 1)).toBeNull();
    expect(planOrganization(gridFromValues("S", [["Đảng bộ"], HEADER]), 1)).toBeNull();
    expect(planOrganization(gridFromValues("S", [["Đảng bộ   "], HEADER]), 1)).toBeNull();
    expect(planOrganization(gridFromValues("S", [["PHÂN BỔ CHỈ TIÊU NĂM 2025"], HEADER]), 1)).toBeNull();
    expect(planOrganization(gridFromValues("S", [[]]), 0)).toBeNull();
  });

  it("reads only the rows above the header, in every column up to the widest row's last", () => {
    const inHeader = gridFromValues("S", [["PHÂN BỔ"], ["STT", "Đảng bộ xã Ka Đô"]]);
    expect(planOrganization(inHeader, 1)).toBeNull();
    expect(planOrganization(inHeader, 2)).toBe("Đảng bộ xã Ka Đô");
    const lastColumn = gridFromValues("S", [["", "", "", "Đảng bộ xã Đạ Đờn"], HEADER]);
    expect(planOrganization(lastColumn, 1)).toBe("Đảng bộ xã Đạ Đờn");
  });

  it("takes the first name in reading order, row by row", () => {
    const grid = gridFromValues("S", [["", "Đảng bộ xã A"], ["Đảng bộ xã B"], HEADER]);
    expect(planOrganization(grid, 2)).toBe("Đảng bộ xã A");
  });

  it("counts rows and columns in sheet coordinates when the table does not start at A1", () => {
    const grid = gridFromValues("S", [["", "Chi bộ thôn 5"], HEADER], { origin: { row: 4, col: 2 } });
    expect(planOrganization(grid, 5)).toBe("Chi bộ thôn 5");
    expect(planOrganization(grid, 4)).toBeNull();
  });
});

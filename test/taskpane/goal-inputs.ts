/** Inputs of issues #12 and #14 as a district keeps them, beside the sample allocation and report log. */
import { gridFromValues, type CellValue, type Grid } from "../../src/core";
import { sampleAllocationGrid, sampleReportLogGrid } from "../../src/browser/sample-data";
import { FakeHost } from "./fake-host";

export const KA_DO = "Đảng bộ xã Ka Đô";
export const THANH_MY = "Đảng bộ thị trấn Thạnh Mỹ";

/** A "Danh sách chi bộ" as a district keeps it: several TCCSĐ in one table. */
export function branchList(): Grid {
  const rows: CellValue[][] = [
    ["DANH SÁCH CHI BỘ TRỰC THUỘC"],
    [],
    ["TCCSĐ", "Tên chi bộ", "Loại", "Số ĐV", "Kết nạp trong năm", "Năm KN gần nhất", "Nguồn"],
    [KA_DO, "Chi bộ thôn Ka Đô Mới", "thôn/ấp/bản", 9, 0, 2019, "Có"],
    [KA_DO, "Chi bộ thôn Ka Đô Cũ", "thôn/ấp/bản", 14, 1, 2024, "Có"],
    [KA_DO, "Chi bộ trường THCS Ka Đô", "trường học", 10, 0, 2021, "Không"],
    [THANH_MY, "Chi bộ tổ dân phố 3", "tổ dân phố/khu phố", 11, 0, null, "Có"],
    [THANH_MY, "Chi bộ Công an thị trấn", "lực lượng vũ trang", 6, 0, 2023, "Không"],
  ];
  return gridFromValues("Danh sách chi bộ", rows);
}

const REGISTER_HEAD = ["STT", "TCCSĐ", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Tôn giáo", "Đoàn viên", "Nghề nghiệp", "Ngày kết nạp", "Chi bộ"];

/** Admissions of 2024 and 2025: probation ends a year after admission. */
export function register(firstName = "Nguyễn Văn An"): Grid {
  return gridFromValues("Danh sách kết nạp", [
    ["DANH SÁCH ĐẢNG VIÊN MỚI KẾT NẠP NĂM 2025"],
    [],
    REGISTER_HEAD,
    [1, KA_DO, firstName, "02/03/1990", "Nam", "Kinh", "", "Có", "Nông dân", "10/04/2024", "Chi bộ thôn Ka Đô Cũ"],
    [2, KA_DO, "Ka Thị Bình", "05/06/1995", "Nữ", "K'Ho", "", "Có", "Nông dân", "20/06/2024", "Chi bộ thôn Ka Đô Cũ"],
    [3, THANH_MY, "Trần Văn Cường", "01/01/1988", "Nam", "Kinh", "", "Không", "Công nhân", "15/02/2025", "Chi bộ tổ dân phố 3"],
  ]);
}

export function host(firstName?: string): FakeHost {
  const h = new FakeHost([sampleAllocationGrid(), sampleReportLogGrid(), branchList(), register(firstName)], "Phân bổ 2025");
  h.settings.set("ptdv.target", "88");
  h.settings.set("ptdv.year", "2025");
  return h;
}


import { classifyKind, type OrgKind } from "../../src/core/names/kind";

const CASES: ReadonlyArray<readonly [string, OrgKind]> = [
  ["Đảng bộ xã Ka Đô", "commune"],
  ["Đảng ủy xã Lạc Xuân", "commune"],
  ["Đảng bộ phường 1", "commune"],
  ["Đảng bộ thị trấn Thạnh Mỹ", "commune"],
  ["ĐB TT D'Ran", "commune"],
  ["Đảng bộ Công an huyện", "police"],
  ["Chi bộ Công an xã Ka Đô", "police"],
  ["Đảng bộ Quân sự huyện", "military"],
  ["Đảng bộ Cơ quan Quân sự huyện", "military"],
  ["Chi bộ Trường THPT Pró", "upperSecondary"],
  ["Chi bộ Trường PTTH Lê Lợi", "upperSecondary"],
  ["Chi bộ Trường Trung học phổ thông Hùng Vương", "upperSecondary"],
  ["Chi bộ Trường PT DTNT THPT tỉnh", "upperSecondary"],
  ["Chi bộ Trường liên cấp THCS&THPT Đống Đa", "upperSecondary"],
  ["Chi bộ Trường THCS Lạc Lâm", "lowerSecondary"],
  ["Chi bộ Trường Tiểu học Lạc Xuân", "lowerSecondary"],
  ["Chi bộ Trường Mầm non Hoa Hồng", "lowerSecondary"],
  ["Chi bộ Trường PT DTNT THCS Đơn Dương", "lowerSecondary"],
  ["Chi bộ Trường TH&THCS Ka Đơn", "lowerSecondary"],
  ["Chi bộ Trường Phổ thông Dân tộc Nội trú THCS Đơn Dương", "lowerSecondary"],
  ["Chi bộ thôn Ka Đô Mới", "village"],
  ["Chi bộ tổ dân phố Nghĩa Lập", "village"],
  ["Chi bộ bản Pả Vi", "village"],
  ["Chi bộ buôn Ma Đanh", "village"],
  ["Chi bộ Cơ quan Ủy ban nhân dân huyện", "agency"],
  ["Đảng bộ Cơ quan Huyện ủy", "agency"],
  ["Chi bộ Ban chỉ huy quân sự huyện", "military"],
  ["Chi bộ Ban Quản lý rừng", "other"],
  ["", "other"],
];

describe("classifyKind", () => {
  it.each(CASES)("%s → %s", (name, kind) => {
    expect(classifyKind(name)).toBe(kind);
  });
});

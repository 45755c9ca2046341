import { classifyKind, ORG_KINDS, studentQuotaRule, type OrgKind } from "../../src/core/names/kind";
import { createMatcher } from "../../src/core/names/matcher";

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

/** The names real tables carry after the 2025 reform, and the pre-reform province table's districts. */
const REAL_PLAN_NAMES: ReadonlyArray<readonly [string, OrgKind]> = [
  ["Đảng bộ TP.Tam Kỳ", "district"],
  ["Đảng bộ thị xã Điện Bàn", "district"],
  ["Đảng bộ huyện Núi Thành", "district"],
  ["Hội An", "locality"],
  ["Núi Thành", "locality"],
  ["Công an", "police"],
  ["Đảng bộ Công an tỉnh", "police"],
  ["Quân sự", "military"],
  ["Biên phòng", "military"],
  ["Đảng bộ Bộ đội Biên phòng tỉnh", "military"],
  ["Đảng ủy phường Hội An Tây", "commune"],
  ["Đảng bộ phường Bàn Thạch", "commune"],
  ["Đặc khu Phú Quý", "commune"],
  ["Đảng bộ Đặc khu Côn Đảo", "commune"],
  ["Chi bộ Tổ dân phố 1", "village"],
  ["Chi bộ Khu phố 3", "village"],
  ["Chi bộ thôn Phú Mỹ", "village"],
  ["Chi bộ ấp Tân Hòa", "village"],
  ["Chi bộ bản Nà Hẩu", "village"],
  ["Chi bộ buôn Đôn", "village"],
  ["Chi bộ plei Ia Mơ", "village"],
  ["Chi bộ sóc Bưng Cốc", "village"],
  ["Chi bộ làng Kon Klor", "village"],
  ["Chi bộ Khối phố 5", "village"],
  ["Chi bộ Trường THPT Trần Cao Vân", "upperSecondary"],
  ["Chi bộ Trường THCS và THPT Nguyễn Khuyến", "upperSecondary"],
  ["Chi bộ Trường TH, THCS và THPT Hoàng Việt", "upperSecondary"],
  ["Chi bộ Trường PT DTNT THPT Nước Oa", "upperSecondary"],
  ["Chi bộ Trường THCS Lê Lợi", "lowerSecondary"],
  ["Chi bộ Trường Tiểu học Kim Đồng", "lowerSecondary"],
  ["Chi bộ Trường Mầm non Sơn Ca", "lowerSecondary"],
  ["Đảng bộ Trường Đại học Quảng Nam", "higherEducation"],
  ["Chi bộ Trường Cao đẳng Y tế", "higherEducation"],
  ["Chi bộ Trung tâm GDNN-GDTX huyện", "continuingEducation"],
  ["Chi bộ Trung tâm Giáo dục thường xuyên tỉnh", "continuingEducation"],
  ["Đảng bộ Bệnh viện Đa khoa tỉnh", "health"],
  ["Chi bộ Trạm Y tế xã", "health"],
  ["Chi bộ Trung tâm Y tế huyện", "health"],
  ["Chi bộ Cơ quan Đảng", "agency"],
  ["Chi bộ Cơ quan chính quyền", "agency"],
  ["Chi bộ Cơ quan UBND xã", "agency"],
  ["Chi bộ Ủy ban MTTQ và các đoàn thể", "agency"],
  ["Chi bộ Mặt trận Tổ quốc - Đoàn thể", "agency"],
  ["Đảng bộ Khối các cơ quan tỉnh", "bloc"],
  ["Đảng bộ Khối Doanh nghiệp tỉnh", "bloc"],
  ["Đảng bộ Công ty Điện lực Quảng Nam", "enterprise"],
  ["Chi bộ Ngân hàng Nông nghiệp và PTNT chi nhánh", "enterprise"],
  ["Chi bộ Ban Quản lý rừng", "other"],
];

describe("classifyKind on the names of real 2024–2026 plans", () => {
  it.each(REAL_PLAN_NAMES)("%s → %s", (name, kind) => {
    expect(classifyKind(name)).toBe(kind);
  });

  it("lists every kind in ORG_KINDS, the old ones first and unchanged", () => {
    expect(ORG_KINDS.slice(0, 6)).toEqual(["commune", "police", "military", "upperSecondary", "lowerSecondary", "village"]);
    expect(new Set(REAL_PLAN_NAMES.map(([, k]) => k))).toEqual(new Set(ORG_KINDS));
  });
});

describe("studentQuotaRule", () => {
  it("requires HS where grade 12 is taught, allows it at GDTX centres and territorial units, and never judges an unknown kind", () => {
    expect(studentQuotaRule("upperSecondary")).toBe("required");
    for (const k of ["continuingEducation", "district", "locality", "other"] as const) expect(studentQuotaRule(k)).toBe("allowed");
    for (const k of ["commune", "police", "military", "lowerSecondary", "village", "higherEducation", "health", "agency", "bloc", "enterprise"] as const) {
      expect(studentQuotaRule(k)).toBe("forbidden");
    }
  });
});

describe("a bare place name in the allocation still matches its report", () => {
  it("matches 'Đảng bộ xã Ka Đô' and 'Đảng bộ phường Hội An' to the table's 'Ka Đô' and 'Hội An' without a kind conflict", () => {
    const orgs = ["Hội An", "Ka Đô"].map((name) => ({ name, kind: classifyKind(name) }));
    expect(orgs.map((o) => o.kind)).toEqual(["locality", "locality"]);
    const m = createMatcher(orgs);
    expect(m.match("Đảng bộ xã Ka Đô")).toMatchObject({ status: "matched", index: 1 });
    expect(m.match("Đảng bộ phường Hội An")).toMatchObject({ status: "matched", index: 0 });
  });
});

import { branchKindLabel, inferBranchKind, parseBranchKind, wantsBranchSheet, BRANCH_KINDS } from "../../src/core";

describe("Loại chi bộ typed loosely", () => {
  it.each([
    ["thôn/ấp/bản", "village"],
    ["Thôn", "village"],
    ["ẤP", "village"],
    ["ban", "village"],
    ["TDP", "residential"],
    ["khu phố", "residential"],
    ["Tổ dân phố/khu phố", "residential"],
    ["truong hoc", "school"],
    ["Trường học", "school"],
    ["cơ quan - đơn vị", "agency"],
    ["Doanh nghiệp", "enterprise"],
    ["LLVT", "armed"],
    ["lực lượng vũ trang", "armed"],
    ["Khác", "other"],
  ])("reads %j as %s", (text, kind) => {
    expect(parseBranchKind(text)).toBe(kind);
  });

  it("reads every list value of the template back as its own kind", () => {
    for (const k of BRANCH_KINDS) expect(parseBranchKind(branchKindLabel(k))).toBe(k);
  });

  it("leaves blank and unknown text to the name", () => {
    expect(parseBranchKind("")).toBeNull();
    expect(parseBranchKind("  ")).toBeNull();
    expect(parseBranchKind("xyz")).toBeNull();
  });
});

describe("the kind of a chi bộ from its name", () => {
  it.each([
    ["Chi bộ thôn 3", "village"],
    ["Chi bộ Thôn Ka Đô Mới 1", "village"],
    ["Chi bộ ấp Tân Lập", "village"],
    ["Chi bộ Bản Lầu", "village"],
    ["Chi bộ tổ dân phố 5", "residential"],
    ["Chi bộ TDP Nghĩa Lập 2", "residential"],
    ["Chi bộ khu phố 4", "residential"],
    ["Chi bộ Trường TH Kim Đồng", "school"],
    ["Chi bộ Trường Mầm non Hoa Hồng", "school"],
    ["Chi bộ THCS Lạc Lâm", "school"],
    ["Chi bộ Quân sự xã", "armed"],
    ["Chi bộ Công an xã Ka Đô", "armed"],
    ["Chi bộ Cơ quan UBND xã", "agency"],
    ["Chi bộ Ban Quản lý rừng phòng hộ", "agency"],
    ["Chi bộ Trạm Y tế", "agency"],
    ["Chi bộ Công ty TNHH Hoa Đà Lạt", "enterprise"],
    ["Chi bộ Hợp tác xã Nông nghiệp", "enterprise"],
    ["Chi bộ Hưu trí", "other"],
  ])("%s is %s", (name, kind) => {
    expect(inferBranchKind(name)).toBe(kind);
  });
});

describe("which templates get the Chi bộ sheet", () => {
  it("gives it to communes, wards, special zones and other đảng bộ cơ sở", () => {
    expect(wantsBranchSheet("Đảng bộ xã Ka Đô")).toBe(true);
    expect(wantsBranchSheet("Đảng bộ phường Lâm Viên")).toBe(true);
    expect(wantsBranchSheet("Đảng bộ thị trấn Thạnh Mỹ")).toBe(true);
    expect(wantsBranchSheet("Đảng bộ đặc khu Phú Quốc")).toBe(true);
    expect(wantsBranchSheet("Đảng bộ Công an huyện")).toBe(true);
    expect(wantsBranchSheet("ĐẢNG BỘ BỆNH VIỆN ĐA KHOA")).toBe(true);
  });

  it("does not give it to a chi bộ cơ sở, which has no chi bộ under it", () => {
    expect(wantsBranchSheet("Chi bộ Trường THPT Đơn Dương")).toBe(false);
    expect(wantsBranchSheet("Chi bộ Ngân hàng Chính sách xã hội")).toBe(false);
  });

  it("lets the user force it either way", () => {
    expect(wantsBranchSheet("Chi bộ Trường THPT Đơn Dương", "always")).toBe(true);
    expect(wantsBranchSheet("Đảng bộ xã Ka Đô", "never")).toBe(false);
  });
});

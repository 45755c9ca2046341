import { branchKindLabel, inferBranchKind, parseBranchKind, resolveBranchKind } from "../../src/core/branches/kind";
import { BRANCH_KINDS } from "../../src/core/branches/types";

describe("kinds of chi bộ in words", () => {
  it("labels each kind in Vietnamese by default and in English", () => {
    expect(BRANCH_KINDS.map((k) => branchKindLabel(k))).toEqual(["thôn/ấp/bản", "tổ dân phố/khu phố", "trường học", "cơ quan - đơn vị", "doanh nghiệp", "lực lượng vũ trang", "khác"]);
    expect(BRANCH_KINDS.map((k) => branchKindLabel(k, "en"))).toEqual(["village/hamlet", "residential group", "school", "agency/unit", "enterprise", "armed forces", "other"]);
  });
});

describe("a Loại cell", () => {
  it.each([
    ["Chi bộ thôn", "village"],
    ["Buôn", "village"],
    ["Bon", "village"],
    ["Làng", "village"],
    ["Xóm", "village"],
    ["Sóc", "village"],
    ["Plei", "village"],
    ["Nông thôn", "village"],
    ["thôn, ấp", "village"],
    ["KP", "residential"],
    ["Khóm", "residential"],
    ["Khu dân cư", "residential"],
    ["Tổ", "residential"],
    ["Giáo dục", "school"],
    ["THPT", "school"],
    ["Mầm non", "school"],
    ["Tiểu học", "school"],
    ["Hành chính", "agency"],
    ["Sự nghiệp", "agency"],
    ["HCSN", "agency"],
    ["Đơn vị", "agency"],
    ["DN", "enterprise"],
    ["Công ty", "enterprise"],
    ["HTX", "enterprise"],
    ["Hợp tác xã", "enterprise"],
    ["Quân sự", "armed"],
    ["Công an", "armed"],
    ["Quân đội", "armed"],
    ["Biên phòng", "armed"],
    ["other", "other"],
    ["Khác (hưu trí)", "other"],
  ])("reads %j as %s", (text, kind) => {
    expect(parseBranchKind(text)).toBe(kind);
  });

  it.each(["Thônx", "xã", "Trườngg THCS", "Cơ", "Hưu trí", "-", "1"])("does not read %j as a kind", (text) => {
    expect(parseBranchKind(text)).toBeNull();
  });
});

describe("the kind a name suggests", () => {
  it.each([
    ["Chi bộ Buôn Đắk", "village"],
    ["Chi bộ Xóm Chùa", "village"],
    ["Chi bộ Plei Ơi", "village"],
    ["Chi bộ Khóm 3", "residential"],
    ["Chi bộ Khu dân cư số 2", "residential"],
    ["Chi bộ Mẫu giáo Sơn Ca", "school"],
    ["Chi bộ Nhà trẻ Hoa Mai", "school"],
    ["Chi bộ Đồn Biên phòng Ka Đô", "armed"],
    ["Chi bộ Ban Chỉ huy Quân sự xã", "armed"],
    ["Chi bộ Dân quân", "armed"],
    ["Chi bộ Nhà máy thủy điện", "enterprise"],
    ["Chi bộ Công ty Cổ phần Chè", "enterprise"],
    ["Chi bộ Nông trường Sông Hậu", "enterprise"],
    ["Chi bộ Lâm trường Kon Plông", "enterprise"],
    ["Chi bộ Kho bạc", "agency"],
    ["Chi bộ Ngân hàng Chính sách", "agency"],
    ["Chi bộ Mặt trận và các đoàn thể", "agency"],
    ["Chi bộ Bưu điện", "agency"],
    ["Chi bộ", "other"],
    ["", "other"],
    ["Chi bộ Thôntrên", "other"],
  ])("%j is %s", (name, kind) => {
    expect(inferBranchKind(name)).toBe(kind);
  });

  it("prefers the most telling keyword: an armed unit or a school named after a village is not the village", () => {
    expect(inferBranchKind("Chi bộ Công an thôn 3")).toBe("armed");
    expect(inferBranchKind("Chi bộ Trường TH thôn 3")).toBe("school");
    expect(inferBranchKind("Chi bộ Công ty thôn 3")).toBe("enterprise");
    expect(inferBranchKind("Chi bộ Trạm Y tế thôn 3")).toBe("agency");
    expect(inferBranchKind("Chi bộ Tổ dân phố thôn cũ")).toBe("residential");
  });
});

describe("Loại as written, else from the name", () => {
  it("says whether the kind was inferred", () => {
    expect(resolveBranchKind("Trường học", "Chi bộ thôn 3")).toEqual({ kind: "school", inferred: false });
    expect(resolveBranchKind("", "Chi bộ thôn 3")).toEqual({ kind: "village", inferred: true });
    expect(resolveBranchKind("???", "Chi bộ Hưu trí")).toEqual({ kind: "other", inferred: true });
  });
});

import { classifyKind } from "../../src/core/names/kind";

describe("urban districts (quận)", () => {
  it("classifies an urban district named by its place as a district, whatever the Party level", () => {
    expect(classifyKind("Đảng bộ quận Hải Châu")).toBe("district");
    expect(classifyKind("Quận Hải Châu")).toBe("district");
    expect(classifyKind("Đảng ủy quận Cẩm Lệ")).toBe("district");
    expect(classifyKind("Chi bộ Quận 3")).toBe("district");
  });

  it("does not take 'Quản lý' (same letters, another tone) for a quận", () => {
    expect(classifyKind("Chi bộ Ban Quản lý dự án")).toBe("other");
    expect(classifyKind("Chi bộ Quản lý thị trường")).not.toBe("district");
  });
});

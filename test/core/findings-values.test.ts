import {
  SEVERITY_ORDER,
  findingMaker,
  formatSource,
  hasErrors,
  makeFinding,
  sortBySeverity,
  type Finding,
  type FindingCatalogue,
  type NoArgs,
} from "../../src/core/findings";

type Code = "QUOTA_LOW" | "SHEET_EMPTY" | "NOTE";
type Args = { readonly QUOTA_LOW: { readonly name: string; readonly quota: number }; readonly SHEET_EMPTY: NoArgs; readonly NOTE: NoArgs };

const CATALOGUE: FindingCatalogue<Code, Args> = {
  QUOTA_LOW: {
    severity: "warning",
    vi: (a) => `${a.name}: chỉ tiêu ${a.quota} thấp`,
    en: (a) => `${a.name}: quota ${a.quota} is low`,
  },
  SHEET_EMPTY: { severity: "error", vi: () => "Trang tính trống", en: () => "The sheet is empty" },
  NOTE: { severity: "info", vi: () => "Ghi chú", en: () => "Note" },
};

describe("making a finding", () => {
  it("carries its code, the catalogue's severity, its arguments, both messages and its whole location", () => {
    const f = makeFinding(CATALOGUE, "QUOTA_LOW", { file: "phan-bo.xlsx", sheet: "Phân bổ", cell: "C8" }, { name: "Đảng bộ xã Ka Đô", quota: 1 });
    expect(f).toStrictEqual({
      code: "QUOTA_LOW",
      severity: "warning",
      args: { name: "Đảng bộ xã Ka Đô", quota: 1 },
      message: { vi: "Đảng bộ xã Ka Đô: chỉ tiêu 1 thấp", en: "Đảng bộ xã Ka Đô: quota 1 is low" },
      file: "phan-bo.xlsx",
      sheet: "Phân bổ",
      cell: "C8",
    });
  });

  it("leaves out the parts of the location that are unknown instead of writing them as undefined", () => {
    const f = makeFinding(CATALOGUE, "SHEET_EMPTY", { sheet: "Tháng 5" });
    expect(f).toStrictEqual({
      code: "SHEET_EMPTY",
      severity: "error",
      args: {},
      message: { vi: "Trang tính trống", en: "The sheet is empty" },
      sheet: "Tháng 5",
    });
    expect(Object.keys(makeFinding(CATALOGUE, "NOTE", {}))).toEqual(["code", "severity", "args", "message"]);
    expect(Object.keys(makeFinding(CATALOGUE, "NOTE", { file: "a.xlsx" }))).toEqual(["code", "severity", "args", "message", "file"]);
    expect(Object.keys(makeFinding(CATALOGUE, "NOTE", { cell: "A1" }))).toEqual(["code", "severity", "args", "message", "cell"]);
  });

  it("makes the same finding through a maker bound to the catalogue", () => {
    const make = findingMaker(CATALOGUE);
    const args = { name: "Chi bộ Trường THCS", quota: 2 };
    expect(make("QUOTA_LOW", { sheet: "S", cell: "B3" }, args)).toStrictEqual(makeFinding(CATALOGUE, "QUOTA_LOW", { sheet: "S", cell: "B3" }, args));
    expect(make("NOTE", {}, {})).toStrictEqual({ code: "NOTE", severity: "info", args: {}, message: { vi: "Ghi chú", en: "Note" } });
  });
});

describe("where a finding comes from, in words", () => {
  it("joins file, sheet and cell with › and skips the parts that are unknown or empty", () => {
    expect(formatSource({ file: "a.xlsx", sheet: "Phân bổ", cell: "C8" })).toBe("a.xlsx › Phân bổ › C8");
    expect(formatSource({ sheet: "Phân bổ", cell: "C8" })).toBe("Phân bổ › C8");
    expect(formatSource({ file: "a.xlsx", cell: "C8" })).toBe("a.xlsx › C8");
    expect(formatSource({ file: "", sheet: "Phân bổ" })).toBe("Phân bổ");
    expect(formatSource({ file: "a.xlsx" })).toBe("a.xlsx");
    expect(formatSource({})).toBe("");
  });
});

describe("errors among findings and their display order", () => {
  const note = makeFinding(CATALOGUE, "NOTE", { cell: "A1" });
  const warnA = makeFinding(CATALOGUE, "QUOTA_LOW", { cell: "C3" }, { name: "A", quota: 1 });
  const errA = makeFinding(CATALOGUE, "SHEET_EMPTY", { sheet: "S1" });
  const warnB = makeFinding(CATALOGUE, "QUOTA_LOW", { cell: "C9" }, { name: "B", quota: 0 });
  const errB = makeFinding(CATALOGUE, "SHEET_EMPTY", { sheet: "S2" });

  it("orders severities error, warning, info", () => {
    expect(SEVERITY_ORDER).toEqual(["error", "warning", "info"]);
  });

  it("says whether any finding is an error", () => {
    expect(hasErrors([])).toBe(false);
    expect(hasErrors([note, warnA])).toBe(false);
    expect(hasErrors([note, warnA, errA])).toBe(true);
  });

  it("puts errors first, then warnings, then notes, keeping the given order within each", () => {
    const given: Finding[] = [note, warnA, errA, warnB, errB];
    expect(sortBySeverity(given)).toEqual([errA, errB, warnA, warnB, note]);
    expect(sortBySeverity([errB, note, errA])).toEqual([errB, errA, note]);
    expect(given).toEqual([note, warnA, errA, warnB, errB]);
  });

  it("keeps the order of findings that share a severity", () => {
    const many = [warnB, warnA, warnB, warnA];
    expect(sortBySeverity(many).map((f) => f.args["name"])).toEqual(["B", "A", "B", "A"]);
  });
});

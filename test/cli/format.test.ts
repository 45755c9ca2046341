import { makeFinding, type FindingCatalogue } from "../../src/core/findings";
import { formatFindings } from "../../src/cli/format";

const CATALOGUE: FindingCatalogue<"X_INFO" | "X_ERROR"> = {
  X_INFO: { severity: "info", vi: () => "ghi chú", en: () => "note" },
  X_ERROR: { severity: "error", vi: () => "sai", en: () => "wrong" },
};

describe("terminal findings", () => {
  it("head each severity with the words the pane and the findings sheet use", () => {
    const findings = [makeFinding(CATALOGUE, "X_INFO", { sheet: "S", cell: "A1" }), makeFinding(CATALOGUE, "X_ERROR", {})];
    const vi = formatFindings(findings, "vi");
    expect(vi.indexOf("Lỗi (1):")).toBeLessThan(vi.indexOf("Thông tin (1):"));
    expect(vi).toContain("S!A1  ghi chú  [X_INFO]");
    expect(formatFindings(findings, "en")).toContain("Notes (1):");
  });

  it("never passes terminal control characters from cell text through", () => {
    const evil: FindingCatalogue<"X_INFO"> = { X_INFO: { severity: "info", vi: () => "a\u001b[2Jb", en: () => "a\u001b[2Jb" } };
    expect(formatFindings([makeFinding(evil, "X_INFO", {})], "vi")).not.toContain("\u001b");
  });
});

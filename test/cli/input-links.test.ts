/** Issue #17 item 11: links inside an input folder are named, not silently skipped; named explicitly, they are read. */
import * as fs from "fs";
import * as path from "path";
import type { ConsolidationJson } from "../../src/core/reports/json";
import { ALLOCATION_2025, REPORT_FIXTURES, ptdv, tempDir } from "./helpers";

function folderWithLinkedReport(): string {
  const dir = tempDir("links");
  fs.mkdirSync(path.join(dir, "elsewhere"));
  fs.mkdirSync(path.join(dir, "in"));
  fs.copyFileSync(path.join(REPORT_FIXTURES, "log-2025.xlsx"), path.join(dir, "elsewhere", "log.xlsx"));
  fs.symlinkSync(path.join(dir, "elsewhere", "log.xlsx"), path.join(dir, "in", "bao-cao.xlsx"));
  fs.symlinkSync(path.join(dir, "elsewhere"), path.join(dir, "in", "thu-muc"));
  fs.writeFileSync(path.join(dir, "in", "own.csv"), "TCCSĐ,Tháng,Kết nạp\nĐảng bộ Công an huyện,5/2025,1\n");
  return dir;
}

const consolidate = (...inputs: string[]): string[] => ["consolidate", "--allocation", ALLOCATION_2025, "--month", "2025-05", "--json", ...inputs];

describe("symbolic links in input folders", () => {
  it("each skipped link is a SUBMISSION_SKIPPED_LINK warning naming its path and how to include it", async () => {
    const dir = folderWithLinkedReport();
    const r = await ptdv(dir, consolidate("in"));
    const json = JSON.parse(r.out) as ConsolidationJson;
    const skipped = json.findings.filter((f) => f.code === "SUBMISSION_SKIPPED_LINK");
    expect(skipped.map((f) => f.severity)).toEqual(["warning", "warning"]);
    expect(skipped[0]?.message).toContain(path.join("in", "bao-cao.xlsx"));
    expect(skipped[0]?.message).toContain("hãy ghi trực tiếp đường dẫn này trên dòng lệnh");
    expect(skipped[1]?.message).toContain(path.join("in", "thu-muc"));
    expect(json.totals.admittedToDate).toBe(1);
  });

  it("the text output lists the finding too, in English with --lang en", async () => {
    const dir = folderWithLinkedReport();
    const r = await ptdv(dir, ["consolidate", "--allocation", ALLOCATION_2025, "--month", "2025-05", "--lang", "en", "in"]);
    expect(r.out).toMatch(/SUBMISSION_SKIPPED_LINK.*in\/bao-cao\.xlsx is a symbolic link inside an input folder.*name it on the command line/);
  });

  it("a link named on the command line is read like the file it points to", async () => {
    const dir = folderWithLinkedReport();
    const direct = JSON.parse((await ptdv(dir, consolidate("elsewhere/log.xlsx"))).out) as ConsolidationJson;
    const viaLink = JSON.parse((await ptdv(dir, consolidate("in/bao-cao.xlsx"))).out) as ConsolidationJson;
    expect(direct.totals.admittedToDate).toBeGreaterThan(1);
    expect(viaLink.totals).toEqual(direct.totals);
    expect(viaLink.findings.filter((f) => f.code === "SUBMISSION_SKIPPED_LINK")).toEqual([]);
  });
});

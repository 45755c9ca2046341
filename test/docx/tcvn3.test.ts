/** A Word plan typed in TCVN3 (.VnTime), as old offices typed them: decoded before it is checked. */
import * as path from "path";
import { ptdv, REPO } from "../cli/helpers";

describe.each(["python-docx", "libreoffice"])("the seed plan typed in TCVN3, written by %s", (program) => {
  it("gives the same totals, names and target as the Unicode plan", async () => {
    const r = await ptdv(REPO, ["check", path.join(__dirname, "fixtures", `seed-plan-tcvn3.${program}.docx`), "--json"]);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ sheet: "Bảng 1", target: 88, targetSource: "sheet", year: 2025, totals: { quota: 91, studentQuota: 4, organizations: 15, meetsTarget: true } });
    expect(json.organizations.map((o: { name: string }) => o.name)).toContain("Chi bộ Trường THPT Hùng Vương");
    expect(json.findings.map((f: { code: string }) => f.code)).toEqual(["LEGACY_ENCODING"]);
  });
});

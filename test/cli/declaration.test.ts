/** Issue #10 item 10: one declaration per command; parsing and help in both languages come from it. */
import { runProgram } from "../../src/cli/commander-program";
import { LANG_OPTION, commandLine, defineCommand, flag, flagName, required, text, wholeNumber, type ArgsOf, type AnyCommand } from "../../src/cli/declare";
import { usageLine } from "../../src/cli/help";
import type { CliIo } from "../../src/cli/io";
import { COMMANDS } from "../../src/cli/program";
import { REPO, ptdv } from "./helpers";

describe("help generated from the declarations", () => {
  test.each(COMMANDS.map((c) => [c.name, c] as const))("ptdv %s --help lists every declared option, in each language", async (name, command) => {
    for (const lang of ["vi", "en"] as const) {
      const r = await ptdv(REPO, [name, "--help", "--lang", lang]);
      expect([r.code, r.err]).toEqual([0, ""]);
      expect(r.out.startsWith(lang === "vi" ? `Cách dùng: ptdv ${name}` : `Usage: ptdv ${name}`)).toBe(true);
      for (const [key, option] of Object.entries(command.options)) {
        expect(r.out).toContain(flagName(key));
        expect(r.out).toContain(option.description[lang]);
      }
      const global = await ptdv(REPO, ["--lang", lang, "--help"]);
      expect(global.out).toContain(usageLine(command, lang));
    }
  });

  test("ptdv template --help shows --issuer and --place (issue #15 item 17)", async () => {
    const r = await ptdv(REPO, ["template", "--help"]);
    expect(r.out).toMatch(/\n {2}--issuer "HUYỆN ỦY …\/BAN TỔ CHỨC" +cơ quan ban hành/);
    expect(r.out).toMatch(/\n {2}--place TÊN +địa danh/);
    expect(usageLine(COMMANDS[1]!, "en")).toContain('[--issuer "HUYỆN ỦY …/BAN TỔ CHỨC"] [--place NAME]');
  });

  test("ptdv --lang en --help: the global --lang before the command chooses the help's language", async () => {
    const r = await ptdv(REPO, ["--lang", "en", "--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^PTĐV — Party membership development/);
    expect(r.out).toContain("Exit status: 0 no errors");
    expect(r.out).not.toContain("Cách dùng");
    const vi = await ptdv(REPO, ["-h"]);
    expect(vi.out).toMatch(/^PTĐV — Phát triển đảng viên/);
    const subcommand = await ptdv(REPO, ["--lang", "en", "check", "--help"]);
    expect(subcommand.out).toMatch(/^Usage: ptdv check <file\.xlsx\|file\.csv\|file\.docx>/);
  });

  test("ptdv alone prints the help on stderr with exit 2; `ptdv help check` is the check help with exit 0", async () => {
    const alone = await ptdv(REPO, []);
    expect([alone.code, alone.out]).toEqual([2, ""]);
    expect(alone.err).toMatch(/^PTĐV — Phát triển đảng viên/);
    const help = await ptdv(REPO, ["help", "check"]);
    expect([help.code, help.err]).toEqual([0, ""]);
    expect(help.out).toMatch(/^Cách dùng: ptdv check/);
    expect((await ptdv(REPO, ["-v"])).code).toBe(0);
  });
});

describe("parsing from the declarations", () => {
  test.each([
    [["check", "a.xlsx", "--target", "--json"], "ptdv check: --target cần một giá trị\n"],
    [["check", "a.xlsx", "--target"], "ptdv check: --target cần một giá trị\n"],
    [["check", "a.xlsx", "--json=1"], "ptdv check: --json không nhận giá trị\n"],
    [["check", "-x", "a.xlsx"], "ptdv check: không có tùy chọn -x\n"],
    [["check", "a.xlsx", "--constructor"], "ptdv check: không có tùy chọn --constructor\n"],
    [["template", "--allocation", "a.xlsx", "--out-dir", "x", "--year", "25"], 'ptdv template: --year phải là một năm như 2025 (nhận "25")\n'],
    [["template", "--allocation", "a.xlsx", "--out-dir", "x", "extra"], "ptdv template: đối số không mong đợi: extra\n"],
    [["consolidate", "--allocation", "a.xlsx", "in"], "ptdv consolidate: thiếu --month YYYY-MM (tháng tổng hợp)\n"],
    [["consolidate", "--allocation", "a.xlsx", "--month", "2025-05"], "ptdv consolidate: cần ít nhất một tệp hoặc thư mục báo cáo (ĐẦU_VÀO)\n"],
    [["--lang", "fr", "check", "a.xlsx"], 'ptdv: --lang phải là vi hoặc en (nhận "fr") (xem ptdv --help)\n'],
    [["--bogus"], "ptdv: không có tùy chọn --bogus (xem ptdv --help)\n"],
  ])("%p is exit 2 with %p first on stderr, then the usage line", async (argv, first) => {
    const r = await ptdv(REPO, argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.startsWith(first)).toBe(true);
    if (argv[0] !== "--lang" && argv[0] !== "--bogus") expect(r.err.slice(first.length)).toMatch(/^Cách dùng: ptdv \w+ .*\n$/);
  });

  test("options given before the command, after it, with = and after -- reach the command typed", async () => {
    const seen: unknown[] = [];
    const probeLine = commandLine({
      name: "probe",
      summary: { vi: "thử", en: "probe" },
      operand: { name: "files", many: true, placeholder: { vi: "TỆP...", en: "FILE..." }, missing: { vi: "thiếu tệp", en: "no file" } },
      options: {
        count: wholeNumber({ vi: "N", en: "N" }, { vi: "số", en: "count" }),
        branchMinMembers: required(wholeNumber({ vi: "N", en: "N" }, { vi: "tối thiểu", en: "minimum" }), { vi: "thiếu", en: "missing" }),
        label: text({ vi: "NHÃN", en: "LABEL" }, { vi: "nhãn", en: "label" }),
        dryRun: flag({ vi: "thử", en: "dry run" }),
        lang: LANG_OPTION,
      },
    });
    // A command's function receives exactly this type: a misspelt option is a compile error.
    const probe = defineCommand(probeLine, async () => async (args: ArgsOf<typeof probeLine>) => {
      const minimum: number = args.branchMinMembers;
      const files: readonly string[] = args.files;
      seen.push({ ...args, minimum, files });
      return 0;
    });
    let out = "";
    const io: CliIo = { stdout: (t) => void (out += t), stderr: (t) => void (out += t), cwd: REPO };
    const commands: readonly AnyCommand[] = [probe];
    const status = await runProgram(["--lang", "en", "probe", "a", "--branch-min-members= 3 ", "--label=x y", "--", "--odd"], io, commands, "1.0", { lang: "vi" });
    expect([status, out]).toEqual([0, ""]);
    expect(seen).toEqual([{ files: ["a", "--odd"], branchMinMembers: 3, minimum: 3, label: "x y", dryRun: false, lang: "en" }]);
  });
});

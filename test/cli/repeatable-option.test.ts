/** `--previous FILE` given several times adds up (issue #14), and the usage line says it repeats. */
import { runProgram } from "../../src/cli/commander-program";
import { LANG_OPTION, commandLine, defineCommand, repeatable, type ArgsOf, type AnyCommand } from "../../src/cli/declare";
import { usageLine } from "../../src/cli/help";
import type { CliIo } from "../../src/cli/io";
import { COMMANDS } from "../../src/cli/program";
import { REPO } from "./helpers";

describe("a repeatable option", () => {
  const line = commandLine({
    name: "probe",
    summary: { vi: "thử", en: "probe" },
    operand: undefined,
    options: { previous: repeatable({ vi: "TỆP", en: "FILE" }, { vi: "tệp năm trước", en: "last year's file" }), lang: LANG_OPTION },
  });
  const run = async (argv: readonly string[]): Promise<{ status: number; seen: Array<ArgsOf<typeof line>>; out: string }> => {
    const seen: Array<ArgsOf<typeof line>> = [];
    const probe = defineCommand(line, async () => async (args: ArgsOf<typeof line>) => {
      seen.push(args);
      return 0;
    });
    let out = "";
    const io: CliIo = { stdout: (t) => void (out += t), stderr: (t) => void (out += t), cwd: REPO };
    const status = await runProgram(argv, io, [probe] as readonly AnyCommand[], "1.0", { lang: "vi" });
    return { status, seen, out };
  };

  it("keeps every value in the order given", async () => {
    const r = await run(["probe", "--previous", "a.xlsx", "--previous=b", "--previous", "c d"]);
    expect(r.status).toBe(0);
    expect(r.seen.map((a) => a.previous)).toEqual([["a.xlsx", "b", "c d"]]);
  });

  it("is absent when not given, and still refuses a missing value", async () => {
    expect((await run(["probe"])).seen.map((a) => a.previous)).toEqual([undefined]);
    // runProgram throws the UsageError; `main` turns it into exit 2 with the usage line.
    await expect(run(["probe", "--previous"])).rejects.toMatchObject({ text: { vi: "--previous cần một giá trị" } });
  });

  it("shows … after its placeholder in consolidate's usage", () => {
    const consolidate = COMMANDS.find((c) => c.name === "consolidate")!;
    expect(usageLine(consolidate, "en")).toContain("[--previous FILE…] [--with-register]");
    expect(COMMANDS.map((c) => c.name)).toEqual(["check", "template", "consolidate", "probation"]);
  });
});

/** `ptdv check FILE`: the allocation table checked, as text or as one JSON object. Options: program.ts. */
import * as path from "path";
import { allocationOwner, cellNames, checkAllocation, checkBranchMembers, checkJson, formatNumber, hasErrors, targetPhrase, unreadableCheckJson } from "../../core";
import type { AllocationCheckResult, CellLister, CellNames, Finding, Grid, Lang, MemberCheckResult } from "../../core";
import { docxPlace, listTableRows, relocateDocxFindings, tableLabel } from "../../docx/docx-place";
import { countBySeverity, formatFindings, sheetPlace, type PlaceOfGroup } from "../format";
import { jsonText, writeJson } from "../printable";
import type { CliIo } from "../io";
import type { CheckArgs } from "../program";
import { planSheet, readPlanFile } from "../read-plan";

/** Only for a table with a members column (issue #12): the chi bộ of goal kinds and how many reach the minimum. */
type BranchGoalJson = { readonly goalKinds: number; readonly atLeastMin: number; readonly percent: number | null; readonly minMembers: number };

function targetLine(r: AllocationCheckResult, lang: Lang): string {
  const t = r.totals;
  const vi = lang === "vi";
  const phrase = targetPhrase(r, lang);
  if (phrase === null || t.difference === null) return vi ? "chưa có chỉ tiêu kế hoạch (--target N) để so sánh" : "no plan target given (--target N)";
  if (t.meetsTarget) {
    const over = t.difference > 0 ? (vi ? ` (vượt ${formatNumber(t.difference, lang)})` : ` (by ${formatNumber(t.difference, lang)} over)`) : "";
    return vi ? `đạt ${phrase}${over}` : `meets the ${phrase}${over}`;
  }
  const short = formatNumber(-t.difference, lang);
  return vi ? `CHƯA ĐẠT ${phrase} (thiếu ${short})` : `BELOW the ${phrase} (short by ${short})`;
}

function summaryLine(file: string, r: AllocationCheckResult, lang: Lang, docx: boolean): string {
  const t = r.totals;
  const vi = lang === "vi";
  const where = r.sheet === null ? file : `${file} › ${docx ? tableLabel(r.sheet, lang) : r.sheet}`;
  if (!r.tableFound) return vi ? `${where}: không tìm thấy bảng phân bổ chỉ tiêu.` : `${where}: no allocation table found.`;
  // The year is a name, not a quantity: 2025, never 2.025.
  const year = r.year === null ? "" : vi ? ` (kế hoạch năm ${r.year})` : ` (plan for ${r.year})`;
  const quota = t.quotaMax > t.quota ? `${formatNumber(t.quota, lang)}–${formatNumber(t.quotaMax, lang)}` : formatNumber(t.quota, lang);
  const total = vi
    ? `Tổng chỉ tiêu ${quota} (trong đó ${formatNumber(t.studentQuota, lang)} học sinh), ${formatNumber(t.organizations, lang)} tổ chức cơ sở đảng${year}`
    : `Total quota ${quota} (of which ${formatNumber(t.studentQuota, lang)} students), ${formatNumber(t.organizations, lang)} organisations${year}`;
  return `${where}: ${total}; ${targetLine(r, lang)}.`;
}

function verdictLine(findings: readonly Finding[], lang: Lang): string {
  const c = countBySeverity(findings);
  if (findings.length === 0) return lang === "vi" ? "Không phát hiện vấn đề nào." : "No problems found.";
  const n = (x: number): string => formatNumber(x, lang);
  return lang === "vi"
    ? `${n(c.error)} lỗi, ${n(c.warning)} cảnh báo, ${n(c.info)} lưu ý.`
    : `${n(c.error)} error(s), ${n(c.warning)} warning(s), ${n(c.info)} note(s).`;
}

/** For the chi bộ findings of an allocation per chi bộ: the TCCSĐ its title names (the sheet name serves otherwise) and how its cells are named. */
function memberPlan(grids: readonly Grid[], result: AllocationCheckResult): { organization?: string; cellNames?: CellNames } {
  const grid = grids.find((g) => g.name === result.sheet);
  if (grid === undefined) return {};
  const owner = allocationOwner(grid, result);
  return owner === null ? { cellNames: cellNames(grid) } : { organization: owner, cellNames: cellNames(grid) };
}

export async function check(args: CheckArgs, io: CliIo): Promise<number> {
  io.heap?.keepYoungGenerationSmall();
  const { lang, file: fileArg } = args;
  const target = args.target ?? null;
  const fileName = path.basename(fileArg);

  const read = await readPlanFile(path.resolve(io.cwd, fileArg));
  if (!read.ok) {
    if (args.json) io.stdout(jsonText(unreadableCheckJson(fileName, target, read.problem, lang)));
    io.stderr(`ptdv check: ${fileArg}: ${read.problem.message[lang]} [${read.problem.code}]\n`);
    return 2;
  }

  const result = checkAllocation(read.grids, {
    file: fileName,
    target,
    ...(args.sheet === undefined ? {} : { sheet: planSheet(read, args.sheet) }),
  });

  // An allocation per chi bộ (a members column): each row is a chi bộ, and the plan's members goal is checked too.
  const members: (MemberCheckResult & { readonly minMembers: number }) | undefined =
    result.tableFound && result.table !== undefined && result.table.membersCol !== null
      ? {
          ...checkBranchMembers(result.organizations, {
            ...memberPlan(read.grids, result),
            file: fileName,
            ...(result.sheet === null ? {} : { sheet: result.sheet }),
            thresholds: { minMembers: args.branchMinMembers },
          }),
          minMembers: args.branchMinMembers,
        }
      : undefined;
  // How the file was read (text cut at Excel's limit, an encoding guessed) is said with the table's findings.
  const withMembers: AllocationCheckResult = { ...result, findings: [...read.notes, ...result.findings, ...(members?.findings ?? [])] };

  if (args.json) {
    // A Word table has no A1 cells for a person to find: its findings name the table and the row.
    const json = checkJson(fileName, read.docx ? { ...withMembers, findings: relocateDocxFindings(withMembers.findings) } : withMembers, lang);
    const branches: BranchGoalJson | undefined =
      members === undefined ? undefined : { goalKinds: members.goalKinds, atLeastMin: members.atLeastMin, percent: members.percent, minMembers: members.minMembers };
    writeJson((text) => io.stdout(text), branches === undefined ? json : { ...json, branches });
  } else {
    const placeOf: PlaceOfGroup = read.docx ? (g, l) => docxPlace(g.sheet, g.cells, l) : sheetPlace;
    // A grouped note lists its cells too: a Word table's by row ("dòng 8, 10"), as Word shows no C8.
    const listCells: CellLister | undefined = read.docx ? listTableRows : undefined;
    const goal = members === undefined ? "" : `${members.summary[lang]}\n`;
    io.stdout(`${summaryLine(fileName, result, lang, read.docx)}\n${goal}${formatFindings(withMembers.findings, lang, placeOf, listCells)}${verdictLine(withMembers.findings, lang)}\n`);
  }

  // A sheet name that does not exist is a wrong argument, not a finding about the table.
  const sheetMissing = result.findings.find((f) => f.code === "SHEET_NOT_FOUND");
  if (sheetMissing) {
    io.stderr(`ptdv check: ${sheetMissing.message[lang]}\n`);
    return 2;
  }
  return hasErrors(withMembers.findings) ? 1 : 0;
}

/**
 * What issues #12 and #14 add to the progress workbook: the chi bộ goal lines
 * in the summary, the sheet "Chi bộ T05-2025", Biểu 2-BTCTW, and the person
 * list only when the user asks for it (it names people: by default the
 * workbook holds only counts).
 */
import { branchResultSheetSpec } from "../../branches/result-spec";
import { branchSummaryLines } from "../../branches/summary";
import type { LocalizedText } from "../../findings";
import { registerSheets } from "../../register/person-list-spec";
import type { RegisterHeading } from "../../register/sheet-parts";
import type { SheetSpec } from "../../sheet-spec";
import type { ConsolidationResult } from "../result";
import type { ReportSettings } from "../settings";

export interface ConsolidationExtrasOptions {
  /** Add the sheet "Danh sách kết nạp (tổng hợp)" (`--with-register`); false by default. */
  readonly withPersonList?: boolean;
}

export interface ConsolidationExtras {
  readonly summaryLines: readonly LocalizedText[];
  readonly sheets: readonly SheetSpec[];
  readonly withPersonalData: boolean;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** The document settings as Biểu 2's heading: day padded, months 1 and 2 padded, as Party documents write them. */
export function registerHeading(settings: ReportSettings): RegisterHeading {
  const d = settings.date;
  const dateText = d ? `ngày ${pad2(d.getDate())} tháng ${d.getMonth() + 1 <= 2 ? pad2(d.getMonth() + 1) : d.getMonth() + 1} năm ${d.getFullYear()}` : "";
  return { issuer: settings.issuingBody, place: settings.place, dateText };
}

/** Whether any chi bộ data took part: no line and no sheet about chi bộ otherwise. */
export function hasBranchData(result: ConsolidationResult): boolean {
  return result.branches.organizations.length > 0 || result.branches.notReported.length > 0;
}

export function branchSummary(result: ConsolidationResult): LocalizedText[] {
  if (!hasBranchData(result)) return [];
  const vi = branchSummaryLines(result.branches, "vi");
  const en = branchSummaryLines(result.branches, "en");
  return vi.map((line, i) => ({ vi: line, en: en[i] ?? line }));
}

export function consolidationExtras(result: ConsolidationResult, settings: ReportSettings, options: ConsolidationExtrasOptions = {}): ConsolidationExtras {
  const sheets: SheetSpec[] = [];
  if (hasBranchData(result)) sheets.push(branchResultSheetSpec(result.branches, { year: result.year, month: result.month }));
  if (result.register.rowsRead > 0) {
    sheets.push(
      ...registerSheets(result.register.bieu2, {
        heading: registerHeading(settings),
        withPersonList: options.withPersonList === true,
        persons: result.register.persons,
      }),
    );
  }
  return { summaryLines: branchSummary(result), sheets, withPersonalData: options.withPersonList === true };
}

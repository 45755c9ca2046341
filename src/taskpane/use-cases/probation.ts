/**
 * "Dự bị đến hạn" (issue #14): from the registers of the last consolidation,
 * the members whose 12-month probation ends within 60 days of the as-of date
 * or has ended with no recognition recorded, by chi bộ. The as-of date comes
 * from the user or the host's clock, passed in: the engine never reads a clock.
 * The list names people, so it is written (Excel) or downloaded (browser
 * edition) only on the user's click.
 */
import { isoDate, PROBATION_SHEET_NAME, probationDue, probationSheetSpec, registerHeading, type CalendarDate, type ProbationResult } from "../../core";
import { writeWorkbookLazily } from "../../xlsx/lazy";
import type { PaneSession } from "../context";
import { extrasOf } from "./pane-extras";

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The calendar day of `now` where the user is (the default as-of date). */
export function calendarDateOf(now: Date): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

export type ProbationOutcome =
  | { readonly kind: "needConsolidation" }
  | { readonly kind: "noRegister" }
  | { readonly kind: "done"; readonly result: ProbationResult };

/** Lists the members due as of `asOf`; persons of every year count (a probation spans two calendar years). */
export function listProbation(session: PaneSession, asOf: CalendarDate): ProbationOutcome {
  const x = extrasOf(session);
  const r = x.result;
  if (!r) return { kind: "needConsolidation" };
  if (r.register.rowsRead === 0) {
    x.probation = null;
    return { kind: "noRegister" };
  }
  const result = probationDue([...r.register.persons, ...r.register.otherYears], asOf);
  x.probation = result;
  return { kind: "done", result };
}

export type SaveProbationOutcome =
  | { readonly kind: "nothing" }
  | { readonly kind: "written"; readonly sheet: string }
  | { readonly kind: "downloaded"; readonly file: string };

/** The owned sheet "Dự bị đến hạn" in Excel; a one-sheet .xlsx download where the host offers downloads. */
export async function saveProbation(session: PaneSession): Promise<SaveProbationOutcome> {
  const x = extrasOf(session);
  const result = x.probation;
  if (!result) return { kind: "nothing" };
  const heading = x.reportSettings ? registerHeading(x.reportSettings) : { issuer: session.state.settings.issuingBody, place: session.state.settings.place, dateText: "" };
  const spec = probationSheetSpec(result, heading);
  const { host } = session;
  if (host.kind === "browser" && host.downloadFile && host.capabilities().download) {
    const bytes = await writeWorkbookLazily({ sheets: [spec], fileName: PROBATION_SHEET_NAME });
    const file = `Du-bi-den-han-${isoDate(result.asOf)}.xlsx`;
    await host.downloadFile(file, bytes, XLSX_MIME);
    return { kind: "downloaded", file };
  }
  const written = await host.writeOwnedSheets([spec]);
  return { kind: "written", sheet: written.written[0] ?? spec.name };
}

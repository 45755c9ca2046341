/** One place that turns report codes into findings, in the order the phases raise them. */
import { findingMaker, type Finding, type FindingLocation } from "../../findings";
import { REPORT_MESSAGES, type ReportArgs, type ReportCode } from "../messages";

export interface ReportSink {
  readonly findings: Finding[];
  add<K extends ReportCode>(code: K, location: FindingLocation, args: ReportArgs[K]): void;
}

const make = findingMaker(REPORT_MESSAGES);

/** `initial` are findings that precede every rule's (the allocation table's own errors). */
export function createReportSink(initial: readonly Finding[]): ReportSink {
  const findings: Finding[] = [...initial];
  return {
    findings,
    add(code, location, args) {
      findings.push(make(code, location, args));
    },
  };
}

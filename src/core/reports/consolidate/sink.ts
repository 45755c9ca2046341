/** One place that turns report codes into findings, in the order the phases raise them. */
import { makeFinding, type Finding, type FindingArgs, type FindingLocation } from "../../findings";
import { REPORT_MESSAGES, type ReportArgs, type ReportCode } from "../messages";

export interface ReportSink {
  readonly findings: Finding[];
  add<K extends ReportCode>(code: K, location: FindingLocation, args: ReportArgs[K]): void;
}

/** `initial` are findings that precede every rule's (the allocation table's own errors). */
export function createReportSink(initial: readonly Finding[]): ReportSink {
  const findings: Finding[] = [...initial];
  // makeFinding checks arguments per literal code; `add` already did so for its generic K.
  const make = makeFinding as (catalogue: typeof REPORT_MESSAGES, code: ReportCode, loc: FindingLocation, args: FindingArgs) => Finding;
  return {
    findings,
    add(code, location, args) {
      findings.push(make(REPORT_MESSAGES, code, location, args));
    },
  };
}

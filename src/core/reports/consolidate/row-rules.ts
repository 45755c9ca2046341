/**
 * Phase 2 — the rules one report row must pass to be counted, in order: a name,
 * a readable month, the plan's year, a month not after M, readable numbers,
 * breakdowns within the admitted count; then unknown organisations are named
 * and a second row for the same organisation-month is a duplicate or a conflict.
 */
import { formatSource, type FindingLocation } from "../../findings";
import { BREAKDOWN_KEYS, FIGURE_LABELS, describeFigures, sameFigures, type FigureKey } from "../figures";
import { noScriptProblems, scriptProblems } from "../../text/lookalike";
import { periodKey } from "../period";
import type { SubmissionRow } from "../submission";
import type { Ledger } from "./ledger";
import { ownerKey, type Owners } from "./owners";
import type { ReportSink } from "./sink";

/** Separates the names in a SUBMISSION_UNKNOWN_ORGANIZATION finding's `suggestionList` arg. */
export const SUGGESTION_SEPARATOR = "\n";

export interface RowRulesContext {
  readonly year: number;
  readonly month: number;
  readonly owners: Owners;
  readonly ledger: Ledger;
  readonly sink: ReportSink;
}

function at(row: SubmissionRow, cell?: string): FindingLocation {
  return cell === undefined ? row.location : { ...row.location, cell };
}

function columnArgs(key: FigureKey): { column: string; columnEn: string } {
  return { column: FIGURE_LABELS[key].vi, columnEn: FIGURE_LABELS[key].en };
}

/**
 * A row with figures and no name belongs to nobody: it is an error, counted
 * nowhere. Rows of another year or after month M would not be counted anyway.
 */
function checkNameless(row: SubmissionRow, ctx: RowRulesContext): void {
  const p = row.period;
  if (p !== null && (p.year !== ctx.year || p.month > ctx.month)) return;
  ctx.sink.add("SUBMISSION_NAME_MISSING", at(row, row.cells.name), {
    period: p === null ? row.periodText : periodKey(p.year, p.month),
    figures: describeFigures(row.figures, "vi"),
    figuresEn: describeFigures(row.figures, "en"),
  });
}

/** A look-alike name (a Cyrillic letter, a bidi override) is said once per source and spelling. */
function checkLookalike(row: SubmissionRow, ctx: RowRulesContext): void {
  const problems = scriptProblems(row.name);
  if (noScriptProblems(problems)) return;
  if (!ctx.ledger.firstTime(`lookalike|${formatSource({ ...row.location, cell: "" })}|${row.name}`)) return;
  ctx.sink.add("NAME_LOOKALIKE", at(row, row.cells.name), {
    name: row.name,
    scripts: problems.mixedScripts.join(", "),
    words: problems.suspectWords.join(", "),
    controls: problems.bidiControls.join(", "),
  });
}

export function applyRowRules(row: SubmissionRow, ctx: RowRulesContext): void {
  const { owners, ledger, sink, year, month } = ctx;
  if (row.name === "") {
    checkNameless(row, ctx);
    return;
  }
  checkLookalike(row, ctx);
  const owner = owners.ownerOf(row.name);
  const name = owners.displayName(owner);
  if (row.period === null) {
    sink.add("SUBMISSION_PERIOD_INVALID", at(row, row.cells.period), { name, value: row.periodText });
    return;
  }
  const rowPeriod = periodKey(row.period.year, row.period.month);
  if (row.period.year !== year) {
    if (ledger.firstTime(`year|${formatSource({ ...row.location, cell: "" })}|${ownerKey(owner)}|${row.period.year}`)) {
      sink.add("SUBMISSION_OTHER_YEAR", row.location, { name, year: row.period.year, planYear: year });
    }
    return;
  }
  if (row.period.month > month) return;
  if (row.period.month === month) ledger.markSent(owner);
  if (row.invalid.length > 0) {
    for (const bad of row.invalid) {
      sink.add("SUBMISSION_INVALID_NUMBER", at(row, bad.cell), { name, period: rowPeriod, ...columnArgs(bad.key), value: bad.displayed, ...(bad.blank ? { blank: 1 as const } : {}) });
    }
    return;
  }
  const exceeding = BREAKDOWN_KEYS.filter((k) => row.figures[k] > row.figures.admitted);
  if (exceeding.length > 0) {
    for (const k of exceeding) {
      sink.add("SUBMISSION_STUDENTS_EXCEED_ADMITTED", at(row, row.cells[k]), {
        name,
        period: rowPeriod,
        ...columnArgs(k),
        value: row.figures[k],
        admitted: row.figures.admitted,
      });
    }
    return;
  }
  if (owner.kind === "other" && ledger.firstTime(`unknown|${row.location.file ?? ""}|${owner.key}`)) {
    const suggested = owners.suggestionsFor(row.name);
    // `suggestionList` is for programs (the pane's "it is …" buttons): cleaned names never hold a line break.
    sink.add("SUBMISSION_UNKNOWN_ORGANIZATION", at(row, row.cells.name), {
      name: owner.name,
      suggestions: suggested.join("; "),
      suggestionList: suggested.join(SUGGESTION_SEPARATOR),
    });
  }
  const previous = ledger.countedFor(owner, row.period.month);
  if (previous) {
    const other = formatSource(previous.location);
    if (sameFigures(previous.figures, row.figures)) {
      sink.add("SUBMISSION_DUPLICATE", row.location, { name, period: rowPeriod, other });
      return;
    }
    sink.add("SUBMISSION_CONFLICT", row.location, {
      name,
      period: rowPeriod,
      other,
      kept: formatSource(row.location),
      otherFigures: describeFigures(previous.figures, "vi"),
      otherFiguresEn: describeFigures(previous.figures, "en"),
      figures: describeFigures(row.figures, "vi"),
      figuresEn: describeFigures(row.figures, "en"),
    });
  }
  ledger.count(owner, row.period.month, row);
}

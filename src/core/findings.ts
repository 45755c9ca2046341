/**
 * Findings are the values users' mistakes become: a stable code that scripts
 * rely on, a severity, where it is, and a message in each UI language.
 */

import { A1_NAMES, type CellNames } from "./cell-naming";

export type Severity = "error" | "warning" | "info";
export type Lang = "vi" | "en";

export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

export interface LocalizedText {
  readonly vi: string;
  readonly en: string;
}

export type FindingArgs = Readonly<Record<string, string | number>>;

export interface FindingLocation {
  /** File name (not a full path) the finding comes from, when it comes from a file. */
  readonly file?: string;
  readonly sheet?: string;
  /** A1 address on `sheet`. */
  readonly cell?: string;
}

export interface Finding extends FindingLocation {
  readonly code: string;
  readonly severity: Severity;
  readonly args: FindingArgs;
  readonly message: LocalizedText;
}

/**
 * How one code is described; each domain keeps its own catalogue beside its rules. A message that
 * names a cell names it through `names` (cell-naming.ts): a Word table shows no A1 addresses.
 */
export interface FindingDefinition<A extends FindingArgs = FindingArgs> {
  readonly severity: Severity;
  readonly vi: (args: A, names: CellNames) => string;
  readonly en: (args: A, names: CellNames) => string;
}

/**
 * The arguments each code of a domain takes, e.g.
 * `{ QUOTA_INVALID: { readonly value: string; readonly reason: InvalidReason } }`.
 * Declare them as type aliases (not interfaces) so they fit `FindingArgs`.
 */
/** What a code without arguments declares. */
export type NoArgs = Readonly<Record<never, never>>;

export type ArgsByCode<C extends string> = { readonly [K in C]: FindingArgs };

/**
 * A domain's catalogue. With `A` given, a message reads `args.count` with its
 * declared type and a caller that passes a misspelt or missing key does not
 * compile; without it (older catalogues) arguments stay loosely typed.
 */
export type FindingCatalogue<C extends string, A extends ArgsByCode<C> = ArgsByCode<C>> = {
  readonly [K in C]: FindingDefinition<A[K]>;
};

export function makeFinding<C extends string, A extends ArgsByCode<C>, K extends C>(
  catalogue: FindingCatalogue<C, A>,
  code: K,
  location: FindingLocation,
  ...rest: FindingArgs extends A[K] ? [args?: A[K]] : [args: A[K]]
): Finding {
  return makeFindingNamed(catalogue, code, location, (rest[0] ?? {}) as A[K], A1_NAMES);
}

/**
 * A message longer than LONG_MESSAGE characters quotes each of its texts up to MAX_QUOTED_TEXT
 * characters (issue #17: a 40,000-character name, or a whole 40 MB CSV field, was repeated in
 * full). A person recognises a text by its start; the finding's `args` keep the whole text for
 * scripts. No message with short texts comes near LONG_MESSAGE (the longest, TOTAL_ROW_MISMATCH,
 * is about 700).
 */
export const MAX_QUOTED_TEXT = 200;
export const LONG_MESSAGE = 1_000;

/** The arguments as a message quotes them: each text longer than MAX_QUOTED_TEXT cut there, with "…". */
function withinQuoteLength<A extends FindingArgs>(args: A): A {
  // A copy only when something is cut: nearly every finding quotes short texts.
  for (const key in args) {
    const value: unknown = args[key];
    if (typeof value === "string" && value.length > MAX_QUOTED_TEXT) return cutArgs(args);
  }
  return args;
}

function cutArgs<A extends FindingArgs>(args: A): A {
  const out: Record<string, string | number> = {};
  for (const key in args) {
    const value: string | number = args[key] as string | number;
    if (typeof value !== "string" || value.length <= MAX_QUOTED_TEXT) {
      out[key] = value;
      continue;
    }
    // Never keep half of a character outside the Basic Multilingual Plane.
    const last = value.charCodeAt(MAX_QUOTED_TEXT - 1);
    out[key] = `${value.slice(0, last >= 0xd800 && last <= 0xdbff ? MAX_QUOTED_TEXT - 1 : MAX_QUOTED_TEXT)}…`;
  }
  return out as A;
}

/** makeFinding for a grid whose cells people may name otherwise than by address: a document's table (cellNames). */
export function makeFindingNamed<C extends string, A extends ArgsByCode<C>, K extends C>(
  catalogue: FindingCatalogue<C, A>,
  code: K,
  location: FindingLocation,
  args: A[K],
  names: CellNames,
): Finding {
  const def: FindingDefinition<A[K]> = catalogue[code];
  let vi = def.vi(args, names);
  let en = def.en(args, names);
  // Asked of the message, not of each argument: walking every finding's arguments cost 2 % of the
  // 10,000-row check's instructions (issue #16).
  if (vi.length > LONG_MESSAGE || en.length > LONG_MESSAGE) {
    const quoted = withinQuoteLength(args);
    vi = def.vi(quoted, names);
    en = def.en(quoted, names);
  }
  const message = { vi, en };
  // A finding on a cell of a file's sheet, as nearly all are, is made whole in one literal: added one by
  // one, the location's three properties left the object's own slots and took a second allocation
  // (issue #16: with QUOTA_STORED_AS_TEXT's arguments written out, 34 M of 3,749 M instructions, about
  // 4 ms, in the check of a 10,000-row table). Same keys, same order.
  if (location.file !== undefined && location.sheet !== undefined && location.cell !== undefined) {
    return { code, severity: def.severity, args, message, file: location.file, sheet: location.sheet, cell: location.cell };
  }
  const out: { -readonly [P in keyof Finding]: Finding[P] } = { code, severity: def.severity, args, message };
  if (location.file !== undefined) out.file = location.file;
  if (location.sheet !== undefined) out.sheet = location.sheet;
  if (location.cell !== undefined) out.cell = location.cell;
  return out;
}

/** `file › sheet › cell`, omitting the parts that are unknown. */
export function formatSource(loc: FindingLocation): string {
  return [loc.file, loc.sheet, loc.cell].filter((p): p is string => p !== undefined && p !== "").join(" › ");
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}

/** Stable order for display: errors first, then by sheet position as given. */
export function sortBySeverity(findings: readonly Finding[]): Finding[] {
  // Array.prototype.sort is stable (ES2019), which keeps the given order within a severity.
  return [...findings].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
}

/**
 * `makeFinding` bound to one catalogue, for sinks that pass a generic code on:
 * `make(code, loc, args)` with `K extends C` checks `args` against `A[K]` where
 * makeFinding's optional-args tuple cannot be resolved for a generic K.
 */
export type FindingMaker<C extends string, A extends ArgsByCode<C>> = <K extends C>(code: K, location: FindingLocation, args: A[K]) => Finding;

export function findingMaker<C extends string, A extends ArgsByCode<C>>(catalogue: FindingCatalogue<C, A>): FindingMaker<C, A> {
  // The generic signature above is the check; inside, the catalogue is read like any other.
  const untyped = makeFinding as (c: FindingCatalogue<C, A>, code: C, location: FindingLocation, args: FindingArgs) => Finding;
  return (code, location, args) => untyped(catalogue, code, location, args);
}

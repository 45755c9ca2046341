/**
 * How a reader gives up half-way: the first limit crossed or the first damage
 * found is thrown as a ReadStop from deep inside a parser callback and caught
 * once, at the top, where it becomes the file's one FILE_* finding.
 */
import { corruptArgs, type CorruptData, type CorruptReason, type FileProblemCode, type FindingArgs } from "../core";

export class ReadStop extends Error {
  constructor(
    readonly code: FileProblemCode,
    readonly args: FindingArgs,
  ) {
    super(code);
    this.name = "ReadStop";
  }
}

/** A count for a limit's arguments: plain digits, which each language's message groups its own way (file-problems.ts). */
export function fmtCount(n: number): string {
  return String(n);
}

export function limitStop(limit: string, actual: string | number, max: string | number, where?: string): ReadStop {
  return new ReadStop("FILE_LIMIT_EXCEEDED", { limit, actual, max, ...(where === undefined ? {} : { where }) });
}

/** The file is damaged: why, as a reason key with its data (file-corrupt-reasons.ts), in both languages. */
export function corrupt(reason: CorruptReason, data: CorruptData = {}): ReadStop {
  const args = corruptArgs(reason, data);
  return new ReadStop("FILE_CORRUPT", { ...args, detail: shortDetail(args.detail) });
}

/** A detail for which no reason key exists (an unexpected error), quoted in both languages. */
export function corruptDetailOnly(detail: string): ReadStop {
  return new ReadStop("FILE_CORRUPT", { detail: shortDetail(detail) });
}

function shortDetail(detail: string): string {
  // Library messages can be long or carry XML; the user needs a hint, not a dump.
  // Cut first: a detail can quote megabytes of a hostile file, and replace() over it builds a rope as large.
  return detail.slice(0, 400).replace(/\s+/g, " ").slice(0, 160) || "unknown error";
}

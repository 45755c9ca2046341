/**
 * How a reader gives up half-way: the first limit crossed or the first damage
 * found is thrown as a ReadStop from deep inside a parser callback and caught
 * once, at the top, where it becomes the file's one FILE_* finding.
 */
import type { FileProblemCode, FindingArgs } from "../core";

export class ReadStop extends Error {
  constructor(
    readonly code: FileProblemCode,
    readonly args: FindingArgs,
  ) {
    super(code);
    this.name = "ReadStop";
  }
}

export function fmtCount(n: number): string {
  return n.toLocaleString("en-US");
}

export function limitStop(limit: string, actual: string | number, max: string | number, where?: string): ReadStop {
  return new ReadStop("FILE_LIMIT_EXCEEDED", { limit, actual, max, ...(where === undefined ? {} : { where }) });
}

export function corrupt(detail: string): ReadStop {
  // Library messages can be long or carry XML; the user needs a hint, not a dump.
  // Cut first: a detail can quote megabytes of a hostile file, and replace() over it builds a rope as large.
  return new ReadStop("FILE_CORRUPT", { detail: detail.slice(0, 400).replace(/\s+/g, " ").slice(0, 160) || "unknown error" });
}

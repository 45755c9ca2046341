/** What the row rules keep: the counted row per owner and month, and who sent anything for month M. */
import type { SubmissionRow } from "../submission";
import { ownerKey, type Owner } from "./owners";

interface Counted {
  readonly owner: Owner;
  readonly month: number;
  readonly row: SubmissionRow;
}

export interface OwnerMonths {
  readonly owner: Owner;
  /** Month → the counted row. */
  readonly months: ReadonlyMap<number, SubmissionRow>;
}

export class Ledger {
  private readonly counted = new Map<string, Counted>();
  /** Owners that sent a row for month M, counted or not. */
  private readonly sentInPeriod = new Set<string>();
  /** Keys of findings said once per file (other year, unknown organisation). */
  private readonly announced = new Set<string>();

  /** The row counted so far for this owner and month, if any. */
  countedFor(owner: Owner, month: number): SubmissionRow | undefined {
    return this.counted.get(`${ownerKey(owner)}|${month}`)?.row;
  }

  /** Later rows replace earlier ones: "the later source wins". */
  count(owner: Owner, month: number, row: SubmissionRow): void {
    this.counted.set(`${ownerKey(owner)}|${month}`, { owner, month, row });
  }

  markSent(owner: Owner): void {
    this.sentInPeriod.add(ownerKey(owner));
  }

  sent(owner: Owner): boolean {
    return this.sentInPeriod.has(ownerKey(owner));
  }

  /** True the first time `key` is seen. */
  firstTime(key: string): boolean {
    if (this.announced.has(key)) return false;
    this.announced.add(key);
    return true;
  }

  /** Per owner in order of first counted row, its months. */
  byOwner(): Map<string, OwnerMonths> {
    const out = new Map<string, { owner: Owner; months: Map<number, SubmissionRow> }>();
    for (const c of this.counted.values()) {
      const k = ownerKey(c.owner);
      let entry = out.get(k);
      if (!entry) {
        entry = { owner: c.owner, months: new Map() };
        out.set(k, entry);
      }
      entry.months.set(c.month, c.row);
    }
    return out;
  }
}

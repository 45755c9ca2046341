import type { Finding } from "../findings";
import type { OrgKind } from "../names/kind";

/** One organisation row of the allocation table. */
export interface AllocationRow {
  /** 1-based sheet row number, as Excel shows it. */
  readonly row: number;
  /** STT as displayed (`01`), or null when blank. */
  readonly stt: string | null;
  /** Decoded Unicode (NFC) name as written. */
  readonly name: string;
  readonly kind: OrgKind;
  /** Null when the quota cell is blank or invalid. */
  readonly quota: number | null;
  readonly studentQuota: number;
  /** A1 addresses of the name and quota cells. */
  readonly nameCell: string;
  readonly quotaCell: string;
}

export interface AllocationTotals {
  readonly quota: number;
  readonly studentQuota: number;
  readonly organizations: number;
  /** quota − target, null without a target. */
  readonly difference: number | null;
  readonly meetsTarget: boolean | null;
}

export interface AllocationCheckOptions {
  /** "từ N trở lên": a total equal to the target meets it. Null or absent: skip the target rule. */
  readonly target?: number | null;
  /** File name for finding locations. */
  readonly file?: string;
  /** Name of the sheet to use when several are given. */
  readonly sheet?: string;
}

export interface AllocationCheckResult {
  /** The sheet read, or null when no sheet had a table. */
  readonly sheet: string | null;
  readonly tableFound: boolean;
  readonly target: number | null;
  readonly organizations: readonly AllocationRow[];
  readonly totals: AllocationTotals;
  readonly findings: readonly Finding[];
  /** Where the table is (zero-based sheet coordinates), for highlighting and previews. */
  readonly table?: {
    readonly headerRow: number;
    readonly firstDataRow: number;
    readonly lastDataRow: number;
    readonly sttCol: number | null;
    readonly nameCol: number;
    readonly quotaCol: number;
  };
}

import type { CellNaming } from "../cell-naming";
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
  /** The ceiling of a range (`01-02` → 2); equal to quota otherwise, null with it. */
  readonly quotaMax: number | null;
  /** The HS sub-quota (0 when none): `03 (01 HS)` → 1. */
  readonly studentQuota: number;
  /** Every sub-quota by canonical group (`HS`, `SV`, `DQTV`, `DBĐV`, `QNXN`, `DNNN`, or an unknown label as written). */
  readonly subQuotas: Readonly<Record<string, number>>;
  /** A1 addresses of the name and quota cells. */
  readonly nameCell: string;
  readonly quotaCell: string;
  /** "Số đảng viên" of the row, present only when the table has that column (null when blank or unreadable). */
  readonly members?: number | null;
  readonly membersCell?: string;
}

export interface AllocationTotals {
  readonly quota: number;
  /** Sum of the ceilings: differs from quota only when some cell is a range. */
  readonly quotaMax: number;
  readonly studentQuota: number;
  /** Sum of each group over the readable quotas. */
  readonly subQuotas: Readonly<Record<string, number>>;
  readonly organizations: number;
  /** quota − target, null without a target. */
  readonly difference: number | null;
  readonly meetsTarget: boolean | null;
}

export interface AllocationCheckOptions {
  /**
   * "từ N trở lên": a total equal to the target meets it. Absent or null: the
   * target stated on the sheet (readPlanTarget), if any; none there either skips the rule.
   */
  readonly target?: number | null;
  /** False: never read the target from the sheet (a host whose user cleared the field on purpose). Default true. */
  readonly targetFromSheet?: boolean;
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
  /** Where the target came from: the caller's option, the sheet's text, or nowhere. */
  readonly targetSource: "option" | "sheet" | null;
  /** A1 cell of the sheet text the target was read from; null unless targetSource is "sheet". */
  readonly targetCell: string | null;
  /** The sentence the target was read from, decoded, as written (for "đọc ở ô A3"). */
  readonly targetText: string | null;
  /** How messages name the table's cells (the grid's `cellNaming`): absent for a sheet's A1 addresses. */
  readonly cellNaming?: CellNaming;
  /** The plan's year from the sheet's title ("NĂM 2026"), or null. */
  readonly year: number | null;
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
    readonly membersCol: number | null;
    readonly totalRow: number | null;
  };
}

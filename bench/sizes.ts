/** Problem sizes of the full bench and of `--quick` (a smoke run in seconds). */
export interface BenchSizes {
  readonly allocationRows: number;
  readonly consolidateOrgs: number;
  readonly consolidateMonths: number;
  readonly matchOrgs: number;
  readonly matchNames: number;
  readonly reportFiles: number;
  readonly progressOrgs: number;
  readonly officeSheetCounts: readonly number[];
}

export const FULL: BenchSizes = {
  allocationRows: 10_000,
  consolidateOrgs: 500,
  consolidateMonths: 12,
  matchOrgs: 500,
  matchNames: 1_000,
  reportFiles: 200,
  progressOrgs: 500,
  officeSheetCounts: [1, 10, 100, 200],
};

export const QUICK: BenchSizes = {
  allocationRows: 1_000,
  consolidateOrgs: 50,
  consolidateMonths: 12,
  matchOrgs: 500,
  matchNames: 1_000,
  reportFiles: 20,
  progressOrgs: 50,
  officeSheetCounts: [1, 10, 20],
};

export function sizesFor(quick: boolean): BenchSizes {
  return quick ? QUICK : FULL;
}

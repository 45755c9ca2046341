/**
 * Workbook defined names a progress workbook carries so that the level above can
 * read it as the report of the organisation that made it (documented in the README).
 */
export const ROLLUP_NAMES = {
  /** One cell: the committee line of the issuer setting, e.g. "ĐẢNG ỦY XÃ KA ĐÔ". */
  reportingOrg: "PTDV_REPORTING_ORG",
  /** One cell: the period as text, `YYYY-MM`. */
  period: "PTDV_PERIOD",
  /** The TỔNG CỘNG row of the progress sheet (STT … Tình trạng). */
  totals: "PTDV_TOTALS",
  /** The "Cộng" row of "Theo tháng" from T1: admitted per month T1…T12, Cộng, NTVĐ class (to date), pending applications (month M). */
  monthlyTotals: "PTDV_MONTHLY_TOTALS",
} as const;

/** Zero-based offsets inside PTDV_TOTALS (the progress table's columns). */
export const ROLLUP_TOTAL_COLUMNS = {
  quota: 2,
  inPeriod: 4,
  toDate: 5,
  students: 6,
  women: 7,
  ethnicMinority: 8,
  religious: 9,
  youthUnion: 10,
} as const;

/** Zero-based offsets inside PTDV_MONTHLY_TOTALS after the twelve months. */
export const ROLLUP_MONTHLY_COLUMNS = { total: 12, awarenessClass: 13, pendingApplications: 14 } as const;

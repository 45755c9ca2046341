/** Header specs of report tables (log tables and templates read by their headers). */
import { ORGANIZATION_HEADERS, type ColumnSpec } from "../allocation/header-match";
import { REPORT_COLUMN_SYNONYMS, type ReportColumnKey } from "./figures";

export type LogColumnKey = ReportColumnKey;

const ORGANIZATION_SPEC: ColumnSpec<LogColumnKey> = {
  key: "organization",
  synonyms: [...ORGANIZATION_HEADERS, "Chi bộ", "Tên chi bộ", "Tổ chức", "Tên tổ chức", "Đảng bộ, chi bộ", "Chi bộ, Đảng bộ cơ sở", "Cơ sở đảng", "TCCS"],
  required: true,
};

const REQUIRED_IN_EVERY_REPORT = new Set<LogColumnKey>(["month", "admitted"]);

function figureSpecs(): ColumnSpec<LogColumnKey>[] {
  return REPORT_COLUMN_SYNONYMS.map((c) => ({ key: c.key, synonyms: c.synonyms, required: REQUIRED_IN_EVERY_REPORT.has(c.key) }));
}

/** "Nhật ký báo cáo": one row per organisation-month. */
export const LOG_COLUMN_SPECS: readonly ColumnSpec<LogColumnKey>[] = [ORGANIZATION_SPEC, ...figureSpecs()];

/** A template found by its headers: no organisation column, the name sits in a labelled cell above. */
export const TEMPLATE_COLUMN_SPECS: readonly ColumnSpec<LogColumnKey>[] = [{ ...ORGANIZATION_SPEC, required: false }, ...figureSpecs()];

/**
 * The engine's public face: what hosts (Excel, browser edition, CLI) and scripts
 * may rely on. Everything here is pure — grids in, data and sheet specs out.
 */
export type { Cell, CellRange, CellValue, Grid } from "./grid";
export { gridFromValues, displayText } from "./grid";
export type { Finding, FindingLocation, Lang, LocalizedText, Severity } from "./findings";
export { formatSource, hasErrors, sortBySeverity } from "./findings";
export { InvalidArgumentError, InvariantError, PtdvError, isPtdvError } from "./errors";
export type { SheetSpec, WorkbookSpec } from "./sheet-spec";

export { checkAllocation } from "./allocation/check";
export type { AllocationCheckOptions, AllocationCheckResult, AllocationRow, AllocationTotals } from "./allocation/types";
export { planHints } from "./allocation/plan-hints";

export { classifyKind, type OrgKind } from "./names/kind";
export { createMatcher, type Matcher, type MatchResult, type OrgRef } from "./names/matcher";
export { aliasSheetSpec, aliasSheetSpecPreserving, readAliasGrid, type Alias } from "./names/aliases";
export { cleanText, foldKey, identityKey } from "./text/normalize";
export { decodeLegacy, detectEncoding, encodeLegacy, type LegacyEncoding } from "./text/legacy";

export { consolidate } from "./reports/consolidate";
export type { ConsolidateOptions, ConsolidationResult, OrganizationProgress, SubmissionSource } from "./reports/consolidate";
export { consolidationJson } from "./reports/json";
export { isReportSheet } from "./reports/detect-sources";
export { progressWorkbookSpec } from "./reports/progress-spec";
export { templateWorkbookSpecs } from "./reports/template-spec";
export { DEFAULT_REPORT_SETTINGS, type ReportSettings } from "./reports/settings";

/**
 * The engine's public face: what hosts (Excel, browser edition, CLI) and scripts
 * may rely on. Everything here is pure — grids in, data and sheet specs out.
 * Hosts import the engine only from here (enforced by eslint.config.mjs), so a
 * module behind this file can move or split without touching any host.
 */
export { type Cell, cellAt, type CellRange, type CellValue, colSpan, displayText, type Grid, gridFromValues, rowSpan } from "./grid";
export { columnLetters, parseRange, rangeToA1, toA1 } from "./address";
export { type Finding, type FindingArgs, type FindingLocation, formatSource, hasErrors, type Lang, type LocalizedText, type Severity, SEVERITY_ORDER, sortBySeverity } from "./findings";
export { InvalidArgumentError, InvariantError, isPtdvError, PtdvError } from "./errors";
export { fileProblem, type FileProblemCode, formatBytes } from "./file-problems";
export { type CellStyle, type ChartSpec, type ConditionalFormatSpec, type DataValidationSpec, type PrintSpec, type SheetRole, type SheetSpec, type SpecCell, type SpecValue, type WorkbookSpec } from "./sheet-spec";
export { checkAllocation } from "./allocation/check";
export { planHints, type PlanHints } from "./allocation/plan-hints";
export { type AllocationCheckOptions, type AllocationCheckResult, type AllocationRow, type AllocationTotals } from "./allocation/types";
export { type Alias, ALIAS_SHEET_NAME, aliasSheetSpec, aliasSheetSpecPreserving, readAliasGrid, readAliasGrids } from "./names/aliases";
export { classifyKind, type OrgKind } from "./names/kind";
export { createMatcher, type Matcher, type MatchResult, type OrgRef } from "./names/matcher";
export { consolidate, type ConsolidateOptions, type ConsolidationResult, type OrganizationProgress, type SubmissionSource, SUGGESTION_SEPARATOR } from "./reports/consolidate";
export { isReportSheet } from "./reports/detect-sources";
export { consolidationJson } from "./reports/json";
export { parsePeriodArgument } from "./reports/period";
export { progressWorkbookSpec } from "./reports/progress-spec";
export { DEFAULT_REPORT_SETTINGS, type ReportSettings } from "./reports/settings";
export { consolidationText, formatFindingLine } from "./reports/summary-text";
export { templateWorkbookSpecs } from "./reports/template-spec";
export { decodeLegacy, detectEncoding, encodeLegacy, type LegacyEncoding } from "./text/legacy";
export { cleanText, foldKey, identityKey } from "./text/normalize";

// Text hardening (issue #17 items 7, 12): look-alike names, safe file-name parts, bounded edit distance.
export { noScriptProblems, scriptProblems, type ScriptProblems } from "./text/lookalike";
export { safeFileNamePart } from "./text/file-name";
export { boundedEditDistance, type EditWork } from "./names/edit-distance";

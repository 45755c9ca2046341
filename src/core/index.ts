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
// chi bộ (issue #12): the template's "Chi bộ" sheet, readers, the members and admission goals, outputs.
export { BRANCH_KINDS, type BranchKind, type BranchReadContext, type BranchReading, type BranchReport, type BranchRow, type BranchThresholds, DEFAULT_BRANCH_THRESHOLDS, GOAL_KINDS, isGoalKind } from "./branches/types";
export { branchKindLabel, inferBranchKind, parseBranchKind } from "./branches/kind";
export { type BranchCode, BRANCH_MESSAGES } from "./branches/messages";
export { BRANCH_NAMES, BRANCH_SHEET_NAME, BRANCH_TEMPLATE_ROWS } from "./branches/template-layout";
export { branchTemplateSheet, type BranchSheetMode, type BranchSheetTemplate, type ListValidationSpec, wantsBranchSheet } from "./branches/template-spec";
export { isBranchSheet, readBranchSheet } from "./branches/read-sheet";
export { isBranchList, readBranchList } from "./branches/read-list";
export { type BranchGridsReading, readBranchGrids } from "./branches/read-grids";
export { type AllocationBranchOptions, branchesFromAllocation, type MemberRowLike } from "./branches/from-allocation";
export { type BranchComputeInput, type BranchResult, computeBranches, type ExpectedOrganization, type NoAdmissionEntry, type OrganizationBranches, type UnderMinEntry } from "./branches/compute";
export { checkBranchMembers, type MemberCheckOptions, type MemberCheckResult } from "./branches/check";
export { branchesJson, type BranchesJson } from "./branches/json";
export { branchSummaryLines } from "./branches/summary";
export { branchResultSheetName, branchResultSheetSpec } from "./branches/result-spec";

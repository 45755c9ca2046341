/**
 * The engine's public face: what hosts (Excel, browser edition, CLI) and scripts
 * may rely on. Everything here is pure — grids in, data and sheet specs out.
 * Hosts import the engine only from here (enforced by eslint.config.mjs), so a
 * module behind this file can move or split without touching any host.
 */
export { type Cell, cellAt, type CellRange, type CellValue, colSpan, displayText, type Grid, gridFromValues, rowSpan } from "./grid";
export { columnLetters, parseRange, rangeToA1, toA1 } from "./address";
export { A1_NAMES, type CellNames, cellNames, type CellNaming, tableColumn } from "./cell-naming";
export { type Finding, type FindingArgs, type FindingLocation, formatSource, hasErrors, type Lang, type LocalizedText, type Severity, SEVERITY_ORDER, sortBySeverity } from "./findings";
export { InvalidArgumentError, InvariantError, isPtdvError, PtdvError } from "./errors";
export { fileProblem, type FileProblemCode, formatBytes } from "./file-problems";
export { FILE_LIMITS, type FileLimits, MAX_CELL_TEXT, MAX_GRID_ROWS, MAX_XML_DEPTH } from "./file-limits";
export { type CellStyle, type ChartSpec, type ConditionalFormatSpec, type DataValidationSpec, type PrintSpec, type SheetRole, type SheetSpec, type SpecCell, type SpecValue, type WorkbookSpec } from "./sheet-spec";
export { checkAllocation } from "./allocation/check";
export { planHints, type PlanHints } from "./allocation/plan-hints";
export { type AllocationCheckOptions, type AllocationCheckResult, type AllocationRow, type AllocationTotals } from "./allocation/types";
export { type Alias, ALIAS_SHEET_NAME, aliasSheetSpec, aliasSheetSpecPreserving, readAliasGrid, readAliasGrids } from "./names/aliases";
export { classifyKind, type OrgKind } from "./names/kind";
export { createMatcher, type Matcher, type MatchResult, type OrgRef } from "./names/matcher";
export { consolidate, SUGGESTION_SEPARATOR } from "./reports/consolidate";
export { type ConsolidateOptions, type ConsolidationResult, type OrganizationProgress, type SubmissionSource } from "./reports/result";
export { isReportSheet } from "./reports/detect-sources";
export { consolidationJson } from "./reports/json";
export { parsePeriodArgument } from "./reports/period";
export { progressWorkbookSpec } from "./reports/progress-spec";
export { DEFAULT_REPORT_SETTINGS, type ReportSettings } from "./reports/settings";
export { consolidationText, formatFindingLine } from "./reports/summary-text";
export { templateWorkbookSpecs } from "./reports/template-spec";
export { decodeLegacy, detectEncoding, encodeLegacy, type LegacyEncoding } from "./text/legacy";
export { cleanText, foldKey, identityKey } from "./text/normalize";

// arch-core (issue #10 items 8, 11): one source for alias table headers and the progress status type.
export { aliasRowsAsTyped } from "./names/aliases";
export { type ProgressStatus } from "./reports/result";

// register (issue #14): the register of new members, Biểu số 2-BTCTW, probation dates.
export { type InputValidationSpec } from "./sheet-spec";
export { type CalendarDate, daysInMonth, formatDate, isoDate, parseDateCell, parseIsoDate, probationEnd } from "./register/dates";
export { NO_SOURCES_FIELD, REGISTER_NAME, REGISTER_SHEET_NAME, registerSheetSpec, type RegisterTemplateOptions } from "./register/template-sheet";
export { isRegisterSheet, readRegister, type RegisterReadContext } from "./register/read-register";
export { type RegisterEntry, type RegisterPerson, type RegisterRead } from "./register/types";
export { validateRegister, type RegisterValidation } from "./register/validate";
export { crossCheckRegister, type CrossCheckOptions, type MonthlyFiguresInput } from "./register/cross-check";
export { halfYearPeriod, monthPeriod, parseRegisterPeriod, periodThrough, quarterPeriod, type RegisterPeriod } from "./register/period";
export { BIEU2_ROWS, bieu2Json, type Bieu2Options, type Bieu2Result, type Bieu2Row, computeBieu2, organizationLevel, type OrganizationStatus } from "./register/bieu2";
export { REGISTER_MESSAGES, type RegisterCode } from "./register/messages";
export { parseFlag } from "./register/values";
export { BIEU2_SHEET_NAME, bieu2SheetSpec } from "./register/bieu2-spec";
export { EMPTY_HEADING, type RegisterHeading } from "./register/sheet-parts";
export { PROBATION_SHEET_NAME, PROBATION_WINDOW_DAYS, probationDue, probationJson, probationSheetSpec, probationText, type ProbationGroup, type ProbationItem, type ProbationResult } from "./register/probation";
export { PERSON_LIST_SHEET_NAME, personListSheetSpec, registerSheets, type RegisterSheetsOptions } from "./register/person-list-spec";
export { buildRegisterReport, type RegisterReport, type RegisterReportInput } from "./register/register-report";

// Allocation: real plans (issue #11) — quota grammar, plan target/year, grouped findings, check JSON, number formats.
export { type CheckJson, type CheckJsonFinding, type CheckJsonOrganization, checkJson, checkJsonFinding, unreadableCheckJson } from "./allocation/json";
export { type CellLister, type FindingGroup, formatCellList, groupFindings } from "./allocation/group-findings";
export { formatNumber, formatPercent } from "./number-format";
export { type PlanFacts, type PlanTarget, type PlanYear, readPlanFacts } from "./allocation/plan-target";
export { parseQuotaText, type QuotaCellParse } from "./allocation/quota";
export { canonicalGroup, QUOTA_GROUPS, type QuotaForm } from "./allocation/quota-grammar";
export { targetPhrase } from "./allocation/target-text";
export { ORG_KINDS, studentQuotaRule, type StudentQuotaRule } from "./names/kind";
export { type AllocationArgs, type AllocationCode } from "./allocation/messages";

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

// Readers (src/xlsx): notes about how a file was read (text cut, encoding chosen) are findings of their own catalogue.
export { type FindingCatalogue, makeFinding, type NoArgs } from "./findings";

// Text hardening (issue #17 items 7, 12): look-alike names, safe file-name parts, bounded edit distance.
export { noScriptProblems, scriptProblems, type ScriptProblems } from "./text/lookalike";
export { safeFileNamePart } from "./text/file-name";
export { boundedEditDistance, type EditWork } from "./names/edit-distance";

// Integration of chi bộ (#12) and the register (#14): inline list validations, consolidation outputs, templates.
export { INLINE_LIST_MAX_CHARS, inlineListFormula } from "./sheet-spec";
export { type ProgressExtras } from "./reports/progress-spec";
export { branchSummary, type ConsolidationExtras, consolidationExtras, type ConsolidationExtrasOptions, hasBranchData, registerHeading } from "./reports/consolidate/extras";
export { type TemplateOptions, templateSheets } from "./reports/template-spec";
export { type ConsolidatedRegister } from "./reports/consolidate/register-phase";
export { type ProbationRun, probationRun, type ProbationRunOptions } from "./reports/consolidate/probation-run";
export { allocationOwner, planOrganization } from "./branches/plan-organization";

// Documents (issue #13): document settings, the Word report's model, roll-up names.
export { DEFAULT_DOCUMENT_SETTINGS, DEFAULT_RECIPIENTS, DOCUMENT_SETTINGS_KEY, SIGNING_AUTHORITIES, deadlinePhrase, documentSymbol, issuerLine, parseDocumentSettings, placeAndDateLine, reportDateOf, reportingCommittee, serialiseDocumentSettings, signatureLines, type DocumentSettings, type Signatory, type SigningAuthority } from "./documents/settings";
export { SETTINGS_MESSAGES, type SettingsArgs, type SettingsCode } from "./documents/messages";
export { paragraph, type DocAlign, type DocBlock, type DocColumns, type DocParagraph, type DocRun, type DocSection, type DocTable, type DocTableCell, type DocumentModel } from "./documents/model";
export { monthlyReportDocument, reportBodyLines, type MonthlyReportOptions } from "./documents/monthly-report";
export { documentSettingsOf, reportSettingsFromDocument } from "./reports/settings";
export { ROLLUP_NAMES } from "./reports/rollup-names";

// Performance (issue #16): consolidation fed one source at a time, so hosts need not keep every grid alive.
export { type Consolidation, startConsolidation } from "./reports/consolidate";

// File reading (fix-reader): FILE_CORRUPT reasons as keys with data, rendered in both languages.
export { corruptArgs, type FileCorruptArgs } from "./file-problems";
export { corruptDetail, isCorruptReason, type CorruptData, type CorruptReason } from "./file-corrupt-reasons";

import type { Finding, FindingLocation } from "../findings";
import type { AcademicTitleKey, EducationKey, OccupationKey, QualificationKey } from "./categories";
import type { CalendarDate, DateParse } from "./dates";

/** One row of a register as read, before the checks. */
export interface RegisterEntry {
  /** The grassroots organisation (TCCSĐ) as written: the table's column, or the template's name. */
  readonly organization: string;
  readonly name: string;
  readonly birth: DateParse;
  readonly admitted: DateParse;
  /** Null when blank, unreadable or the column is absent. */
  readonly recognized: CalendarDate | null;
  /** Null when the sex is blank or not recognised. */
  readonly female: boolean | null;
  readonly ethnicity: string;
  /** Null when the ethnicity is blank. */
  readonly ethnicMinority: boolean | null;
  readonly religion: string;
  readonly religious: boolean;
  readonly youthUnion: boolean;
  readonly businessOwner: boolean;
  readonly readmitted: boolean;
  /** Null when the table has no such column (the template has none). */
  readonly familyPlanningViolation: boolean | null;
  readonly foreignMarriage: boolean | null;
  readonly occupation: OccupationKey | null;
  readonly education: EducationKey | null;
  readonly qualification: QualificationKey | null;
  readonly academicTitle: AcademicTitleKey | null;
  readonly chiBo: string;
  readonly note: string;
  /** The row's name cell (or first cell). */
  readonly location: FindingLocation;
  /** The cells of the two dates, for a finding about one of them (the name cell when the column is absent). */
  readonly dateLocations: { readonly birth: FindingLocation; readonly admitted: FindingLocation };
}

/** A person counted: both dates read, at least 18 on admission, not a repeat. */
export interface RegisterPerson extends Omit<RegisterEntry, "birth" | "admitted" | "dateLocations"> {
  readonly birth: CalendarDate;
  readonly admitted: CalendarDate;
  /** Whole years on the admission date. */
  readonly age: number;
}

export interface RegisterRead {
  readonly kind: "template" | "table";
  readonly sheet: string;
  readonly entries: readonly RegisterEntry[];
  /** Unrecognised values and rows without a name or organisation. */
  readonly findings: readonly Finding[];
  /** Which optional columns the sheet has: a form row without its column is left blank, not 0. */
  readonly has: { readonly recognized: boolean; readonly familyPlanning: boolean; readonly foreignMarriage: boolean };
}

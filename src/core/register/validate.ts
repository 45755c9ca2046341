/**
 * From rows read to persons counted for a report year: unreadable dates,
 * members under 18 on the admission date and repeats are reported and left
 * out; admissions in another year are reported (info) and kept apart.
 */
import { makeFinding, formatSource, type Finding } from "../findings";
import { identityKey, unaccentedKey } from "../text/normalize";
import { ageOn, formatDate, isoDate } from "./dates";
import { REGISTER_MESSAGES } from "./messages";
import type { RegisterEntry, RegisterPerson } from "./types";

export interface RegisterValidation {
  /** Admitted in the report year, at least 18, each once: what Biểu 2 and the cross-checks count. */
  readonly persons: readonly RegisterPerson[];
  /** Readable persons admitted in another year (kept for the probation list). */
  readonly otherYears: readonly RegisterPerson[];
  readonly findings: readonly Finding[];
}

/** `year` is the report year; entries may come from several sheets and files. */
export function validateRegister(entries: readonly RegisterEntry[], year: number): RegisterValidation {
  const persons: RegisterPerson[] = [];
  const otherYears: RegisterPerson[] = [];
  const findings: Finding[] = [];
  const seen = new Map<string, RegisterEntry>();
  for (const e of entries) {
    let bad = false;
    for (const [parse, field, fieldEn, location] of [
      [e.birth, "Ngày sinh", "Date of birth", e.dateLocations.birth],
      [e.admitted, "Ngày kết nạp", "Admission date", e.dateLocations.admitted],
    ] as const) {
      if (parse.status === "ok") continue;
      bad = true;
      findings.push(makeFinding(REGISTER_MESSAGES, "MEMBER_DATE_INVALID", location, { field, fieldEn, value: parse.status === "invalid" ? parse.displayed : "" }));
    }
    if (bad || e.birth.status !== "ok" || e.admitted.status !== "ok") continue;
    const birth = e.birth.date;
    const admitted = e.admitted.date;
    const age = ageOn(birth, admitted);
    const label = e.name === "" ? "(?)" : e.name;
    if (age < 18) {
      findings.push(makeFinding(REGISTER_MESSAGES, "MEMBER_UNDER_18", e.location, { name: label, age, birth: formatDate(birth), admitted: formatDate(admitted) }));
      continue;
    }
    // A name without diacritics or in other case is the same person when the date of birth agrees.
    const key = `${unaccentedKey(identityKey(e.name))}|${isoDate(birth)}`;
    const first = seen.get(key);
    if (first && e.name !== "") {
      findings.push(makeFinding(REGISTER_MESSAGES, "MEMBER_DUPLICATE", e.location, { name: label, birth: formatDate(birth), first: formatSource(first.location) }));
      continue;
    }
    seen.set(key, e);
    const { dateLocations: _dates, ...rest } = e;
    const person: RegisterPerson = { ...rest, birth, admitted, age };
    if (admitted.year !== year) {
      findings.push(makeFinding(REGISTER_MESSAGES, "MEMBER_OTHER_YEAR", e.location, { name: label, admitted: formatDate(admitted), year }));
      otherYears.push(person);
      continue;
    }
    persons.push(person);
  }
  return { persons, otherYears, findings };
}

/**
 * A counted register person with every optional trait blank, for tests that
 * set only what they are about (the four builders of test/register had copies of it).
 */
import type { RegisterPerson } from "../../src/core";

export function blankPerson(fields: Pick<RegisterPerson, "name" | "organization" | "birth" | "admitted" | "age"> & Partial<RegisterPerson>): RegisterPerson {
  return {
    recognized: null,
    female: null,
    ethnicity: "",
    ethnicMinority: null,
    religion: "",
    religious: false,
    youthUnion: false,
    businessOwner: false,
    readmitted: false,
    familyPlanningViolation: null,
    foreignMarriage: null,
    occupation: null,
    education: null,
    qualification: null,
    academicTitle: null,
    chiBo: "",
    note: "",
    location: {},
    ...fields,
  };
}

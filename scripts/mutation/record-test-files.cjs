/**
 * Mutation runs only (jest.mutate.config.js → setupFilesAfterEnv): during
 * Stryker's initial test run, writes down which test file holds each test,
 * so that covering-tests-sequencer.cjs can later run only the files that hold
 * a mutant's covering tests instead of every file that imports src/core.
 *
 * Recorded only when scripts/mutate.mjs names the list (PTDV_MUTATION_TEST_FILES)
 * and no mutant is active (the initial run): an ordinary jest run writes nothing.
 */
/* global afterEach, expect -- jest provides them to setup files */
const fs = require("node:fs");

const list = process.env.PTDV_MUTATION_TEST_FILES;
if (list && process.env.__STRYKER_ACTIVE_MUTANT__ === undefined) {
  afterEach(() => {
    const { currentTestName, testPath } = expect.getState();
    // currentTestName is jest's full test name (describe blocks and test joined by spaces): the id
    // Stryker puts in the pattern of covering tests, and the text jest matches that pattern against.
    if (currentTestName !== undefined && testPath !== undefined) fs.appendFileSync(list, `${JSON.stringify([testPath, currentTestName])}\n`);
  });
}

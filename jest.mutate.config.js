/**
 * The suite StrykerJS runs against each mutant of src/core (`npm run mutate`).
 *
 * Only the tests that exercise src/core through its own functions: the CLI,
 * host, browser and end-to-end tests reach src/core too, but through child
 * processes, LibreOffice or a DOM, so they either never see the mutant (a child
 * process loads its own copy) or cost minutes per mutant on two shared cores.
 * Mutants they would kill are the ones the engine's own tests must kill.
 */
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  // No CLI test runs per mutant: the bundle is not needed.
  globalSetup: undefined,
  testMatch: ["<rootDir>/test/{core,text,names,allocation,reports,branches,register,documents,properties,core-behaviour}/**/*.test.ts"],
  // Per mutant, only the test files that hold one of its covering tests (the verdicts are the same, the run is faster).
  testSequencer: "<rootDir>/scripts/mutation/covering-tests-sequencer.cjs",
  // Per mutant, stop at the first test file with a failing test: one failure is all Stryker needs to call it killed.
  runner: "<rootDir>/scripts/mutation/bail-runner.cjs",
  setupFilesAfterEnv: [...(base.setupFilesAfterEnv ?? []), "<rootDir>/scripts/mutation/record-test-files.cjs"],
  testPathIgnorePatterns: [
    "/node_modules/",
    // Command-line runs, python and LibreOffice round trips: covered by `npm test`, not per mutant.
    "/test/reports/(cli-safety|round-trip|log-files)\\.test\\.ts$",
    "/test/branches/(list|result-sheet|template-round-trip)\\.test\\.ts$",
    "/test/documents/(cli-documents|printed-documents|word-report)\\.test\\.ts$",
    "/test/register/(round-trip|fixtures-script)\\.test\\.ts$",
    // Five-million-character cells prove that nothing overflows; per mutant they would cost minutes and kill nothing new.
    "/test/text/long-input\\.test\\.ts$",
  ],
};

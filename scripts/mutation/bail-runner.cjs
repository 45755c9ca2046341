/**
 * Mutation runs only (jest.mutate.config.js → runner). Stryker needs one
 * failing test to call a mutant killed, but its jest runner cannot ask jest to
 * bail (jest's `bail` exits the process when run in band, so Stryker turns it
 * off): every covering test file would run to the end, and a mutant of a file
 * every test uses (grid.ts, findings.ts) would cost the whole suite.
 *
 * With a mutant active, this runs the files one after another as jest's own
 * in-band runner does, and stops at the first file with a failing test. The
 * initial run (no mutant active) and ordinary jest runs are untouched.
 */
const TestRunner = require("jest-runner").default;

class BailOnFirstFailureRunner extends TestRunner {
  async runTests(tests, watcher, options) {
    if (process.env.__STRYKER_ACTIVE_MUTANT__ === undefined || !options.serial) return super.runTests(tests, watcher, options);
    let failed = false;
    const unsubscribe = this.on("test-file-success", ([, result]) => {
      if (result.numFailingTests > 0) failed = true;
    });
    try {
      for (const test of tests) {
        if (failed) break;
        await super.runTests([test], watcher, options);
      }
    } finally {
      unsubscribe();
    }
  }
}

module.exports = BailOnFirstFailureRunner;

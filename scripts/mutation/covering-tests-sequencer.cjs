/**
 * Mutation runs only (jest.mutate.config.js → testSequencer). For each mutant,
 * Stryker's jest runner asks jest for the tests that cover it as a test-name
 * pattern, and jest would still load every test file to find them: with the
 * engine reached through its facade that is nearly every file, about a tenth
 * of a second each, for a handful of tests. This keeps only the files that
 * hold a test the pattern matches, using the list record-test-files.cjs wrote
 * during Stryker's initial run. Files left out would have run no test, so the
 * verdict on each mutant is the same; only the time changes.
 *
 * Without the list, or when the pattern matches no recorded test, every file
 * runs as before (never fewer tests than jest would run).
 */
const fs = require("node:fs");
const Sequencer = require("@jest/test-sequencer").default;

/** @type {Map<string, string[]> | undefined} test name → test files, read once the initial run has written it */
let filesByTestName;

function recordedTests() {
  if (filesByTestName !== undefined) return filesByTestName;
  const list = process.env.PTDV_MUTATION_TEST_FILES;
  if (!list || !fs.existsSync(list)) return undefined;
  const map = new Map();
  for (const line of fs.readFileSync(list, "utf8").split("\n")) {
    if (line === "") continue;
    const [file, name] = JSON.parse(line);
    const files = map.get(name) ?? [];
    if (!files.includes(file)) files.push(file);
    map.set(name, files);
  }
  filesByTestName = map;
  return map;
}

class CoveringTestsSequencer extends Sequencer {
  constructor(options) {
    super(options);
    this.testNamePattern = options.globalConfig.testNamePattern;
  }

  async sort(tests) {
    const sorted = await super.sort(tests);
    if (!this.testNamePattern) return sorted;
    const recorded = recordedTests();
    if (recorded === undefined) return sorted;
    // jest matches the pattern against each test's full name the same way (case-insensitive, jest-circus).
    const pattern = new RegExp(this.testNamePattern, "i");
    const wanted = new Set();
    for (const [name, files] of recorded) if (pattern.test(name)) for (const f of files) wanted.add(f);
    if (wanted.size === 0) return sorted;
    return this.quickKillsFirst(sorted.filter((t) => wanted.has(t.path)));
  }

  /**
   * bail-runner.cjs stops at the first failing file, so the order decides the cost: a file that
   * failed last time (usually on a neighbouring mutant of the same function) first, then the
   * quickest files (jest's own order puts the slowest first, which suits parallel runs, not this).
   */
  quickKillsFirst(tests) {
    const FAIL = 0; // @jest/test-sequencer's cache: [FAIL | SUCCESS, duration in ms] per test path
    const key = (t) => {
      const entry = this._getCache(t)[t.path];
      return entry === undefined ? [1, 0] : [entry[0] === FAIL ? 0 : 1, entry[1] ?? 0];
    };
    const keyed = tests.map((t) => ({ t, k: key(t) }));
    keyed.sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1]);
    return keyed.map((x) => x.t);
  }
}

module.exports = CoveringTestsSequencer;

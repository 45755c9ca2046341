/** Browser tests: real Chromium against the built pages in dist/. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test-e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }] },
  testTimeout: 120000,
  // Builds test-e2e/fixtures/fake-office.js from the jest fake (test/excel/fake-office-global.ts).
  globalSetup: "<rootDir>/test-e2e/support/global-setup.ts",
};

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // Type errors are the job of `npm run typecheck`; transpiling alone keeps the suite fast on 2 cores.
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }] },
  moduleNameMapper: {
    // office-addin-mock pulls ESM-only packages; these CommonJS shims stand in for them.
    "^strip-bom$": "<rootDir>/test/shims/strip-bom.js",
    "^uuid$": "<rootDir>/test/shims/uuid.js",
  },
  testTimeout: 60000,
};

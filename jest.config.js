/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // Type errors are the job of `npm run typecheck`; transpiling alone keeps the suite fast on 2 cores.
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
    // commander 15 is published as ES modules only; Node ≥ 20.19 require()s it, jest on Node 20 cannot.
    "/node_modules/commander/.+\\.js$": ["ts-jest", { tsconfig: { allowJs: true, isolatedModules: true, module: "commonjs", target: "ES2022" } }],
  },
  transformIgnorePatterns: ["/node_modules/(?!commander/)"],
  testTimeout: 60000,
  // The CLI's bundle and code cache, built once for the tests that run bin/ptdv.js.
  globalSetup: "<rootDir>/test/build-cli.global-setup.cjs",
};

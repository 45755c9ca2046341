/**
 * One fake Excel for jest and for Chromium: bundles test/excel/fake-office-global.ts
 * (the jest fake, installed as office.js's globals) into the classic script the
 * browser tests serve in place of office.js.
 */
import * as path from "node:path";
import webpack from "webpack";

export const REPO = path.resolve(__dirname, "..", "..");
export const FAKE_OFFICE_SOURCE = path.join(REPO, "test", "excel", "fake-office-global.ts");
export const FAKE_OFFICE_BUNDLE = path.join(REPO, "test-e2e", "fixtures", "fake-office.js");

export function buildFakeOffice(outFile: string = FAKE_OFFICE_BUNDLE): Promise<void> {
  const compiler = webpack({
    mode: "development",
    // eval-based maps would need 'unsafe-eval', which the pane's CSP forbids.
    devtool: false,
    target: ["web", "es2018"],
    entry: FAKE_OFFICE_SOURCE,
    output: { path: path.dirname(outFile), filename: path.basename(outFile), iife: true, clean: false },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: path.join(REPO, "tsconfig.json"), compilerOptions: { module: "esnext", sourceMap: false, target: "ES2018" } } },
        },
      ],
    },
  });
  return new Promise((resolve, reject) => {
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) reject(err);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    });
  });
}

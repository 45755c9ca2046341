/**
 * Two pages: the browser edition (dist/index.html, the default page) and the
 * add-in task pane (dist/taskpane.html). The xlsx reader/writer (ExcelJS) and
 * jszip are chunks loaded on first use, so first paint stays small.
 */
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_BASE_URL = "https://localhost:3000/";

function warnLocalhostManifest() {
  const line = "!".repeat(78);
  console.warn(
    [
      "",
      line,
      "!! WARNING: production build WITHOUT ADDIN_BASE_URL.",
      `!! dist/manifest.xml still points at ${DEV_BASE_URL}: it only works on the machine`,
      "!! running `npm run serve`. To deploy, rebuild with e.g.",
      "!!   ADDIN_BASE_URL=https://intranet.example.vn/ptdv/ npm run build",
      "!! (see docs/DEPLOYMENT.md).",
      line,
      "",
    ].join("\n"),
  );
}

function manifestTransform(mode) {
  return (content) => {
    const base = process.env.ADDIN_BASE_URL;
    if (mode !== "production") return content;
    if (!base) {
      // Not an error: `npm test` builds production without a server URL. Loud, so nobody ships it unnoticed.
      warnLocalhostManifest();
      return content;
    }
    const rewriter = path.resolve(__dirname, "scripts/manifest-rewrite.cjs");
    if (fs.existsSync(rewriter)) return require(rewriter).rewriteManifest(content.toString("utf8"), base);
    const normalized = base.endsWith("/") ? base : `${base}/`;
    return content.toString("utf8").split(DEV_BASE_URL).join(normalized);
  };
}

module.exports = (_env, argv) => {
  const mode = argv.mode === "production" ? "production" : "development";
  return {
    mode,
    entry: {
      browser: "./src/browser/index.ts",
      taskpane: "./src/taskpane/index.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: mode === "production" ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: mode === "production" ? "[name].[contenthash:8].chunk.js" : "[name].chunk.js",
      publicPath: "auto",
      clean: true,
    },
    // No maps in production (they would publish the sources); eval-based maps would need 'unsafe-eval' in the CSP.
    devtool: mode === "production" ? false : "cheap-module-source-map",
    // ES2017: EdgeHTML 18 (Excel 2019/2021 on older Windows) and Safari < 13.1 cannot parse ?. or ??.
    target: ["web", "es2017"],
    resolve: {
      extensions: [".ts", ".js"],
      alias: {
        // ExcelJS's package entry needs Node built-ins; its prebuilt browser bundle does not.
        exceljs$: path.resolve(__dirname, "node_modules/exceljs/dist/exceljs.min.js"),
      },
      fallback: { fs: false, path: false, os: false, stream: false, crypto: false },
    },
    module: {
      // The prebuilt bundle is already self-contained; parsing it again only costs time.
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              // ES modules let webpack see import() and split the lazy chunks.
              compilerOptions: { module: "esnext", moduleResolution: "node", sourceMap: mode !== "production", target: "ES2017" },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        // Lazy chunks are named by the import() sites ("xlsx", "zip"); keep each whole
        // instead of carving their libraries into anonymous vendor chunks.
        cacheGroups: { defaultVendors: false, default: false },
      },
    },
    performance: {
      // The xlsx chunk is large by nature and only loads when a file is read or written.
      assetFilter: (file) => !/xlsx|zip|\.map$/.test(file),
      hints: mode === "production" ? "warning" : false,
      maxEntrypointSize: 400000,
      maxAssetSize: 400000,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/browser/index.html",
        chunks: ["browser"],
        inject: "body",
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        inject: "body",
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/browser/browser.css", to: "browser.css" },
          { from: "manifest.xml", to: "manifest.xml", noErrorOnMissing: true, transform: manifestTransform(mode) },
          { from: "assets", to: "assets", noErrorOnMissing: true, globOptions: { ignore: ["**/*.md"] } },
          { from: "public/ie-guard.js", to: "ie-guard.js", noErrorOnMissing: true },
          { from: "public/syntax-probe.js", to: "syntax-probe.js" },
        ],
      }),
    ],
    stats: "minimal",
  };
};

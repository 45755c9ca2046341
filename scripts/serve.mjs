#!/usr/bin/env node
/**
 * A dependency-free static server for dist/ on localhost:3000. HTTPS when the
 * office-addin-dev-certs certificates exist (Office only sideloads https add-ins),
 * plain HTTP otherwise. `--watch` also runs `webpack --watch` in development mode.
 *
 *   node scripts/serve.mjs [--port 3000] [--dir dist] [--watch] [--http]
 *
 * Every page is sent with its Content-Security-Policy as a header (see
 * securityHeaders below, and docs/DEPLOYMENT.md for IIS and nginx).
 */
import { createServer as createHttpServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { spawn } from "node:child_process";
import { existsSync, readFileSync, statSync, createReadStream } from "node:fs";
import { homedir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};

const port = Number(option("--port", process.env.PORT ?? "3000"));
const dir = resolve(root, option("--dir", "dist"));
const host = "localhost";
/** The manifest in the repository (and a build without ADDIN_BASE_URL) points here. */
const DEV_BASE_URL = "https://localhost:3000/";
/** Where this server answers, once it listens. */
let servedBase = null;

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/*
 * Security headers. The pages also carry their Content-Security-Policy in a
 * <meta> tag (for servers that send none), but a meta policy cannot say who may
 * frame the page (browsers ignore frame-ancestors there), so the server sends
 * the policy as a header too, extended with frame-ancestors.
 *
 * Who may frame the pages: Office on the web renders an add-in's task pane in
 * an iframe inside the Office page ("Privacy and security for Office Add-ins",
 * section "Prevent clickjacking": https://learn.microsoft.com/office/dev/add-ins/concepts/privacy-and-security).
 * Microsoft documents no canonical list of the framing domains
 * (https://github.com/OfficeDev/office-js/issues/1005); these are the ones
 * Microsoft's answers and add-in developers report: excel.cloud.microsoft
 * (https://github.com/OfficeDev/office-js-docs-pr/issues/4911), *.sharepoint.com
 * (same thread: business accounts), *.officeapps.live.com and onedrive.live.com
 * (https://github.com/OfficeDev/office-js/issues/3342), *.office.com and
 * *.microsoft365.com (the Microsoft 365 web app). Desktop Excel loads the pane
 * as a top-level page in its webview, where frame-ancestors does not apply.
 * X-Frame-Options is not sent: it cannot name several origins, and Office
 * would be refused along with everyone else. The browser edition gets the same
 * list because the pane's "open the browser edition" link opens it in the
 * pane's own frame.
 */
const FRAME_ANCESTORS = [
  "'self'",
  "https://*.officeapps.live.com",
  "https://onedrive.live.com",
  "https://*.sharepoint.com",
  "https://*.office.com",
  "https://*.microsoft365.com",
  "https://*.cloud.microsoft",
].join(" ");

/** The same policies as the pages' meta tags (test/browser/serve-headers.test.ts holds them equal). */
const PAGE_CSP = {
  "taskpane.html":
    "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self' https://appsforoffice.microsoft.com; frame-src 'self' https://appsforoffice.microsoft.com; object-src 'none'; base-uri 'self'; form-action 'none'",
  "index.html":
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'",
};

const COMMON_HEADERS = { "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer" };

/** Headers for a file served from dist/: any other HTML page gets the stricter browser-edition policy. */
function securityHeaders(file) {
  if (extname(file).toLowerCase() !== ".html") return COMMON_HEADERS;
  const name = file.slice(file.lastIndexOf(sep) + 1);
  const csp = PAGE_CSP[name] ?? PAGE_CSP["index.html"];
  return { ...COMMON_HEADERS, "Content-Security-Policy": `${csp}; frame-ancestors ${FRAME_ANCESTORS}` };
}

function certificates() {
  if (flag("--http")) return null;
  const certDir = join(homedir(), ".office-addin-dev-certs");
  const cert = join(certDir, "localhost.crt");
  const key = join(certDir, "localhost.key");
  if (!existsSync(cert) || !existsSync(key)) return null;
  return { cert: readFileSync(cert), key: readFileSync(key) };
}

function handler(req, res) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { Allow: "GET, HEAD", ...COMMON_HEADERS }).end();
    return;
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
  } catch {
    res.writeHead(400, COMMON_HEADERS).end("Bad request");
    return;
  }
  if (pathname.endsWith("/")) pathname += "index.html";
  const file = normalize(join(dir, pathname));
  // No path may leave dist/ (e.g. /../package.json).
  if (file !== dir && !file.startsWith(dir + sep)) {
    res.writeHead(403, COMMON_HEADERS).end("Forbidden");
    return;
  }
  let stat;
  try {
    stat = statSync(file);
  } catch {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8", ...COMMON_HEADERS }).end("Not found");
    return;
  }
  if (!stat.isFile()) {
    res.writeHead(404, COMMON_HEADERS).end("Not found");
    return;
  }
  // Served on another port (PORT=3001, --port), the manifest must point at that port, not the repository's 3000.
  if (pathname === "/manifest.xml" && servedBase !== null && servedBase !== DEV_BASE_URL) {
    const body = Buffer.from(readFileSync(file, "utf8").split(DEV_BASE_URL).join(servedBase), "utf8");
    res.writeHead(200, { "Content-Type": TYPES[".xml"], "Content-Length": body.length, "Cache-Control": "no-cache", ...securityHeaders(file) });
    res.end(req.method === "HEAD" ? undefined : body);
    return;
  }
  res.writeHead(200, {
    "Content-Type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
    "Content-Length": stat.size,
    "Cache-Control": "no-cache",
    ...securityHeaders(file),
  });
  if (req.method === "HEAD") res.end();
  else createReadStream(file).pipe(res);
}

if (flag("--watch")) {
  const webpack = spawn(process.execPath, [join(root, "node_modules/webpack-cli/bin/cli.js"), "--mode", "development", "--watch"], {
    cwd: root,
    stdio: "inherit",
  });
  const stop = () => webpack.kill();
  process.on("SIGINT", () => {
    stop();
    process.exit(0);
  });
  process.on("SIGTERM", stop);
  process.on("exit", stop);
} else if (!existsSync(join(dir, "index.html"))) {
  console.error(`Không thấy ${join(dir, "index.html")}. Hãy chạy "npm run build" trước. / Run "npm run build" first.`);
  process.exit(1);
}

const tls = certificates();
const server = tls ? createHttpsServer(tls, handler) : createHttpServer(handler);
const scheme = tls ? "https" : "http";
server.on("error", (e) => {
  console.error(e.code === "EADDRINUSE" ? `Cổng ${port} đang bận. / Port ${port} is in use (try --port 3001).` : e.message);
  process.exit(1);
});
server.listen(port, host, () => {
  // --port 0 asks the system for a free port (the tests do): print the one it gave.
  const base = `${scheme}://${host}:${server.address().port}/`;
  servedBase = base;
  console.log(`
PTĐV đang chạy / PTĐV is running (Ctrl+C để dừng / to stop)

  Bản trình duyệt / Browser edition:  ${base}index.html
  Task pane (add-in):                 ${base}taskpane.html
  Manifest:                           ${base}manifest.xml
`);
  if (!tls) {
    console.log(`Lưu ý / Note: HTTP only. Excel chỉ nạp add-in qua HTTPS / Excel sideloads add-ins over HTTPS only:
  npx office-addin-dev-certs install   # then restart "npm start"
`);
  }
  console.log(`Nạp thử add-in / Sideload the add-in:
  - Excel trên web / on the web: Trang đầu › Bổ trợ › Thêm bổ trợ › Tải lên bổ trợ của tôi → manifest.xml
    (Home › Add-ins › More add-ins › Upload My Add-in → manifest.xml)
  - Windows / Mac: npm run start:desktop  (xem / see docs/DEPLOYMENT.md)
`);
});

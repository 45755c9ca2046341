/*
 * Loaded as a classic script before ie-guard.js. An engine that cannot parse the
 * syntax the bundles use rejects this whole file with a SyntaxError, so the flag
 * below stays unset and the guard shows its message. The bundles are ES2018
 * (test/excel/bundle-syntax.test.ts parses each one at that level), so this file
 * uses each ES2018 syntax they rely on: object spread, Unicode property escapes,
 * named groups and the s flag (EdgeHTML 18 and Safari < 11.1 fail here), and
 * for-await. It then checks the newer built-ins the bundles call without a
 * fallback (the same test lists them): Array.prototype.flat/flatMap (Safari 12)
 * and Object.fromEntries (Safari 12.1). The bundles use no regular-expression
 * lookbehind, which Safari before 16.4 cannot parse. A separate file because
 * the page's CSP forbids evaluating strings.
 */
/* global window */
(function () {
  var probe = { b: 1 };
  var copy = { ...probe };
  // Defined, never called: for-await must parse.
  async function drain(items) {
    for await (const item of items) void item;
  }
  var syntax = typeof drain === "function" && copy.b === 1 && /^\p{L}+$/u.test("Đảng") && /(?<year>\d{4})/.exec("2025").groups.year === "2025" && /a.b/s.test("a\nb");
  var builtIns = typeof Object.fromEntries === "function" && typeof [].flat === "function" && typeof [].flatMap === "function";
  window.__PTDV_SYNTAX_OK__ = syntax && builtIns;
})();

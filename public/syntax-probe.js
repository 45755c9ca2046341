/*
 * Loaded as a classic script before ie-guard.js. An engine that cannot parse the
 * syntax the pane's bundle uses (?. and ?? — Safari < 13.1; object spread and
 * Unicode property escapes — EdgeHTML 18; everything — IE11) rejects this whole
 * file with a SyntaxError, so the flag below stays unset and the guard shows its
 * message. A separate file because the page's CSP forbids evaluating strings.
 */
/* global window */
(function () {
  var probe = { b: 1 };
  var copy = { ...probe };
  window.__PTDV_SYNTAX_OK__ = (copy?.b ?? 0) === 1 && /^\p{L}+$/u.test("Đảng");
})();

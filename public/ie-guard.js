/*
 * PTĐV task pane guard. Excel 2016/2019 (volume licence) and old Windows builds
 * run add-ins in Internet Explorer 11, which cannot run the pane's modern
 * JavaScript and would show a blank pane. This ES5 script runs before the
 * bundle, recognises IE (Trident), an engine without Promise, or one that
 * cannot parse the ES2018 syntax or lacks the built-ins the pane and its
 * libraries use (syntax-probe.js: EdgeHTML 18, Safari before 12.1), and puts
 * a message in place of the pane. It sets window.__PTDV_UNSUPPORTED__ so the
 * bundle can stay quiet if it loads at all.
 */
/* global window, document */
(function () {
  "use strict";
  var ua = (window.navigator && window.navigator.userAgent) || "";
  var isInternetExplorer = /Trident\/|MSIE /.test(ua);
  var lacksModernJs = typeof window.Promise !== "function" || typeof window.Symbol !== "function";
  // syntax-probe.js, loaded just before this file, sets the flag only where the engine
  // could parse the syntax the bundles use and has their built-ins; the page's CSP rules out eval.
  var parsesModernSyntax = window.__PTDV_SYNTAX_OK__ === true;
  if (!isInternetExplorer && !lacksModernJs && parsesModernSyntax) return;
  window.__PTDV_UNSUPPORTED__ = true;

  // Some Office hosts keep the pane hidden until the add-in sets Office.initialize,
  // and the bundle that would set it never runs here: set it, so the message shows.
  // https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in
  var office = window.Office;
  if (office && typeof office.initialize !== "function") office.initialize = function () {};

  function node(tag, text, attrs) {
    var el = document.createElement(tag);
    if (text) el.appendChild(document.createTextNode(text));
    if (attrs) {
      for (var name in attrs) {
        if (Object.prototype.hasOwnProperty.call(attrs, name)) el.setAttribute(name, attrs[name]);
      }
    }
    return el;
  }

  function show() {
    var body = document.body;
    if (!body) return;
    while (body.firstChild) body.removeChild(body.firstChild);
    var box = node("main", "", { id: "ie-unsupported", role: "alert", lang: "vi", style: "font-family:Segoe UI,Arial,sans-serif;padding:16px;line-height:1.45;color:#242424" });
    box.appendChild(node("h1", "Phiên bản Excel này quá cũ cho PTĐV", { style: "font-size:18px;margin:0 0 8px" }));
    box.appendChild(
      node(
        "p",
        isInternetExplorer
          ? "Excel này chạy add-in bằng Internet Explorer 11, không chạy được PTĐV. Bạn có thể:"
          : "Excel này chạy add-in bằng một trình duyệt cũ (Edge cũ hoặc Safari cũ), không chạy được PTĐV. Bạn có thể:"
      )
    );
    var list = node("ul", "");
    list.appendChild(node("li", "Dùng bản trình duyệt của PTĐV (mở trang index.html cùng địa chỉ với add-in bằng Edge, Chrome hoặc Firefox), hoặc"));
    list.appendChild(node("li", "Dùng Excel trên web (office.com) hoặc Microsoft 365 / Excel 2021 trở lên."));
    box.appendChild(list);
    var link = node("a", "Mở bản trình duyệt / Open the browser edition", { href: "index.html", target: "_blank", rel: "noopener" });
    box.appendChild(node("p", "")).appendChild(link);
    box.appendChild(
      node(
        "p",
        (isInternetExplorer ? "This Excel runs add-ins in Internet Explorer 11" : "This Excel runs add-ins in an old web engine (old Edge or Safari)") +
          ", which cannot run PTĐV. Use the PTĐV browser edition (index.html next to the add-in, in Edge, Chrome or Firefox), Excel on the web, or Microsoft 365 on an up-to-date Windows or macOS.",
        { lang: "en", style: "color:#616161;font-size:13px" }
      )
    );
    body.appendChild(box);
  }

  if (document.body) show();
  else document.addEventListener("DOMContentLoaded", show);
})();

/**
 * The production build serves the add-in from ADDIN_BASE_URL; the manifest in
 * the repository points at https://localhost:3000/. This is the one place that
 * knows how to turn one into the other (webpack and the manifest test use it).
 */
"use strict";

const DEV_BASE_URL = "https://localhost:3000/";

function escapeXmlAttribute(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/**
 * Replaces every https://localhost:3000/ in the manifest by `baseUrl`.
 * Office only loads add-ins over HTTPS, so anything else is refused, as are
 * URLs with a query or fragment (they would end up inside every resource URL).
 */
function rewriteManifest(xml, baseUrl) {
  if (typeof xml !== "string" || typeof baseUrl !== "string") throw new TypeError("rewriteManifest(xml: string, baseUrl: string)");
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: ${baseUrl}`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_BASE_URL must use https:// (Office refuses other add-in URLs): ${baseUrl}`);
  if (url.search !== "" || url.hash !== "" || url.username !== "" || url.password !== "") {
    throw new Error(`ADDIN_BASE_URL must be a plain folder URL without query, fragment or credentials: ${baseUrl}`);
  }
  const base = url.href.endsWith("/") ? url.href : `${url.href}/`;
  return xml.split(DEV_BASE_URL).join(escapeXmlAttribute(base));
}

module.exports = { rewriteManifest, DEV_BASE_URL };

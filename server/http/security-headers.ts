// The protective response headers (helmet's), fitted to a server that speaks plain HTTP and may be reached by a
// network address (HOST=0.0.0.0) as well as by localhost.

import type { Request, RequestHandler } from "express";
import helmet, { crossOriginOpenerPolicy } from "helmet";

/** Helmet's headers, less the ones that only make sense over HTTPS, plus the opener policy where a browser obeys it. */
export function createSecurityHeaders(): RequestHandler[] {
  const openerPolicy = crossOriginOpenerPolicy();
  return [
    helmet({
      contentSecurityPolicy: {
        directives: {
          // The client draws into canvases from a web worker built by Vite; blob: workers need that allowance.
          "worker-src": ["'self'", "blob:"],
          // The server speaks plain HTTP only: upgrading would send a browser that reached it by a network name or
          // address to an https:// that nobody serves, and the page would never load its scripts.
          "upgrade-insecure-requests": null,
        },
      },
      // Likewise no HSTS over plain HTTP; a TLS proxy in front of the server is the one to send it.
      strictTransportSecurity: false,
      crossOriginOpenerPolicy: false,
    }),
    // Browsers ignore an opener policy from an origin that is not potentially trustworthy, and Chromium logs an error
    // for it on every page; there it protects nothing, so it is sent only where it holds.
    (request, response, next) => (isPotentiallyTrustworthy(request) ? openerPolicy(request, response, next) : next()),
  ];
}

/**
 * Whether the browser takes the request's origin as potentially trustworthy (W3C Secure Contexts): HTTPS, here only
 * behind a TLS proxy that says so (a forged claim just adds a header the browser ignores), or a loopback host.
 */
export function isPotentiallyTrustworthy(request: Request): boolean {
  const forwarded = request.headers["x-forwarded-proto"];
  if (request.secure || (typeof forwarded === "string" && /^https\s*(,|$)/i.test(forwarded))) return true;
  const host = request.hostname?.toLowerCase() ?? "";
  return host === "localhost" || host.endsWith(".localhost") || host === "[::1]" || /^127(\.\d{1,3}){3}$/.test(host);
}

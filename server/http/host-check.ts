// The guard against DNS rebinding: a request addressed to a host name the server was not told about is refused.

import type { RequestHandler } from "express";
import { isHostAllowed } from "host-validation-middleware";
import { HttpError } from "./errors.js";

/**
 * Admits a request whose Host header names localhost (or a subdomain of it), an IP address, or one of
 * `allowedHosts`; answers any other with 403. A page on another site that rebinds its own name to this server's
 * address sends its own name as Host, so it cannot read the API; names and addresses typed by the user pass. This is
 * Vite's rule (its `server.allowedHosts`), from the library Vite uses.
 */
export function createHostCheck(allowedHosts: readonly string[]): RequestHandler {
  // Frozen: the library then remembers the Host headers it admitted.
  const allowed = Object.freeze([...allowedHosts]);
  return (request, _response, next) => {
    const host = request.headers.host?.toLowerCase();
    if (isHostAllowed(host, allowed)) {
      next();
      return;
    }
    const name = (host ?? "").replace(/:\d*$/, "").slice(0, 100);
    next(
      new HttpError(
        403,
        "host-not-allowed",
        `this server does not answer to the host name "${name}" (a guard against DNS rebinding); to open it ` +
          `under that name, add the name to the ALLOWED_HOSTS setting (e.g. ALLOWED_HOSTS=${name || "kg.example.org"}) ` +
          "and restart it.",
      ),
    );
  };
}

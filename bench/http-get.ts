// How bench:load's clients ask: a GET over keep-alive connections, as a browser asks, done once the whole body is in.

import http from "node:http";
import { BROWSER_ACCEPT_ENCODING } from "./bench-support.js";

/**
 * GETs a URL over the agent's connections with the content codings a browser accepts and answers the status once the
 * whole body has come; a body cut short, or not whole within `timeoutMs`, is an error (and its connection is closed).
 * The body is read and dropped: unpacking it is the browser's work, not the API's.
 */
export function getWhole(agent: http.Agent, url: string, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: { "accept-encoding": BROWSER_ACCEPT_ENCODING } }, (response) => {
      response.resume();
      response.on("close", () =>
        response.complete ? resolve(response.statusCode ?? 0) : reject(new Error("the answer was cut off")),
      );
    });
    request.setTimeout(timeoutMs, () => request.destroy(new Error(`no whole answer within ${timeoutMs} ms`)));
    request.on("error", reject);
  });
}

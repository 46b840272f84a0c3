// Serves an express app on 127.0.0.1 at a port the OS chooses, for tests that talk to it over HTTP.

import type { Server } from "node:http";
import type { Express } from "express";

/** Starts `app`; returns its base URL and a close function that also ends kept-alive connections. */
export async function serveApp(app: Express): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

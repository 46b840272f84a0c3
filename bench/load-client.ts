// bench:load's HTTP clients, in a process of their own as browsers are: the server's process then does the server's
// work alone, and its event loop and CPU time measure the server. Started once by bench:load, which sends it each load
// to run and gets each run back; it ends when bench:load lets go of it.

import http from "node:http";
import { runClosedLoop, type LoadRun } from "./closed-loop.js";
import { getWhole } from "./http-get.js";

/** The load to run: the plan's absolute URLs, over how many connections, for how long. */
export interface LoadClientOrder {
  urls: string[];
  connections: number;
  seconds: number;
  /** A request not answered whole in this time is an error. */
  timeoutMs: number;
}

/** What the clients send back: the run, and the CPU time they took. */
export interface LoadClientResult extends LoadRun {
  clientCpuMs: number;
}

async function run({ urls, connections, seconds, timeoutMs }: LoadClientOrder): Promise<LoadClientResult> {
  // One socket per connection: a closed loop never has more than one request on each.
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  try {
    const cpuBefore = process.cpuUsage();
    const loadRun = await runClosedLoop(connections, seconds, urls.length, (request) =>
      getWhole(agent, urls[request] as string, timeoutMs),
    );
    const { user, system } = process.cpuUsage(cpuBefore);
    return { ...loadRun, clientCpuMs: (user + system) / 1000 };
  } finally {
    agent.destroy();
  }
}

// A failed run ends the process with its error, which bench:load reports.
process.on("message", (order: LoadClientOrder) => void run(order).then((result) => process.send?.(result)));

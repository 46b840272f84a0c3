// Keeps the local Neo4j running for a long-lived process (the server): restarts it when it dies, with backoff and a
// limit, on the same port, data directory and password, so the driver reconnects by itself.

import path from "node:path";
import { KgError } from "../../common/errors.js";
import { FAULT_CODES } from "../database-faults.js";
import { describeExit, startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from "./local-neo4j.js";

/** How often the local Neo4j is restarted: the first restart after `firstDelayMs`, each next one twice as late. */
export interface RestartPolicy {
  /** Restarts allowed within `windowMs`; one more death than that and the server gives up. */
  maxRestarts: number;
  windowMs: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  maxRestarts: 5,
  windowMs: 10 * 60_000,
  firstDelayMs: 1_000,
  maxDelayMs: 30_000,
};

/**
 * When to make the next restart, given the times of the earlier ones: in how many ms, or "give-up" when the window
 * holds as many as the policy allows already.
 */
export function nextRestart(policy: RestartPolicy, earlier: readonly number[], now: number): number | "give-up" {
  const recent = earlier.filter((at) => now - at < policy.windowMs).length;
  if (recent >= policy.maxRestarts) return "give-up";
  return Math.min(policy.firstDelayMs * 2 ** recent, policy.maxDelayMs);
}

/** A local Neo4j kept running: how to log in, why it cannot answer right now (if so), and how to stop it for good. */
export interface SupervisedLocalNeo4j {
  uri: string;
  user: string;
  password: string;
  /** The error to answer with while the Neo4j is being restarted or has been given up on; undefined while it runs. */
  outage(): KgError | undefined;
  /** Stops the Neo4j and any restart on the way. */
  stop(): Promise<void>;
}

const minutes = (ms: number): string => `${Math.round(ms / 60_000)} min`;

/** Starts the local Neo4j as `startLocalNeo4j` does and restarts it whenever it dies, reporting each step to `log`. */
export async function superviseLocalNeo4j(
  options: LocalNeo4jOptions,
  policy: RestartPolicy,
  log: (line: string) => void,
): Promise<SupervisedLocalNeo4j> {
  let current: LocalNeo4j = await startLocalNeo4j(options);
  const { uri, user, password } = current;
  const logs = `${path.join(options.dataDir, "neo4j", "logs", "debug.log")} and ${path.join(options.dataDir, "neo4j-launcher.log")}`;
  const restarts: number[] = [];
  let outage: KgError | undefined;
  let stopped = false;
  let wake: (() => void) | undefined;
  let restarting: Promise<void> | undefined;

  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const restart = async (): Promise<void> => {
    while (!stopped) {
      const delay = nextRestart(policy, restarts, Date.now());
      if (delay === "give-up") {
        log(
          `neo4j: the local Neo4j was restarted ${policy.maxRestarts} time(s) within ${minutes(policy.windowMs)} and ` +
            "stopped again; it is not restarted any more, and the API answers 503 until kg-explorer is restarted. " +
            `See ${logs} for why it stopped.`,
        );
        outage = new KgError(
          FAULT_CODES.stopped,
          "neo4j: the local Neo4j stopped too often and is not restarted again; restart kg-explorer.",
        );
        return;
      }
      log(
        `neo4j: restarting the local Neo4j in ${delay / 1000} s (restart ${restarts.length + 1} of at most ` +
          `${policy.maxRestarts} within ${minutes(policy.windowMs)})`,
      );
      await sleep(delay);
      if (stopped) return;
      restarts.push(Date.now());
      try {
        current = await startLocalNeo4j(options);
      } catch (error) {
        log(`neo4j: restarting the local Neo4j failed: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      if (stopped) {
        await current.stop();
        return;
      }
      outage = undefined;
      log(`neo4j: the local Neo4j runs again (pid ${current.pid}) on ${uri}, with the same store and password`);
      watch(current);
      return;
    }
  };

  const watch = (neo4j: LocalNeo4j): void => {
    void neo4j.exited.then((exit) => {
      if (stopped) return;
      log(
        `neo4j: the local Neo4j (pid ${neo4j.pid}) ${describeExit(exit)}; the API answers 503 until it runs again. ` +
          `See ${logs} for why.`,
      );
      outage = new KgError(
        FAULT_CODES.restarting,
        "neo4j: the local Neo4j stopped and is being restarted; retry in a few seconds.",
      );
      restarting = restart()
        .catch((error: unknown) => log(`neo4j: restarting the local Neo4j failed: ${String(error)}`))
        .finally(() => (restarting = undefined));
    });
  };
  watch(current);

  return {
    uri,
    user,
    password,
    outage: () => outage,
    async stop() {
      stopped = true;
      wake?.();
      await restarting;
      await current.stop();
    },
  };
}

// A driver that notes the Cypher the server runs, so a benchmark can replay a request's statements bare, side by side
// where the server ran them side by side.

import type { Driver } from "neo4j-driver";

export interface RecordedQuery {
  query: string;
  parameters: Record<string, unknown>;
  started: number;
  finished: number;
}

/**
 * A driver whose sessions note every statement the server runs in `log` while `recording()` says so (a session opened
 * otherwise is the driver's own, untouched). A statement counts as finished when its session closes, which the server
 * does once it has read the records: the result itself is left alone, since a second consumer of it (its promise)
 * would change how the server reads it.
 */
export function recordingDriver(driver: Driver, log: RecordedQuery[], recording: () => boolean = () => true): Driver {
  return new Proxy(driver, {
    get(target, property, receiver) {
      if (property !== "session") return Reflect.get(target, property, receiver) as unknown;
      return (...args: Parameters<Driver["session"]>) => {
        const session = target.session(...args);
        if (!recording()) return session;
        const run = session.run.bind(session);
        const close = session.close.bind(session);
        const entries: RecordedQuery[] = [];
        session.run = ((query: string, parameters: Record<string, unknown>, config) => {
          const entry: RecordedQuery = { query, parameters, started: performance.now(), finished: Infinity };
          log.push(entry);
          entries.push(entry);
          return run(query, parameters, config);
        }) as typeof session.run;
        session.close = () => {
          const closed = performance.now();
          for (const entry of entries) entry.finished = Math.min(entry.finished, closed);
          return close();
        };
        return session;
      };
    },
  });
}

/** Splits statements in start order into groups that ran at the same time (each began before the group's last ended). */
export function overlappingGroups(queries: readonly RecordedQuery[]): RecordedQuery[][] {
  const groups: RecordedQuery[][] = [];
  let end = -Infinity;
  for (const q of [...queries].sort((a, b) => a.started - b.started)) {
    if (q.started < end) groups.at(-1)?.push(q);
    else groups.push([q]);
    end = Math.max(end, q.finished);
  }
  return groups;
}

// A closed-loop load and its figures: a number of connections, each sending its next request as soon as its last one
// is answered, for a bounded time, as the explorers of that many people at once would.

import { percentile, round } from "./bench-support.js";

/** One request of a run: which of the plan's it was, how long it took, its status (0: no answer, see `error`). */
export interface LoadSample {
  request: number;
  ms: number;
  status: number;
  error?: string;
}

export interface LoadRun {
  samples: LoadSample[];
  /** From the first request sent to the last one answered. */
  seconds: number;
}

/**
 * Sends requests 0, 1, 2, … of a plan of `planLength` (round and round) over `connections` loops until `seconds` have
 * passed (each sends one at least), then waits for those in flight. `send` answers a status; a throw is an error. Every request sent is counted:
 * a slow answer after the end weighs on the figures rather than falling out of them.
 */
export async function runClosedLoop(
  connections: number,
  seconds: number,
  planLength: number,
  send: (request: number) => Promise<number>,
): Promise<LoadRun> {
  const samples: LoadSample[] = [];
  const started = performance.now();
  const stopAt = started + seconds * 1000;
  let next = 0;
  const connection = async (): Promise<void> => {
    // Each connection sends once at least, however late it starts.
    do {
      const request = next++ % planLength;
      const sent = performance.now();
      try {
        const status = await send(request);
        samples.push({ request, ms: performance.now() - sent, status });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        samples.push({ request, ms: performance.now() - sent, status: 0, error: message });
      }
    } while (performance.now() < stopAt);
  };
  await Promise.all(Array.from({ length: connections }, connection));
  return { samples, seconds: (performance.now() - started) / 1000 };
}

/** The figures of a run (or of one kind of its requests), named as the JSON line names them. */
export interface LoadFigures {
  requests: number;
  requests_per_s: number;
  p50_ms: number;
  p99_ms: number;
  errors: number;
  non2xx: number;
}

/** The figures of `samples` taken over `seconds`: throughput, nearest-rank percentiles, failures by their kind. */
export function loadFigures(samples: readonly LoadSample[], seconds: number): LoadFigures {
  const ms = samples.map((sample) => sample.ms);
  return {
    requests: samples.length,
    requests_per_s: round(samples.length / seconds, 1),
    p50_ms: round(percentile(ms, 50), 1),
    p99_ms: round(percentile(ms, 99), 1),
    errors: samples.filter((sample) => sample.status === 0).length,
    non2xx: samples.filter((sample) => sample.status !== 0 && (sample.status < 200 || sample.status > 299)).length,
  };
}

/** The distinct error messages of a run, most frequent first, each with its count. */
export function errorCounts(samples: readonly LoadSample[]): Array<[message: string, count: number]> {
  const counts = new Map<string, number>();
  for (const { error } of samples) if (error !== undefined) counts.set(error, (counts.get(error) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

// Runs analysis measures in the analysis web worker; a new request cancels one still running (betweenness can be slow).

import type { AnalysisInput, AnalysisMeasure } from "./analysis.js";
import type { AnalysisRequest, AnalysisResponse, AnalysisValues } from "./analysis-worker.js";

export interface AnalysisRunner {
  compute(measures: AnalysisMeasure[], input: AnalysisInput): Promise<AnalysisValues>;
  cleanup(): void;
}

/** A runner over one lazily started worker. */
export function createAnalysisRunner(): AnalysisRunner {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve(values: AnalysisValues): void; reject(error: unknown): void }>();

  const start = (): Worker => {
    const w = new Worker(new URL("./analysis-worker.ts", import.meta.url), { type: "module" });
    w.onmessage = (event: MessageEvent<AnalysisResponse>) => {
      const job = pending.get(event.data.id);
      if (!job) return;
      pending.delete(event.data.id);
      if ("error" in event.data) job.reject(new Error(`analysis: ${event.data.error}`));
      else job.resolve(event.data.values);
    };
    w.onerror = (event) => {
      for (const job of pending.values()) job.reject(new Error(`analysis: ${event.message}`));
      pending.clear();
    };
    return w;
  };

  const cancelAll = (): void => {
    for (const job of pending.values()) job.reject(new DOMException("replaced by a newer analysis", "AbortError"));
    pending.clear();
    worker?.terminate();
    worker = null;
  };

  return {
    compute(measures, input) {
      // A request made while the worker is busy replaces the old work: only the newest view matters.
      if (pending.size > 0) cancelAll();
      worker ??= start();
      const id = nextId++;
      const w = worker;
      return new Promise<AnalysisValues>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.postMessage({ id, measures, input } satisfies AnalysisRequest);
      });
    },
    cleanup: cancelAll,
  };
}

// bench:load's closed loop and its figures: every request sent is counted once, failures by their kind.

import { setImmediate as nextTurn } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { errorCounts, loadFigures, runClosedLoop, type LoadSample } from "../../../bench/closed-loop.js";

describe("runClosedLoop", () => {
  it("goes round the plan in order over its connections, counting every request sent, failed ones as status 0", async () => {
    let inFlight = 0;
    let mostInFlight = 0;
    const sent: number[] = [];
    const run = await runClosedLoop(3, 0.05, 4, async (request) => {
      sent.push(request);
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      await nextTurn();
      inFlight -= 1;
      if (request === 1) throw new Error("refused");
      return request === 2 ? 503 : 200;
    });
    // However busy the machine, each connection sends once: requests 0, 1 and 2 are always there.
    expect(sent.slice(0, 3)).toEqual([0, 1, 2]);
    expect(sent).toEqual(sent.map((_, i) => i % 4));
    expect(mostInFlight).toBe(3);
    expect(inFlight).toBe(0);
    expect(run.samples.map((s) => s.request).sort()).toEqual([...sent].sort());
    for (const sample of run.samples) {
      if (sample.request === 1) expect(sample).toMatchObject({ status: 0, error: "refused" });
      else expect(sample).toMatchObject({ status: sample.request === 2 ? 503 : 200 });
    }
    expect(run.seconds).toBeGreaterThan(0);
  });
});

describe("loadFigures", () => {
  const samples: LoadSample[] = [
    ...Array.from({ length: 96 }, (_, i) => ({ request: i, ms: i + 1, status: 200 })),
    { request: 96, ms: 500, status: 0, error: "no whole answer within 10000 ms" },
    { request: 97, ms: 600, status: 0, error: "the answer was cut off" },
    { request: 98, ms: 700, status: 503 },
    { request: 99, ms: 800, status: 0, error: "the answer was cut off" },
  ];

  it("counts requests without an answer as errors and answers outside 2xx as non-2xx, apart", () => {
    expect(loadFigures(samples, 4)).toEqual({
      requests: 100,
      requests_per_s: 25,
      p50_ms: 50,
      p99_ms: 700,
      errors: 3,
      non2xx: 1,
    });
  });

  it("lists the errors by message, the most frequent first", () => {
    expect(errorCounts(samples)).toEqual([
      ["the answer was cut off", 2],
      ["no whole answer within 10000 ms", 1],
    ]);
  });
});

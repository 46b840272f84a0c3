// When the server restarts its local Neo4j: at once-ish, then later and later, and not at all past the limit.

import { describe, expect, it } from "vitest";
import { nextRestart, type RestartPolicy } from "../../../../neo4j/local/supervise-local-neo4j.js";

const policy: RestartPolicy = { maxRestarts: 3, windowMs: 600_000, firstDelayMs: 1_000, maxDelayMs: 5_000 };
const now = 10_000_000;

describe("nextRestart", () => {
  it("gives up when the window already holds as many restarts as allowed", () => {
    expect(nextRestart(policy, [now - 3_000, now - 2_000, now - 1_000], now)).toBe("give-up");
  });

  it("restarts after the first delay when there was none before", () => {
    expect(nextRestart(policy, [], now)).toBe(1_000);
  });

  it("doubles the delay for each recent restart, up to the largest delay", () => {
    expect(nextRestart(policy, [now - 1_000], now)).toBe(2_000);
    expect(nextRestart(policy, [now - 2_000, now - 1_000], now)).toBe(4_000);
    expect(
      nextRestart(
        { ...policy, maxRestarts: 10 },
        [1, 2, 3, 4, 5].map((i) => now - i),
        now,
      ),
    ).toBe(5_000);
  });

  it("forgets restarts older than the window, so a Neo4j that dies once a day is always restarted", () => {
    const longAgo = [now - 900_000, now - 800_000, now - 700_000];
    expect(nextRestart(policy, longAgo, now)).toBe(1_000);
    expect(nextRestart(policy, [...longAgo, now - 1_000], now)).toBe(2_000);
  });
});

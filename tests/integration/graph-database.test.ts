// Every API read runs through readRows or streamRows: they answer, refuse writes, are stopped by the server-side
// timeout, and given up on by the driver a little later when Neo4j cannot answer at all.

import { afterAll, describe, expect, inject, it } from "vitest";
import { readRows, streamRows } from "../../neo4j/graph-database.js";
import { openTestGraph } from "../helpers/test-graph.js";

const db = openTestGraph();

afterAll(async () => {
  await db.close();
});

describe("readRows", () => {
  it("returns the records of a read statement with its parameters", async () => {
    const records = await readRows(db, "UNWIND $values AS v RETURN v * 2 AS doubled", { values: [1, 2, 3] });
    expect(records.map((r) => r.get("doubled") as number)).toEqual([2, 4, 6]);
  });

  it("refuses a statement that would write, leaving the graph as it was", async () => {
    const count = async () =>
      (await readRows(db, "MATCH (n:ReadProbe) RETURN count(n) AS n", {}))[0]?.get("n") as number;
    await expect(readRows(db, "CREATE (:ReadProbe)", {})).rejects.toThrow(/read/i);
    expect(await count()).toBe(0);
  });

  it("stops a statement that runs longer than its timeout on the server", async () => {
    const slow = "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x) AS n";
    const error = await readRows(db, slow, {}, 300).catch((e: unknown) => e);
    expect((error as { code?: string }).code).toMatch(/TransactionTimedOut|Terminated/);
  });

  it("gives up on a stream and a read that a frozen Neo4j never finishes, and reads again once it runs", async () => {
    const { pid } = inject("neo4j");
    // A limit long enough that Neo4j does not end the statement itself before it is frozen.
    const records = streamRows(db, "UNWIND range(1, 1000000) AS x RETURN x", {}, 5_000);
    expect((await records.next()).done).toBe(false);
    process.kill(pid, "SIGSTOP");
    let streamError: unknown;
    let readError: unknown;
    try {
      streamError = await (async () => {
        for await (const record of records) expect(record.get("x")).toBeGreaterThan(0);
      })().catch((e: unknown) => e);
      readError = await readRows(db, "RETURN 1 AS one", {}, 5_000).catch((e: unknown) => e);
    } finally {
      process.kill(pid, "SIGCONT");
    }
    expect((streamError as { code?: string }).code).toBe("neo4j-timeout");
    expect((readError as { code?: string }).code).toBe("neo4j-timeout");
    expect((readError as Error).message).toMatch(/did not answer within/);
    expect((await readRows(db, "RETURN 1 AS one", {}, 10_000))[0]?.get("one")).toBe(1);
  });
});

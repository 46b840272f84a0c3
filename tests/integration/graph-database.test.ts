// Every API read runs through readRows: it answers, refuses writes and is stopped by the server-side timeout.

import { afterAll, describe, expect, it } from "vitest";
import { readRows } from "../../neo4j/graph-database.js";
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
});

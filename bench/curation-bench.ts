// `npm run bench:curate`: how long a curation request takes over HTTP on the benchmark corpus (the graph bench:api
// keeps under .data/), each rule followed by its undo, next to a read of the same entities in the same run. Ends with
// one JSON line of the figures. Settings: BENCH_DOCUMENTS (default 1000), BENCH_CHARS_PER_DOCUMENT (default 20000),
// BENCH_OPERATIONS (default 140: rules made, each undone, so twice as many requests), BENCH_SEED (default 21).

import type { Server } from "node:http";
import path from "node:path";
import type { CurationChangeResponse } from "../common/api.js";
import { ENTITY_TYPES, type EntityType } from "../common/domain.js";
import { createProgress } from "../common/progress.js";
import { seededRandom } from "../common/seeded-random.js";
import { ingestDocuments } from "../ingest/pipeline/ingest-documents.js";
import { readObjects } from "../neo4j/graph-database.js";
import { graphFingerprint } from "../neo4j/graph-maintenance.js";
import { createApp, graphServices } from "../server/app.js";
import { percentile, positiveInt, ROOT, round, startBenchNeo4j, writeSyntheticCorpus } from "./bench-support.js";

const TOKEN = "bench-token-0123456789abcdef";
const KINDS = ["merge", "rename", "retype", "split", "exclude", "reject", "distinct"] as const;

interface Entity {
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  documents: number;
}

async function main(): Promise<void> {
  const documents = positiveInt("BENCH_DOCUMENTS", 1000);
  const charsPerDocument = positiveInt("BENCH_CHARS_PER_DOCUMENT", 20_000);
  const operations = positiveInt("BENCH_OPERATIONS", 140);
  const random = seededRandom(positiveInt("BENCH_SEED", 21));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const work = path.join(ROOT, ".data", "bench", `corpus-${documents}x${charsPerDocument}`);
  const { local, db } = await startBenchNeo4j(path.join(work, "data"));
  let server: Server | undefined;
  try {
    const { files } = await writeSyntheticCorpus(path.join(work, "corpus"), documents, charsPerDocument);
    await ingestDocuments(db, files, { progress: createProgress(process.stderr, "ingest") });
    const app = createApp({ ...graphServices(db), apiTokens: [{ label: "bench", secret: TOKEN }] });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s));
    });
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const request = async (url: string, body?: unknown): Promise<{ ms: number; json: unknown }> => {
      const started = performance.now();
      const response = await fetch(base + url, {
        method: body === undefined ? "GET" : "POST",
        headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const json = (await response.json()) as unknown;
      if (!response.ok) throw new Error(`${url} answered ${response.status}: ${JSON.stringify(json)}`);
      return { ms: performance.now() - started, json };
    };

    const before = await graphFingerprint(db);
    const entities = await readObjects<Entity>(
      db,
      `MATCH (e:Entity) RETURN e.key AS key, e.type AS type, e.name AS name, e.aliases AS aliases,
       toInteger(e.documents) AS documents ORDER BY e.key`,
    );
    const relations = await readObjects<{ source: string; type: string; target: string }>(
      db,
      `MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) <> 'CO_OCCURS'
       RETURN a.key AS source, type(r) AS type, b.key AS target ORDER BY source, type, target`,
    );
    console.log(`graph: ${documents} documents, ${entities.length} entities, ${relations.length} stated relations`);
    const sameType = (type: EntityType) => entities.filter((e) => e.type === type);
    const operationOf = (kind: (typeof KINDS)[number]): { body: unknown; entity: Entity } => {
      const entity = pick(entities);
      switch (kind) {
        case "merge": {
          const other = pick(sameType(entity.type).filter((e) => e.key !== entity.key));
          return {
            body: { kind, entities: [other.key, entity.key], into: { type: entity.type, name: entity.name } },
            entity: other,
          };
        }
        case "rename":
          return { body: { kind, entity: entity.key, into: { name: `${entity.name}（核）` } }, entity };
        case "retype":
          return {
            body: { kind, entity: entity.key, into: { type: pick(ENTITY_TYPES.filter((t) => t !== entity.type)) } },
            entity,
          };
        case "split": {
          const withForms = pick(entities.filter((e) => e.aliases.length > 1));
          const surface = pick(withForms.aliases.filter((a) => a !== withForms.name));
          return {
            body: { kind, entity: withForms.key, surface, into: { type: withForms.type, name: surface } },
            entity: withForms,
          };
        }
        case "exclude":
          return { body: { kind, entity: entity.key }, entity };
        case "reject":
          return { body: { kind, relation: pick(relations) }, entity };
        case "distinct": {
          const other = pick(sameType(entity.type).filter((e) => e.key !== entity.key));
          return { body: { kind, entities: [entity.key, other.key] }, entity };
        }
      }
    };

    // Warm up: every kind a few times, and the read, so plans are compiled before anything is timed.
    for (let i = 0; i < 3; i++)
      for (const kind of KINDS) {
        const made = await request("/api/curation/rules", operationOf(kind).body);
        await request("/api/curation/undo", { id: (made.json as CurationChangeResponse).rule.id });
      }
    const times: Record<string, number[]> = { read: [], undo: [], all: [] };
    const documentsTouched: number[] = [];
    for (let i = 0; i < operations; i++) {
      const kind = KINDS[i % KINDS.length] as (typeof KINDS)[number];
      const { body, entity } = operationOf(kind);
      times.read?.push((await request(`/api/entities/${encodeURIComponent(entity.key)}`)).ms);
      const made = await request("/api/curation/rules", body);
      const change = made.json as CurationChangeResponse;
      const undone = await request("/api/curation/undo", { id: change.rule.id });
      documentsTouched.push(change.documents);
      (times[kind] ??= []).push(made.ms);
      times.undo?.push(undone.ms);
      times.all?.push(made.ms, undone.ms);
    }
    const after = await graphFingerprint(db);

    const figures: Record<string, number | boolean> = { documents, operations };
    console.log(
      "request p50 / p95 / max ms (each rule made, then undone; the read is GET /api/entities of its entity):",
    );
    for (const [name, samples] of Object.entries(times)) {
      const [p50, p95, max] = [percentile(samples, 50), percentile(samples, 95), Math.max(...samples)];
      console.log(
        `  ${name.padEnd(9)} ${p50.toFixed(1).padStart(7)} ${p95.toFixed(1).padStart(7)} ${max.toFixed(1).padStart(8)}   (n=${samples.length})`,
      );
      figures[`${name}_p50_ms`] = round(p50, 1);
      figures[`${name}_p95_ms`] = round(p95, 1);
    }
    console.log(
      `documents changed per rule: median ${percentile(documentsTouched, 50)}, p95 ${percentile(documentsTouched, 95)}, max ${Math.max(...documentsTouched)}; ` +
        `graph after every undo ${after === before ? "identical to before" : "CHANGED"}`,
    );
    figures.graph_restored = after === before;
    figures.documents_changed_p95 = percentile(documentsTouched, 95);
    console.log(JSON.stringify(figures));
  } finally {
    server?.closeAllConnections();
    server?.close();
    await db.close();
    await local.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

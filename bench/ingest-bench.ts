// `npm run bench:ingest`: ingests a seeded synthetic corpus into a fresh local Neo4j and compares the write phase
// with a raw batched UNWIND … MERGE of the same rows, and the whole ingest with one under a thousand curation rules,
// in the same run. Ends with one JSON line of the figures.
// Settings: BENCH_DOCUMENTS (default 1000), BENCH_CHARS_PER_DOCUMENT (default 20000).

import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createProgress, SILENT_PROGRESS } from "../common/progress.js";
import type { DocumentRows } from "../ingest/write/document-rows.js";
import { ingestDocuments } from "../ingest/pipeline/ingest-documents.js";
import { emptyGraph, graphSize } from "../neo4j/graph-maintenance.js";
import { cypher, cypherStatements } from "../neo4j/cypher-files.js";
import { readObjects, writeTransaction, type GraphTarget } from "../neo4j/graph-database.js";
import type { CurationOperation, CurationRule, RelationRef } from "../common/curation.js";
import type { EntityType } from "../common/domain.js";
import { seededRandom } from "../common/seeded-random.js";
import { importRules } from "../ingest/curate/curation.js";
import { positiveInt, round, startBenchNeo4j, writeSyntheticCorpus } from "./bench-support.js";

const RAW_BATCH = 10_000;
/** Curation rules the second ingest applies. */
const RULES = 1000;

async function main(): Promise<void> {
  const documents = positiveInt("BENCH_DOCUMENTS", 1000);
  const charsPerDocument = positiveInt("BENCH_CHARS_PER_DOCUMENT", 20_000);
  const work = await mkdtemp(path.join(os.tmpdir(), "kg-bench-ingest-"));
  const { local, db } = await startBenchNeo4j(path.join(work, "data"));
  try {
    const { files, chars } = await writeSyntheticCorpus(path.join(work, "corpus"), documents, charsPerDocument);
    console.log(
      `corpus: ${documents} documents, ${(chars / 1e6).toFixed(1)} M characters (seeded, from the sample report)`,
    );

    // Warm the JVM's compilers on a slice first, so neither the ingest nor the baseline pays for a cold start.
    await ingestDocuments(db, files.slice(0, Math.min(30, files.length)), { progress: SILENT_PROGRESS });
    await emptyGraph(db);

    const first = await ingestDocuments(db, files, { progress: createProgress(process.stderr, "ingest") });
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    const size = await graphSize(db);
    const relationshipsPerS = first.relationships / first.writeSeconds;
    console.log(
      `first ingest: ${first.seconds.toFixed(1)} s, ${(documents / first.seconds).toFixed(1)} documents/s, ${Math.round(first.sentences / first.seconds)} sentences/s`,
    );
    console.log(
      `write phase: ${first.writeSeconds.toFixed(1)} s for ${first.relationships} relationships = ${Math.round(relationshipsPerS)} relationships/s ` +
        `(of which ${first.foldSeconds.toFixed(1)} s folding pending evidence into relations)`,
    );
    console.log(
      `graph: ${size.nodes} nodes, ${size.relationships} relationships; peak RSS of the ingest process ${peakRssMb.toFixed(0)} MB`,
    );

    const second = await ingestDocuments(db, files, { progress: SILENT_PROGRESS });
    const sizeAfterSecond = await graphSize(db);
    console.log(
      `second ingest (nothing changed): ${second.seconds.toFixed(2)} s (${((100 * second.seconds) / first.seconds).toFixed(1)}% of the first), graph ${sizeAfterSecond.nodes === size.nodes && sizeAfterSecond.relationships === size.relationships ? "unchanged" : "CHANGED"}`,
    );

    // The same corpus ingested again into an empty graph that holds RULES curation rules first, then once more without
    // rules: the time under rules is set against the mean of the two runs without, so neither order nor a warmer
    // database favours one side.
    const rules = await benchRules(db, RULES);
    await emptyGraph(db);
    await importRules(db, { kgCuration: 1, rules });
    const curated = await ingestDocuments(db, files, { progress: createProgress(process.stderr, "ingest with rules") });
    const changed = await documentsCurated(db);
    await emptyGraph(db);
    const again = await ingestDocuments(db, files, { progress: createProgress(process.stderr, "ingest again") });
    const withoutRules = (first.seconds + again.seconds) / 2;
    const curatedRatio = curated.seconds / withoutRules;
    console.log(
      `ingest under ${rules.length} curation rules: ${curated.seconds.toFixed(1)} s against ${withoutRules.toFixed(1)} s without ` +
        `(mean of ${first.seconds.toFixed(1)} s and ${again.seconds.toFixed(1)} s): ${(100 * (curatedRatio - 1)).toFixed(1)}% more; ` +
        `the rules changed ${changed} of ${documents} documents`,
    );

    // Baseline: the same rows, extracted again off the clock, written by plain batched UNWIND … MERGE into an empty graph.
    const rows: DocumentRows[] = [];
    await ingestDocuments(undefined, files, {
      progress: SILENT_PROGRESS,
      dryRun: true,
      onExtracted: (r) => rows.push(r),
    });
    await emptyGraph(db);
    const rawSeconds = await rawMerge(db, rows);
    const rawRelationshipsPerS = first.relationships / rawSeconds;
    const writeRatio = relationshipsPerS / rawRelationshipsPerS;
    console.log(
      `raw UNWIND … MERGE of the same rows: ${rawSeconds.toFixed(1)} s = ${Math.round(rawRelationshipsPerS)} relationships/s; ingest write phase at ${(100 * writeRatio).toFixed(0)}% of it`,
    );
    await db.close();

    console.log(
      JSON.stringify({
        documents,
        chars,
        seconds: round(first.seconds),
        documents_per_s: round(documents / first.seconds),
        sentences_per_s: Math.round(first.sentences / first.seconds),
        write_seconds: round(first.writeSeconds),
        fold_seconds: round(first.foldSeconds),
        relationships_written: first.relationships,
        relationships_per_s: Math.round(relationshipsPerS),
        raw_seconds: round(rawSeconds),
        raw_relationships_per_s: Math.round(rawRelationshipsPerS),
        write_ratio: round(writeRatio),
        second_run_seconds: round(second.seconds),
        second_run_ratio: round(second.seconds / first.seconds, 3),
        curation_rules: rules.length,
        curated_seconds: round(curated.seconds),
        uncurated_again_seconds: round(again.seconds),
        curated_ratio: round(curatedRatio, 3),
        peak_rss_mb: Math.round(peakRssMb),
        nodes: size.nodes,
        relationships: size.relationships,
      }),
    );
  } finally {
    await local.stop();
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * `count` rules of every kind about the graph's entities and relations, seeded: merges of two entities of a type,
 * renames, retypes, splits of a surface form, exclusions of an entity or a form, rejections and distinct pairs.
 */
async function benchRules(db: GraphTarget, count: number): Promise<CurationRule[]> {
  const random = seededRandom(11);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const entities = await readObjects<{ key: string; type: EntityType; name: string; aliases: string[] }>(
    db,
    cypher("bench-entities"),
  );
  const relations = await readObjects<RelationRef>(db, cypher("bench-stated-relations"));
  const withForms = entities.filter((e) => e.aliases.length > 1);
  const operation = (i: number): CurationOperation => {
    const e = pick(entities);
    const other = () => pick(entities.filter((x) => x.type === e.type && x.key !== e.key));
    const form = pick(withForms);
    switch (i % 10) {
      case 0:
      case 1:
      case 2:
        return { kind: "merge", entities: [other().key, e.key], into: { type: e.type, name: e.name } };
      case 3:
        return { kind: "rename", entity: e.key, into: { type: e.type, name: `${e.name}（核）` } };
      case 4:
        return {
          kind: "retype",
          entity: e.key,
          into: { type: e.type === "Topic" ? "Project" : "Topic", name: e.name },
        };
      case 5:
        return {
          kind: "split",
          entity: form.key,
          surface: form.aliases[0] as string,
          into: { type: form.type, name: form.aliases[0] as string },
        };
      case 6:
        return i % 20 === 6
          ? { kind: "exclude", entity: e.key }
          : { kind: "exclude", entity: form.key, surface: form.aliases[0] as string };
      case 7:
      case 8:
        return { kind: "reject", relation: pick(relations) };
      default:
        return { kind: "distinct", entities: [e.key, other().key] };
    }
  };
  return Array.from({ length: count }, (_, i) => ({
    ...operation(i),
    id: `bench-${i}`,
    created: new Date(0).toISOString(),
    by: "bench",
  }));
}

/** Documents that some curation rule changed. */
async function documentsCurated(db: GraphTarget): Promise<number> {
  const [row] = await readObjects<{ n: number }>(db, cypher("bench-curated-documents"));
  return Number(row?.n ?? 0);
}

/** Writes all rows kind by kind in batches of RAW_BATCH, one transaction per batch; returns the seconds taken. */
async function rawMerge(db: GraphTarget, rows: DocumentRows[]): Promise<number> {
  const statements = cypherStatements("raw-merge");
  const kinds = [
    rows.map((r) => r.document),
    rows.flatMap((r) => r.sentences.map((s) => ({ ...s, document: r.document.key }))),
    rows.flatMap((r) => r.entities),
    rows.flatMap((r) => r.mentions),
    rows.flatMap((r) => r.relations),
  ];
  const started = performance.now();
  for (const [i, all] of kinds.entries()) {
    for (let at = 0; at < all.length; at += RAW_BATCH) {
      await writeTransaction(db, (tx) => tx.run(statements[i] as string, { rows: all.slice(at, at + RAW_BATCH) }));
    }
  }
  return (performance.now() - started) / 1000;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

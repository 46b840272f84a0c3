// A seeded synthetic extraction in the `kg extract --json` contract, for the import benchmark: one long document
// whose relations each cite their own sentence, between entities mentioned in it.

import { seededRandom } from "../common/seeded-random.js";
import type { ExtractOutput } from "../ingest/commands/extract-command.js";

/** Characters of one synthetic sentence: `甲{source}与乙{target}合作。` padded to a fixed width. */
const SENTENCE_CHARS = 24;

/**
 * `relations` COLLABORATES_WITH relations between about a quarter as many organizations, each with one evidence
 * sentence of its own that mentions both ends. Deterministic: the same count gives the same contract.
 */
export function buildSyntheticExtraction(relations: number): ExtractOutput {
  const random = seededRandom(relations);
  const entityCount = Math.max(2, Math.round(relations / 4));
  const id = (n: number) => `Organization:机构${n}`;
  const entities: ExtractOutput["entities"] = Array.from({ length: entityCount }, (_, n) => ({
    id: id(n),
    type: "Organization",
    name: `机构${n}`,
    aliases: [`机构${n}`],
    mentions: [],
  }));
  const doc = "0".repeat(64);
  const out: ExtractOutput["relations"] = [];
  for (let i = 0; i < relations; i++) {
    const a = Math.floor(random() * entityCount);
    const b = (a + 1 + Math.floor(random() * (entityCount - 1))) % entityCount;
    const start = i * SENTENCE_CHARS;
    const text = `${entities[a]?.name}与${entities[b]?.name}合作。`.padEnd(SENTENCE_CHARS, "。");
    const second = start + (entities[a]?.name.length ?? 0) + 1;
    entities[a]?.mentions.push({ doc, start, end: start + (entities[a]?.name.length ?? 0) });
    entities[b]?.mentions.push({ doc, start: second, end: second + (entities[b]?.name.length ?? 0) });
    out.push({
      type: "COLLABORATES_WITH",
      source: id(a),
      target: id(b),
      weight: 1,
      rule: "synthetic",
      evidence: [{ doc, start, end: start + SENTENCE_CHARS, text }],
    });
  }
  return {
    documents: [{ id: doc, path: "synthetic.txt", title: "synthetic", chars: relations * SENTENCE_CHARS }],
    entities,
    relations: out,
  };
}

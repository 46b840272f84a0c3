// Scores COLLABORATES_WITH on hand-checked sentences of whole documents, by the rules of scorers/score-collab.mjs. Pure.

import path from "node:path";
import type { ExtractOutput } from "../../ingest/commands/extract-command.js";
import { normalizeName, typeScore, type TypeScore } from "./score.js";

/** One side of a gold pair: its canonical name and the surfaces the sentence uses. */
export interface CollabParty {
  canonical: string;
  surfaces?: string[];
}

/** One line of collab-dev.jsonl: a sentence of `<doc>.txt` at [start, end) and the pairs it states as working together. */
export interface CollabSentence {
  id: string;
  doc: string;
  start: number;
  end: number;
  pairs: Array<{ a: CollabParty; b: CollabParty; note?: string }>;
}

/** The figures of score-collab.mjs, with the false pairs and the missed firm pairs ("c012: A — B"). */
export interface CollabScores {
  sentences: number;
  score: TypeScore;
  /** Sentences holding at least one false pair. */
  sentencesWithFalse: number;
  falsePairs: string[];
  missed: string[];
}

/** As score.mjs, and 四川省人民政府 = 四川省政府. */
function collabName(name: string): string {
  return normalizeName(name)
    .replace(/人民政府$/u, "政府")
    .trim();
}

const isBorderline = (note: string | undefined) => /borderline/i.test(note ?? "");

/**
 * A predicted COLLABORATES_WITH counts for a sentence when one of its evidence spans overlaps it; one matching only
 * borderline pairs is left out of precision; recall is over the firm pairs. Documents are named by their file's base
 * name without `.txt`.
 */
export function scoreCollab(gold: readonly CollabSentence[], output: ExtractOutput): CollabScores {
  const docIdByName = new Map(output.documents.map((d) => [path.basename(d.path, ".txt"), d.id]));
  const entities = new Map(output.entities.map((e) => [e.id, e]));
  const names = new Map(
    output.entities.map((e) => [e.id, new Set([e.name, ...e.aliases].map(collabName).filter((n) => n.length > 0))]),
  );
  const collab = output.relations.filter((r) => r.type === "COLLABORATES_WITH");
  const side = (p: CollabParty) =>
    new Set([p.canonical, ...(p.surfaces ?? [])].map(collabName).filter((n) => n.length > 0));
  const meets = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((n) => b.has(n));
  let predicted = 0;
  let correct = 0;
  let firmCount = 0;
  let found = 0;
  let sentencesWithFalse = 0;
  const falsePairs: string[] = [];
  const missed: string[] = [];
  for (const s of gold) {
    const doc = docIdByName.get(s.doc);
    const firm = s.pairs.filter((p) => !isBorderline(p.note));
    firmCount += firm.length;
    const hitFirm = new Set<(typeof s.pairs)[number]>();
    let falseHere = false;
    for (const r of collab.filter((r) => r.evidence.some((e) => e.doc === doc && e.start < s.end && e.end > s.start))) {
      const a = names.get(r.source) ?? new Set([collabName(r.source)]);
      const b = names.get(r.target) ?? new Set([collabName(r.target)]);
      const hits = s.pairs.filter(
        (g) => (meets(a, side(g.a)) && meets(b, side(g.b))) || (meets(a, side(g.b)) && meets(b, side(g.a))),
      );
      if (hits.length > 0 && hits.every((g) => isBorderline(g.note))) continue;
      predicted++;
      if (hits.length > 0) {
        correct++;
        for (const g of hits) if (firm.includes(g)) hitFirm.add(g);
      } else {
        falseHere = true;
        falsePairs.push(
          `${s.id}: ${entities.get(r.source)?.name ?? r.source} — ${entities.get(r.target)?.name ?? r.target}`,
        );
      }
    }
    if (falseHere) sentencesWithFalse++;
    found += hitFirm.size;
    for (const g of firm) if (!hitFirm.has(g)) missed.push(`${s.id}: ${g.a.canonical} — ${g.b.canonical}`);
  }
  return {
    sentences: gold.length,
    score: typeScore("COLLABORATES_WITH", predicted, correct, firmCount, found),
    sentencesWithFalse,
    falsePairs,
    missed,
  };
}

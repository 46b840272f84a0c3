// Scores COLLABORATES_WITH and company names on FinRE sentences, by the rules of scorers/finre.mjs. Pure.

import path from "node:path";
import type { ExtractOutput } from "../../ingest/commands/extract-command.js";
import { typeScore, type TypeScore } from "./score.js";

/** Labels of a pair that collaborates. */
export const FINRE_POSITIVE: ReadonlySet<string> = new Set(["合作", "签约", "合资"]);
/** Labels that count neither way. Every other label, `unknown` included, is a pair that must not be called a collaboration. */
export const FINRE_NEITHER: ReadonlySet<string> = new Set(["商讨", "帮助", "被帮助", "订单", "交易"]);

/** One distinct sentence of a split, its id (00001, 00002… in order of first appearance) and its labelled pairs. */
export interface FinreSentence {
  id: string;
  text: string;
  pairs: Array<{ names: [string, string]; rel: string }>;
}

/** FinRE's name comparison: NFKC and no whitespace (quotation marks are part of a company's name here). */
export function finreName(name: string): string {
  return name.normalize("NFKC").replace(/\s/gu, "");
}

/**
 * Reads a split (`head \t tail \t relation \t sentence` per line, each pair listed both ways) into its distinct
 * sentences: a positive label in either direction wins, then a judged negative over a left-out label.
 */
export function parseFinre(content: string): FinreSentence[] {
  const bySentence = new Map<string, Map<string, string>>();
  for (const line of content.split("\n")) {
    const [head = "", tail = "", rel = "", text] = line.split("\t");
    if (!text) continue;
    const labels = bySentence.get(text) ?? new Map<string, string>();
    bySentence.set(text, labels);
    const key = [finreName(head), finreName(tail)].sort().join("|");
    const prev = labels.get(key);
    if (prev === undefined || FINRE_POSITIVE.has(rel) || (FINRE_NEITHER.has(prev) && !FINRE_POSITIVE.has(rel)))
      labels.set(key, prev !== undefined && FINRE_POSITIVE.has(prev) ? prev : rel);
  }
  return [...bySentence].map(([text, labels], i) => ({
    id: String(i + 1).padStart(5, "0"),
    text,
    pairs: [...labels].map(([key, rel]) => {
      const [a = "", b = ""] = key.split("|");
      return { names: [a, b], rel };
    }),
  }));
}

/** The figures of finre.mjs, with the pairs behind them ("00012: A — B (label)") and the company names not found. */
export interface FinreScores {
  sentences: number;
  /** COLLABORATES_WITH: predicted = judged predictions, gold = positive pairs. */
  score: TypeScore;
  names: number;
  namesFound: number;
  falsePairs: string[];
  missed: string[];
  namesMissed: string[];
}

/**
 * Scores an extraction of the sentences, each a document named `<id>.txt`: a COLLABORATES_WITH whose evidence lies in a
 * sentence and whose endpoints' names are a labelled pair is judged by the pair's label (pairs not labelled cannot be
 * judged); a labelled name counts as found when an Organization mentioned in that sentence goes by it.
 */
export function scoreFinre(gold: readonly FinreSentence[], output: ExtractOutput): FinreScores {
  const sentenceOfDoc = new Map(output.documents.map((d) => [d.id, path.basename(d.path, ".txt")]));
  const names = new Map(output.entities.map((e) => [e.id, [e.name, ...e.aliases].map(finreName)]));
  const predicted = new Map<string, Array<[string[], string[]]>>();
  for (const r of output.relations.filter((r) => r.type === "COLLABORATES_WITH")) {
    for (const ev of r.evidence) {
      const sid = sentenceOfDoc.get(ev.doc) ?? "";
      const list = predicted.get(sid) ?? [];
      list.push([names.get(r.source) ?? [], names.get(r.target) ?? []]);
      predicted.set(sid, list);
    }
  }
  const orgNames = new Map<string, Set<string>>();
  for (const e of output.entities.filter((e) => e.type === "Organization")) {
    for (const m of e.mentions) {
      const sid = sentenceOfDoc.get(m.doc) ?? "";
      const set = orgNames.get(sid) ?? new Set<string>();
      for (const n of names.get(e.id) ?? []) set.add(n);
      orgNames.set(sid, set);
    }
  }
  let nameCount = 0;
  let namesFound = 0;
  const namesMissed: string[] = [];
  let positives = 0;
  let found = 0;
  let judged = 0;
  let correct = 0;
  const falsePairs: string[] = [];
  const missed: string[] = [];
  for (const s of gold) {
    const labelled = new Set(s.pairs.flatMap((p) => p.names));
    nameCount += labelled.size;
    for (const n of labelled) {
      if (orgNames.get(s.id)?.has(n)) namesFound++;
      else namesMissed.push(n);
    }
    const preds = predicted.get(s.id) ?? [];
    for (const p of s.pairs) {
      if (FINRE_NEITHER.has(p.rel)) continue;
      const [x, y] = p.names;
      const hit = preds.some(([a, b]) => (a.includes(x) && b.includes(y)) || (a.includes(y) && b.includes(x)));
      const positive = FINRE_POSITIVE.has(p.rel);
      if (positive) positives++;
      if (hit) judged++;
      if (hit && positive) {
        found++;
        correct++;
      }
      if (hit && !positive) falsePairs.push(`${s.id}: ${x} — ${y} (${p.rel})`);
      if (!hit && positive) missed.push(`${s.id}: ${x} — ${y} (${p.rel})`);
    }
  }
  return {
    sentences: gold.length,
    score: typeScore("COLLABORATES_WITH", judged, correct, positives, found),
    names: nameCount,
    namesFound,
    falsePairs,
    missed,
    namesMissed,
  };
}

// Adds the pending evidence of every document that has some to the relations it supports, in one write: the evidence
// sentences, the weight (their number) and the date span; then clears it. A document's pending evidence is four
// parallel lists: relation type, source key, target key, and its evidence sentences' indexes joined by spaces (earlier
// versions left whole sentence keys there; both are read). A relation the document created already holds its evidence
// (its first sentence is the document's), so only relations that existed before it are extended. Idempotent: nothing
// pending, nothing done.
MATCH (d:Document) WHERE d.pendingTypes IS NOT NULL
WITH d ORDER BY d.key
UNWIND range(0, size(d.pendingTypes) - 1) AS i
WITH d.key AS document, d.date AS date, d.pendingTypes[i] AS type, d.pendingSources[i] AS source, d.pendingTargets[i] AS target,
     [s IN split(d.pendingSentences[i], ' ') | CASE WHEN s CONTAINS ':' THEN s ELSE d.key + ':' + s END] AS sentences
WITH type, source, target, collect({document: document, date: date, sentences: sentences}) AS contributions
MATCH (:Entity {key: source})-[r:$(type)]->(:Entity {key: target})
WITH r, [c IN contributions WHERE NOT r.sentences[0] STARTS WITH c.document + ':'] AS added
WHERE size(added) > 0
WITH r, reduce(all = [], c IN added | all + c.sentences) AS sentences, [c IN added WHERE c.date IS NOT NULL | c.date] AS dates
SET r.sentences = r.sentences + sentences,
    r.weight = r.weight + size(sentences),
    r.firstDate = reduce(first = r.firstDate, date IN dates | CASE WHEN first IS NULL OR date < first THEN date ELSE first END),
    r.lastDate = reduce(last = r.lastDate, date IN dates | CASE WHEN last IS NULL OR date > last THEN date ELSE last END)
WITH count(*) AS extended
CALL () {
  MATCH (d:Document) WHERE d.pendingTypes IS NOT NULL
  REMOVE d.pendingTypes, d.pendingSources, d.pendingTargets, d.pendingSentences
}
RETURN extended

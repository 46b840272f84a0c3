// `kg remove <document>...`: removes documents (by file, stored path or key) and what only they supported.

import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { KgError } from "../../common/errors.js";
import { createProgress } from "../../common/progress.js";
import { cypher } from "../../neo4j/cypher-files.js";
import { resolveNeo4jConfig } from "../../neo4j/neo4j-config.js";
import { withGraphDatabase } from "../../neo4j/open-graph-database.js";
import { readObjects, type GraphDatabase } from "../../neo4j/graph-database.js";
import { documentKey } from "../write/document-rows.js";
import { removeDocument } from "../write/write-document.js";

export const REMOVE_USAGE =
  "kg remove <file|stored path|document key|sha256>...\n      remove documents and every mention, relation and entity only they supported";

/** Runs `kg remove`; the exit code is 1 when a named document is not stored. */
export async function runRemove(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length === 0)
    throw new KgError("usage", "kg remove: name a document: its file, its stored path or its sha256 key.");
  return withGraphDatabase(resolveNeo4jConfig(), createProgress(process.stderr, "neo4j"), async (db) => {
    let missing = 0;
    for (const given of positionals) {
      const key = await findDocumentKey(db, given);
      if (key !== undefined && (await removeDocument(db, key))) {
        console.log(`removed ${given} (document ${key})`);
      } else {
        console.error(`kg remove: no stored document matches ${given}; \`npm run kg -- stats\` shows what is stored.`);
        missing += 1;
      }
    }
    return missing > 0 ? 1 : 0;
  });
}

/** A sha256 or document key as is; an existing file by the hash of its content; otherwise a stored path. */
async function findDocumentKey(db: GraphDatabase, given: string): Promise<string | undefined> {
  if (/^[0-9a-f]{16}([0-9a-f]{48})?$/i.test(given)) return documentKey(given.toLowerCase());
  try {
    return documentKey(
      createHash("sha256")
        .update(await readFile(given))
        .digest("hex"),
    );
  } catch {
    const [found] = await readObjects<{ key: string }>(db, cypher("document-by-path"), { path: path.resolve(given) });
    return found?.key;
  }
}

// The `kg` command line: `kg ingest <file|dir>...` and the other corpus commands, one handler per command.

import { parseArgs } from "node:util";
import { KgError, reportFatal } from "../common/errors.js";
import { createProgress } from "../common/progress.js";
import { withGraphDatabase } from "../neo4j/open-graph-database.js";
import { resolveNeo4jConfig } from "../neo4j/neo4j-config.js";
import { findDocuments } from "./find-documents.js";
import { ingestDocuments } from "./ingest-documents.js";

type Command = { usage: string; run(args: string[]): Promise<number> };

const COMMANDS: Record<string, Command> = {
  ingest: {
    usage: "kg ingest <file|dir>...    extract documents and store them in Neo4j (unchanged ones are skipped)",
    async run(args) {
      const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
      if (positionals.length === 0) throw new KgError("usage", "kg ingest: name at least one file or directory, e.g. npm run kg -- ingest samples/");
      const files = await findDocuments(positionals);
      const config = resolveNeo4jConfig();
      const summary = await withGraphDatabase(config, createProgress(process.stderr, "neo4j"), (db) =>
        ingestDocuments(db, files, createProgress(process.stderr, "ingest")),
      );
      for (const failure of summary.failed) console.error(failure.message);
      return summary.failed.length > 0 ? 1 : 0;
    },
  },
};

function usage(): string {
  return ["usage:", ...Object.values(COMMANDS).map((c) => `  ${c.usage}`)].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    console.log(usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) throw new KgError("usage", `kg: unknown command "${name}".\n${usage()}`);
  return command.run(args);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error && "code" in error && (error as { code?: unknown }).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION";
    process.exit(message ? reportFatal(new KgError("usage", `kg: ${(error as Error).message}`)) : reportFatal(error));
  },
);

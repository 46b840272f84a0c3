// The `kg` command line: a registry of corpus commands (ingest, remove, stats, extract ...), one handler each.

import { KgError, reportFatal } from "../common/errors.js";
import { CURATE_USAGE, runCurate } from "./commands/curate-command.js";
import { IMPORT_USAGE, runImport } from "./commands/import-command.js";
import { INGEST_USAGE, runIngest } from "./commands/ingest-command.js";
import { REMOVE_USAGE, runRemove } from "./commands/remove-command.js";
import { STATS_USAGE, runStats } from "./commands/stats-command.js";

type Command = { usage: string; run(args: string[]): Promise<number> };

const COMMANDS: Record<string, Command> = {
  ingest: { usage: INGEST_USAGE, run: runIngest },
  remove: { usage: REMOVE_USAGE, run: runRemove },
  stats: { usage: STATS_USAGE, run: runStats },
  import: { usage: IMPORT_USAGE, run: runImport },
  curate: { usage: CURATE_USAGE, run: runCurate },
  extract: {
    usage:
      "kg extract <file>... [--json] [--max-document-size SIZE]\n" +
      "      extract entities and relations without a database; --json prints the extraction contract that kg import reads.\n" +
      "      Files are read as kg ingest reads them; exit status 1 when any was not (each named on stderr)",
    async run(args) {
      const { runExtract } = await import("./commands/extract-command.js");
      return runExtract(args);
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
  if (args.includes("--help") || args.includes("-h")) {
    console.log(`usage:\n  ${command.usage}`);
    return 0;
  }
  return command.run(args);
}

// A pipe takes stdout asynchronously: process.exit would drop whatever the reader has not taken yet, so the process
// ends on its own once the output is written. Every command closes what it opens (withGraphDatabase closes the driver
// and stops the local Neo4j; the ingest pool is destroyed), so nothing else keeps it alive.
process.stdout.on("error", ignoreClosedReader);
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const code = (error as { code?: unknown }).code;
    const badArguments = typeof code === "string" && code.startsWith("ERR_PARSE_ARGS_");
    process.exitCode = reportFatal(
      badArguments ? new KgError("usage", `kg: ${(error as Error).message}\n${usage()}`) : error,
    );
  },
);

/** A reader that stops early (`kg extract --json | head`) is not an error; the command still finishes and cleans up. */
function ignoreClosedReader(error: NodeJS.ErrnoException): void {
  if (error.code !== "EPIPE") throw error;
}

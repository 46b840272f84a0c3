// `npm run neo4j:install`: resolves the local Neo4j ahead of time (CI, or a machine about to go offline).

import { reportFatal } from "../../common/errors.js";
import { createProgress } from "../../common/progress.js";
import { ensureLocalNeo4jInstalled } from "./install-local-neo4j.js";

ensureLocalNeo4jInstalled(createProgress(process.stderr, "neo4j")).then(
  (install) => console.log(`neo4j: Neo4j ${install.neo4jVersion} installed for kg-explorer`),
  (error: unknown) => process.exit(reportFatal(error)),
);

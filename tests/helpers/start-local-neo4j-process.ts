// Test helper process: starts a local Neo4j in the given data directory and port, prints its pid, then idles.
// A test kills this process with SIGKILL to check that the Neo4j it started goes away too.

import { SILENT_PROGRESS } from "../../common/progress.js";
import { startLocalNeo4j } from "../../neo4j/local/local-neo4j.js";

const [dataDir, port] = process.argv.slice(2);
const local = await startLocalNeo4j({
  dataDir: dataDir as string,
  port: Number(port),
  progress: SILENT_PROGRESS,
  heap: "512m",
  pageCacheMiB: 64,
  classDataSharing: false,
});
console.log(JSON.stringify({ pid: local.pid }));
setInterval(() => undefined, 60_000);

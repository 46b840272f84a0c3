// Starts and stops the local Neo4j (the embedded default) as a child JVM with Bolt on 127.0.0.1.

import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync } from "node:fs";
import { chmod, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { KgError } from "../../common/errors.js";
import type { Progress } from "../../common/progress.js";
import { ensureLocalNeo4jInstalled, javaCommand } from "./install-local-neo4j.js";

/** A running local Neo4j and how to log in to it. */
export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  /** Process id of the JVM. */
  pid: number;
  /** Settles when the JVM has exited, whether stopped or not, with its exit code or the signal that ended it. */
  exited: Promise<LocalNeo4jExit>;
  /** Stops the JVM cleanly (stdin closed, then SIGTERM and SIGKILL after grace periods); safe to call twice. */
  stop(): Promise<void>;
}

/** How the JVM ended: its exit code, or the signal that killed it. */
export interface LocalNeo4jExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface LocalNeo4jOptions {
  /** KG_DATA_DIR: the store goes to `<dataDir>/neo4j`, the password to `<dataDir>/neo4j-password`. */
  dataDir: string;
  port: number;
  progress: Progress;
  pageCacheMiB?: number;
  heap?: string;
  startTimeoutMs?: number;
  /** The java executable; tests point it at a missing one. */
  java?: string;
  /**
   * Use (or, on the first clean run, write) a class-data sharing archive: later starts take a few seconds less, the
   * first one a little more. Off for throwaway instances such as the test run's.
   */
  classDataSharing?: boolean;
}

export const DEFAULT_LOCAL_NEO4J = { pageCacheMiB: 1024, heap: "2g", startTimeoutMs: 180_000 } as const;

const JVM_FLAGS = [
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
  "-Dio.netty.tryReflectionSetAccessible=true",
  // The throughput collector: its write barriers are cheaper than G1's, which ingest's writes feel (in the whole run
  // and in Neo4j's CPU time, as bench:ingest shows), and with the page cache off the heap its pauses stay short.
  "-XX:+UseParallelGC",
  "-XX:-OmitStackTraceInFastThrow",
];

/** KG_NEO4J_JAVA_OPTS: further JVM options for the local Neo4j (a profiler, another collector), split at spaces. */
function extraJavaOptions(): string[] {
  return (process.env.KG_NEO4J_JAVA_OPTS ?? "").split(/\s+/).filter(Boolean);
}

/** Resolves Neo4j if needed, starts it on 127.0.0.1:port and waits until Bolt accepts logins. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const { dataDir, port, progress } = options;
  const java = options.java ?? javaCommand("java");
  const install = await ensureLocalNeo4jInstalled(progress);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const password = await readOrCreatePassword(path.join(dataDir, "neo4j-password"));
  await assertPortFree(port);

  progress.update(`starting Neo4j ${install.neo4jVersion} on 127.0.0.1:${port}…`);
  const started = Date.now();
  const log = createWriteStream(path.join(dataDir, "neo4j-launcher.log"), { flags: "a" });
  // Class-data sharing cuts JVM start-up by a few seconds: use the archive if a clean run left one, else make one.
  const sharing = options.classDataSharing ?? true;
  if (sharing) await removeOrphanedArchives(install.classDataArchive);
  const archived = sharing && existsSync(install.classDataArchive);
  const pendingArchive = `${install.classDataArchive}.${process.pid}.tmp`;
  const archiveFlags = !sharing
    ? []
    : [
        archived ? `-XX:SharedArchiveFile=${install.classDataArchive}` : `-XX:ArchiveClassesAtExit=${pendingArchive}`,
        "-Xlog:cds=off",
        "-Xlog:cds+dynamic=off",
      ];
  const child = spawn(
    java,
    [
      `-Xmx${options.heap ?? DEFAULT_LOCAL_NEO4J.heap}`,
      ...JVM_FLAGS,
      ...archiveFlags,
      ...extraJavaOptions(),
      "-cp",
      install.classPath,
      install.mainClass,
      path.join(dataDir, "neo4j"),
      String(port),
      String(options.pageCacheMiB ?? DEFAULT_LOCAL_NEO4J.pageCacheMiB),
      install.configFile,
    ],
    // Own process group: Ctrl-C reaches Node, which closes its driver first and then stops Neo4j in order.
    { stdio: ["pipe", "pipe", "pipe"], detached: true, env: { ...process.env, KG_NEO4J_PASSWORD: password } },
  );
  child.stderr.pipe(log, { end: false });
  // "close" comes after the last output of the JVM, however it ended.
  child.once("close", () => log.end());

  const exited = new Promise<LocalNeo4jExit>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  await new Promise<void>((resolve, reject) => {
    let partial = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new KgError(
          "neo4j-start-timeout",
          `neo4j: the local Neo4j did not start within ${(options.startTimeoutMs ?? DEFAULT_LOCAL_NEO4J.startTimeoutMs) / 1000} s; see ${path.join(dataDir, "neo4j", "logs", "debug.log")}.`,
        ),
      );
    }, options.startTimeoutMs ?? DEFAULT_LOCAL_NEO4J.startTimeoutMs);
    child.on("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        error.code === "ENOENT"
          ? new KgError(
              "tool-missing",
              `neo4j: \`${java}\` is not installed. Install JDK 17+ (Debian: apt-get install openjdk-17-jdk-headless), or set NEO4J_URI to an existing Neo4j 5 server.`,
            )
          : error,
      );
    });
    child.stdout.on("data", (chunk: Buffer) => {
      log.write(chunk);
      const lines = (partial + chunk.toString("utf8")).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) {
        if (line.startsWith("KG-NEO4J READY")) {
          clearTimeout(timer);
          resolve();
        } else if (line.startsWith("KG-NEO4J ERROR")) {
          clearTimeout(timer);
          reject(launcherError(line, { dataDir, port }));
        }
      }
    });
    void exited.then((exit) => {
      clearTimeout(timer);
      reject(
        new KgError(
          "neo4j-exited",
          `neo4j: the local Neo4j ${describeExit(exit)} before it was ready; see ${path.join(dataDir, "neo4j-launcher.log")}.`,
        ),
      );
    });
  });
  progress.done(
    `Neo4j ${install.neo4jVersion} ready on bolt://127.0.0.1:${port} (pid ${child.pid}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );

  let stopping: Promise<void> | undefined;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    user: "neo4j",
    password,
    pid: child.pid as number,
    exited,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        // Closing stdin asks the launcher to shut down cleanly; signals are the fallbacks.
        child.stdin.end();
        const timers = [
          setTimeout(() => child.kill("SIGTERM"), 20_000),
          setTimeout(() => child.kill("SIGKILL"), 40_000),
        ];
        const { code } = await exited;
        timers.forEach(clearTimeout);
        if (sharing && !archived)
          await (code === 0 ? rename(pendingArchive, install.classDataArchive) : rm(pendingArchive)).catch(
            () => undefined,
          );
      })();
      return stopping;
    },
  };
}

/** How a JVM ended, for messages: "exited with code 1", "was killed by SIGKILL". */
export function describeExit({ code, signal }: LocalNeo4jExit): string {
  return signal ? `was killed by ${signal}` : `exited with code ${code}`;
}

/** Whether a process with this id runs (signal 0 checks without sending anything). */
export function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the half-written class-data archives (`<archive>.<pid>.tmp`) of processes that were killed before their
 * JVM could finish one: each is a hundred megabytes or more, and nothing else would ever remove them.
 */
export async function removeOrphanedArchives(archive: string): Promise<void> {
  const dir = path.dirname(archive);
  const pending = new RegExp(`^${path.basename(archive).replace(/\./g, "\\.")}\\.(\\d+)\\.tmp$`);
  for (const file of await readdir(dir).catch(() => [] as string[])) {
    const pid = Number(pending.exec(file)?.[1]);
    if (pid && !processRuns(pid)) await rm(path.join(dir, file), { force: true });
  }
}

/** Reads the generated password, or creates one (mode 0600) on first start. */
export async function readOrCreatePassword(file: string): Promise<string> {
  try {
    const password = (await readFile(file, "utf8")).trim();
    if ((await stat(file)).mode & 0o077) await chmod(file, 0o600);
    if (password.length >= 8) return password;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const password = randomBytes(18).toString("base64url");
  await writeFile(file, password + "\n", { mode: 0o600 });
  return password;
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      reject(error.code === "EADDRINUSE" ? portBusy(port) : error);
    });
    probe.listen({ port, host: "127.0.0.1", exclusive: true }, () => probe.close(() => resolve()));
  });
}

function portBusy(port: number): KgError {
  return new KgError(
    "neo4j-port-busy",
    `neo4j: port ${port} on 127.0.0.1 is already in use, so the local Neo4j cannot listen there. ` +
      "Stop the program that holds it, set KG_NEO4J_PORT to a free port, or set NEO4J_URI to use that server instead.",
  );
}

function launcherError(line: string, where: { dataDir: string; port: number }): KgError {
  const [, kind = "failed", message = ""] = /^KG-NEO4J ERROR (\S+) ?(.*)$/.exec(line) ?? [];
  if (kind === "port-busy") return portBusy(where.port);
  if (kind === "store-locked") {
    return new KgError(
      "neo4j-store-locked",
      `neo4j: the data directory ${where.dataDir} is in use by another Neo4j process (is another kg-explorer running?). ` +
        "Stop it, or set KG_DATA_DIR to another directory.",
    );
  }
  return new KgError(
    "neo4j-failed",
    `neo4j: the local Neo4j failed to start: ${message}. See ${path.join(where.dataDir, "neo4j", "logs", "debug.log")}.`,
  );
}

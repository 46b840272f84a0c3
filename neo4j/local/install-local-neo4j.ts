// Resolves the local Neo4j's jars from Maven Central and compiles its launcher, once; later starts skip all of it.

import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { KgError } from "../../common/errors.js";
import type { Progress } from "../../common/progress.js";

/** Folder of the pom, the launcher source and the build output (`target/`, git-ignored). */
export const NEO4J_HOME = path.dirname(fileURLToPath(import.meta.url));
const TARGET = path.join(NEO4J_HOME, "target");
const LIB = path.join(TARGET, "lib");
const CLASSES = path.join(TARGET, "classes");
// A jar, not the classes folder: the JVM's class-data sharing archive only accepts jars on the class path.
const LAUNCHER_JAR = path.join(TARGET, "kg-neo4j.jar");
const MARKER = path.join(TARGET, "installed.json");
const LAUNCHER_SOURCE = path.join(NEO4J_HOME, "src", "KgNeo4j.java");

/** What `java` needs to start the local Neo4j. */
export interface LocalNeo4jInstall {
  neo4jVersion: string;
  classPath: string;
  mainClass: string;
  /** Class-data sharing archive for this class path: written after the first clean run, then used to start faster. */
  classDataArchive: string;
  /** neo4j/local/neo4j.conf: settings the launcher loads before its own. */
  configFile: string;
}

/** The `java` executable to use: JAVA_HOME's when set, as Maven does, else the one on PATH. */
export function javaCommand(tool: "java" | "javac" | "jar" = "java", env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, "bin", tool) : tool;
}

/** Makes sure the jars and the compiled launcher are present and current; reports Maven's progress on first run. */
export async function ensureLocalNeo4jInstalled(progress: Progress): Promise<LocalNeo4jInstall> {
  const [pom, launcher] = await Promise.all([
    readFile(path.join(NEO4J_HOME, "pom.xml"), "utf8"),
    readFile(LAUNCHER_SOURCE),
  ]);
  const neo4jVersion = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom)?.[1];
  if (!neo4jVersion)
    throw new KgError("neo4j-install", `neo4j/install: neo4j/local/pom.xml has no <neo4j.version> property.`);
  const wanted = { neo4jVersion, launcherSha256: createHash("sha256").update(launcher).digest("hex") };
  const classPath = `${LAUNCHER_JAR}${path.delimiter}${path.join(LIB, "*")}`;
  const install: LocalNeo4jInstall = {
    neo4jVersion,
    classPath,
    mainClass: "KgNeo4j",
    configFile: path.join(NEO4J_HOME, "neo4j.conf"),
    classDataArchive: path.join(
      TARGET,
      `classes-${createHash("sha256").update(classPath).digest("hex").slice(0, 12)}.jsa`,
    ),
  };

  const installed = await readMarker();
  if (installed?.neo4jVersion === wanted.neo4jVersion && installed.launcherSha256 === wanted.launcherSha256)
    return install;

  await assertJava17();
  if (installed?.neo4jVersion !== wanted.neo4jVersion || !existsSync(LIB)) {
    await rm(LIB, { recursive: true, force: true });
    await resolveJars(neo4jVersion, progress);
  }
  await rm(CLASSES, { recursive: true, force: true });
  await mkdir(CLASSES, { recursive: true });
  await run(
    javaCommand("javac"),
    ["-d", CLASSES, "-cp", path.join(LIB, "*"), LAUNCHER_SOURCE],
    "compiling the Neo4j launcher",
  );
  await run(
    javaCommand("jar"),
    ["--create", "--file", LAUNCHER_JAR, "-C", CLASSES, "."],
    "packaging the Neo4j launcher",
  );
  await removeClassDataArchives();
  await writeFile(MARKER, JSON.stringify(wanted, null, 2) + "\n");
  return install;
}

async function removeClassDataArchives(): Promise<void> {
  for (const file of await readdir(TARGET))
    if (file.endsWith(".jsa")) await rm(path.join(TARGET, file), { force: true });
}

async function readMarker(): Promise<{ neo4jVersion: string; launcherSha256: string } | undefined> {
  try {
    return JSON.parse(await readFile(MARKER, "utf8")) as { neo4jVersion: string; launcherSha256: string };
  } catch {
    return undefined;
  }
}

/** Fails with install advice unless `java -version` reports 17 or newer. */
export async function assertJava17(java = javaCommand("java")): Promise<void> {
  const output = await run(java, ["-version"], "checking the Java version");
  const major = Number(/version "(?:1\.)?(\d+)/.exec(output)?.[1] ?? NaN);
  if (!(major >= 17)) {
    throw new KgError(
      "java-version",
      `neo4j: the local Neo4j needs Java 17 or newer, but \`${java} -version\` says: ${output.split("\n")[0] ?? "?"}. ` +
        "Install JDK 17+ (Debian: apt-get install openjdk-17-jdk-headless) or set NEO4J_URI to an existing Neo4j 5 server.",
    );
  }
}

async function resolveJars(neo4jVersion: string, progress: Progress): Promise<void> {
  progress.update(`resolving Neo4j ${neo4jVersion} from Maven Central (first run only, ~150 MB)…`);
  let files = 0;
  let bytes = 0;
  await run(
    "mvn",
    [
      "-B",
      "-f",
      path.join(NEO4J_HOME, "pom.xml"),
      "dependency:copy-dependencies",
      `-DoutputDirectory=${LIB}`,
      "-DincludeScope=runtime",
    ],
    "resolving Neo4j with Maven",
    (line) => {
      const downloaded = /Downloaded from \S+: \S+ \(([\d.]+) (B|kB|MB|GB)/.exec(line);
      if (!downloaded) return;
      files += 1;
      bytes +=
        Number(downloaded[1]) * ({ B: 1, kB: 1e3, MB: 1e6, GB: 1e9 }[downloaded[2] as "B" | "kB" | "MB" | "GB"] ?? 1);
      progress.update(
        `resolving Neo4j ${neo4jVersion} from Maven Central: ${files} files, ${(bytes / 1e6).toFixed(1)} MB`,
      );
    },
  );
  progress.done(
    `Neo4j ${neo4jVersion} resolved${files ? ` (${files} files, ${(bytes / 1e6).toFixed(1)} MB downloaded)` : ""}`,
  );
}

/** Runs a tool to completion and returns its output; a missing tool or a failure becomes a KgError with advice. */
function run(command: string, args: string[], what: string, onLine?: (line: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    let partial = "";
    const collect = (chunk: Buffer): void => {
      const text = chunk.toString("utf8");
      output = (output + text).slice(-20_000);
      if (!onLine) return;
      const lines = (partial + text).split("\n");
      partial = lines.pop() ?? "";
      lines.forEach(onLine);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "ENOENT"
          ? new KgError(
              "tool-missing",
              `neo4j: ${what} needs \`${command}\`, which is not installed. ${installAdvice(command)}`,
            )
          : error,
      );
    });
    child.on("close", (code) => {
      if (code === 0) resolve(output);
      else {
        const tail = output.trim().split("\n").slice(-8).join("\n");
        reject(new KgError("tool-failed", `neo4j: ${what} failed (\`${command}\` exited with ${code}):\n${tail}`));
      }
    });
  });
}

function installAdvice(command: string): string {
  const tool = path.basename(command);
  const neo4jUri = "or set NEO4J_URI to an existing Neo4j 5 server (e.g. the official Docker image neo4j:5).";
  if (tool === "mvn") return `Install Apache Maven (Debian: apt-get install maven), ${neo4jUri}`;
  return `Install JDK 17+ (Debian: apt-get install openjdk-17-jdk-headless), ${neo4jUri}`;
}

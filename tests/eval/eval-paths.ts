// Where `npm run eval` finds each visible set: flags win over environment variables, which win over ../shared/eval.

import path from "node:path";
import { fileURLToPath } from "node:url";
import { KgError } from "../../common/errors.js";

/** The repository's root directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The sets `npm run eval` scores, in the order it prints them. */
export const SET_NAMES = ["sample", "dev-real", "dev-excerpts", "collab-dev", "finre"] as const;
export type SetName = (typeof SET_NAMES)[number];

/** The files of the visible sets. The shared ones live outside the repository and are never copied into it. */
export interface EvalPaths {
  /** The project's copy of the sample report's annotation. */
  sampleGold: string;
  devReal: string;
  devExcerpts: string;
  collab: string;
  /** The documents collab-dev's sentences come from (`<doc>.txt`). */
  collabCorpus: string;
  finre: string;
}

/** Flag names (`--dev-real FILE`) and the environment variables that set the same paths. */
export const PATH_OPTIONS = {
  "eval-dir": "KG_EVAL_DIR",
  gold: "KG_SAMPLE_GOLD",
  "dev-real": "KG_DEV_REAL",
  "dev-excerpts": "KG_DEV_EXCERPTS",
  collab: "KG_COLLAB_DEV",
  "collab-corpus": "KG_EVAL_CORPUS",
  finre: "KG_FINRE",
} as const;
export type PathOption = keyof typeof PATH_OPTIONS;

/** Resolves every path: a flag, else its environment variable, else the default beside the repository. */
export function resolveEvalPaths(
  flags: Partial<Record<PathOption, string>>,
  env: Readonly<Record<string, string | undefined>>,
  cwd = process.cwd(),
): EvalPaths {
  const given = (option: PathOption) => {
    const value = flags[option] ?? env[PATH_OPTIONS[option]];
    return value ? path.resolve(cwd, value) : undefined;
  };
  const evalDir = given("eval-dir") ?? path.resolve(REPO_ROOT, "../shared/eval");
  return {
    sampleGold: given("gold") ?? path.join(REPO_ROOT, "tests/fixtures/seed-gold.json"),
    devReal: given("dev-real") ?? path.join(evalDir, "dev-real.jsonl"),
    devExcerpts: given("dev-excerpts") ?? path.join(evalDir, "dev-excerpts.jsonl"),
    collab: given("collab") ?? path.join(evalDir, "collab-dev.jsonl"),
    collabCorpus: given("collab-corpus") ?? path.resolve(evalDir, "../corpus"),
    finre: given("finre") ?? path.join(evalDir, "finre/valid.txt"),
  };
}

/** Reads `--sets a,b`: the named sets in print order; every set when none is given. */
export function parseSetNames(value: string | undefined): SetName[] {
  if (!value) return [...SET_NAMES];
  const asked = value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const unknown = asked.filter((s) => !(SET_NAMES as readonly string[]).includes(s));
  if (unknown.length > 0)
    throw new KgError("usage", `eval: unknown set ${unknown.join(", ")}; the sets are ${SET_NAMES.join(", ")}.`);
  return SET_NAMES.filter((s) => asked.includes(s));
}

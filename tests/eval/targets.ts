// Issue 19's targets for the visible sets, and which of them a run meets. Pure.

import type { SetName } from "./eval-paths.js";
import type { SetResult } from "./eval-data.js";
import { round3, scoreOf } from "./score.js";

/** One target: a figure of a set, at least (or at most) a threshold. */
export interface Target {
  set: SetName;
  figure: string;
  atMost?: boolean;
  threshold: number;
  /** The figure in a result of its set; undefined when the result does not hold it. */
  value: (result: SetResult) => number | undefined;
}

/** A target judged on a run; `met` is undefined when its set was skipped. */
export interface TargetOutcome {
  target: Target;
  value?: number;
  met?: boolean;
}

const entityF1 = (type: string) => (r: SetResult) =>
  r.kind === "annotated" ? scoreOf(r.scores.entities.scores, type).f1 : undefined;
const relationF1 = (r: SetResult) =>
  r.kind === "annotated" ? scoreOf(r.scores.relations.scores, "all").f1 : undefined;

function excerptTargets(set: SetName): Target[] {
  return [
    { set, figure: "Organization F1", threshold: 0.85, value: entityF1("Organization") },
    { set, figure: "Person F1", threshold: 0.9, value: entityF1("Person") },
    { set, figure: "Project F1", threshold: 0.6, value: entityF1("Project") },
    { set, figure: "Place F1", threshold: 0.8, value: entityF1("Place") },
    { set, figure: "typed relations F1", threshold: 0.5, value: relationF1 },
  ];
}

/** The targets of issue 19 on the visible sets. */
export const TARGETS: readonly Target[] = [
  { set: "sample", figure: "Organization F1", threshold: 0.95, value: entityF1("Organization") },
  { set: "sample", figure: "Person F1", threshold: 0.95, value: entityF1("Person") },
  { set: "sample", figure: "Project F1", threshold: 0.85, value: entityF1("Project") },
  ...excerptTargets("dev-real"),
  ...excerptTargets("dev-excerpts"),
  {
    set: "collab-dev",
    figure: "false pairs",
    atMost: true,
    threshold: 2,
    value: (r) => (r.kind === "collab" ? r.scores.score.predicted - r.scores.score.correct : undefined),
  },
  {
    set: "finre",
    figure: "COLLABORATES_WITH precision",
    threshold: 0.8,
    value: (r) => (r.kind === "finre" ? r.scores.score.precision : undefined),
  },
  {
    set: "finre",
    figure: "COLLABORATES_WITH recall",
    threshold: 0.5,
    value: (r) => (r.kind === "finre" ? r.scores.score.recall : undefined),
  },
  {
    set: "finre",
    figure: "company names found",
    threshold: 0.8,
    value: (r) => (r.kind === "finre" && r.scores.names ? r.scores.namesFound / r.scores.names : undefined),
  },
];

/** Judges the targets of the sets in the results; figures are compared as the scorers print them (three decimals). */
export function judgeTargets(results: readonly SetResult[], targets: readonly Target[] = TARGETS): TargetOutcome[] {
  return targets
    .filter((target) => results.some((r) => r.name === target.set))
    .map((target) => {
      const result = results.find((r) => r.name === target.set);
      const raw = result ? target.value(result) : undefined;
      if (raw === undefined) return { target };
      const value = round3(raw);
      return { target, value, met: target.atMost ? value <= target.threshold : value >= target.threshold };
    });
}

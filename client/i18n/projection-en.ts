// The English text of the organizations projection (shared-project links beside stated ones); part of the message table.

import type { ProjectionMessageKey } from "./projection-zh.js";

export const EN_PROJECTION_MESSAGES: Record<ProjectionMessageKey, string> = {
  "view.organizations": "Organizations network",
  "projection.status": "{nodes} organizations · {shared} shared-project links · {stated} stated collaborations",
  "projection.truncated": " (only the {shown} pairs with the most shared projects)",
  "projection.empty": "No two organizations take part in or organize the same project in the chosen time",
  "legend.sharedProjects": "Shared projects",
  "legend.statedCollaboration": "Collaboration (stated)",
  "projection.linkTitle": "How the two bodies are linked",
  "projection.shared": "Shared projects ({count})",
  "projection.sharedHint": "Projects both take part in or organize, with the sentences that tie each body to each",
  "projection.noShared": "No shared project in the chosen time",
  "projection.stated": "Collaboration (stated)",
  "projection.noStated": "No sentence says they collaborate: this link comes from shared projects alone",
  "projection.tie": "{name} · {relations} ({count} sentences)",
  "projection.moreSentences": "{count} more sentences not listed",
  "projection.moreProjects": "Only the first {count} shared projects are listed",
};

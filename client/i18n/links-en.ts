// The English text of shared links, filtered counts and the expand notice; part of the message table.

import type { LinksMessageKey } from "./links-zh.js";

export const EN_LINKS_MESSAGES: Record<LinksMessageKey, string> = {
  "links.status.filtered": "{nodes} of {totalNodes} entities shown · {edges} of {totalEdges} relations shown",
  "links.legend.filtered": "{shown} of {total}",
  "links.notice.nothingNew": "All neighbours of “{name}” are already in view: nothing new to add",
};

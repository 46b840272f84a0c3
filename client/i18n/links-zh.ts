// The Chinese text of shared links, filtered counts and the expand notice; part of the message table.

export const ZH_LINKS_MESSAGES = {
  "links.status.filtered": "显示 {nodes} / {totalNodes} 个实体 · {edges} / {totalEdges} 条关系",
  "links.legend.filtered": "{shown} / {total}",
  "links.notice.nothingNew": "“{name}”的邻居都已在视图中，没有新的实体可添加",
} as const;

export type LinksMessageKey = keyof typeof ZH_LINKS_MESSAGES;

// The Chinese text of the path search's traversal switch, its steps and its hints, and of inferred evidence ends.

export const ZH_PATHS_MESSAGES = {
  "paths.cooccurrence": "允许共现关系",
  "paths.cooccurrenceHint": "默认只沿明确陈述的关系查找；共现几乎把同一句中的一切连在一起",
  "paths.filtered": "仅经过视图中显示的实体类型和关系类型",
  "paths.noneHelp": "可以尝试：",
  "paths.hint.cooccurrence": "勾选“允许共现关系”",
  "paths.hint.types": "在筛选中显示被隐藏的实体类型",
  "paths.hint.relations": "在筛选中显示被隐藏的关系类型",
  "paths.hint.hops": "增加最多跳数",
  "paths.stepsOf": "第 {index} 条路径的各步",
  "evidence.inferred": "推断主语：{name}（报告作者）",
  "evidence.inferredHint": "这句话没有提到{name}：抽取时把报告作者当作了主语",
} as const;

export type PathsMessageKey = keyof typeof ZH_PATHS_MESSAGES;

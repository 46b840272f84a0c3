// The Chinese text of the organizations projection (机构合作网络: shared-project links beside stated ones); part of the message table.

export const ZH_PROJECTION_MESSAGES = {
  "view.organizations": "机构合作网络",
  "projection.status": "{nodes} 个机构 · {shared} 条共同项目联系 · {stated} 条明文合作",
  "projection.truncated": "（只显示共同项目最多的 {shown} 对）",
  "projection.empty": "所选时间内没有两个机构参与或组织同一个项目",
  "legend.sharedProjects": "共同项目",
  "legend.statedCollaboration": "合作（明文）",
  "projection.linkTitle": "两个机构的联系",
  "projection.shared": "共同项目（{count}）",
  "projection.sharedHint": "两者都参与或组织的项目，及把各方与项目联系起来的句子",
  "projection.noShared": "所选时间内没有共同项目",
  "projection.stated": "合作（明文）",
  "projection.noStated": "没有句子明说二者合作：这个联系只来自共同项目",
  "projection.tie": "{name} · {relations}（{count} 句）",
  "projection.moreSentences": "另有 {count} 句未列出",
  "projection.moreProjects": "只列出前 {count} 个共同项目",
} as const;

export type ProjectionMessageKey = keyof typeof ZH_PROJECTION_MESSAGES;

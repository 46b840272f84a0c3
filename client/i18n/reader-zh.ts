// The Chinese text of the document reader and of the entity panel's paged relations; part of the message table.

export const ZH_READER_MESSAGES = {
  "relations.more": "显示更多（还有 {left} 条）",
  "reader.open": "在原文中阅读",
  "reader.openTitle": "在阅读窗格中打开这句话所在的文档",
  "reader.title": "原文",
  "reader.close": "关闭原文",
  "reader.date": "日期",
  "reader.source": "来源",
  "reader.path": "文件",
  "reader.size": "篇幅",
  "reader.sizeValue": "{chars} 字 · {sentences} 句",
  "reader.undated": "无日期",
  "reader.earlier": "↑ 前文（第 {from}–{to} 句）",
  "reader.later": "↓ 后文（第 {from}–{to} 句）",
  "reader.start": "文档开头",
  "reader.end": "文档结尾",
  "reader.shown": "显示第 {from}–{to} 句，共 {total} 句",
  "reader.mentionTitle": "{type}：{name}（点击打开）",
  "reader.loading": "加载原文…",
} as const;

export type ReaderMessageKey = keyof typeof ZH_READER_MESSAGES;

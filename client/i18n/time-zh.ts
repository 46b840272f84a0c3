// The Chinese text of the time bar and the date filter's bounds and checks; part of the message table.

export const ZH_TIME_MESSAGES = {
  "time.title": "时间轴",
  "time.histogram": "各年份的关系数",
  "time.bar": "{year} 年：{relations} 条关系（{stated} 条明确关系），{documents} 份文档",
  "time.all": "全部年份",
  "time.range": "{from}–{to} 年",
  "time.year": "{year} 年",
  "time.from": "起始年份",
  "time.to": "结束年份",
  "time.span": "所选时段（可拖动）",
  "time.play": "▶ 播放",
  "time.pause": "❚❚ 暂停",
  "time.playHint": "播放：所选时段（至少一年）逐年后移，关系随之出现和消失",
  "time.clear": "全部",
  "time.clearHint": "清除时间范围",
  "time.noDates": "文档没有日期：无法按时间筛选",
  "time.inverted": "起始日期晚于结束日期，未应用此范围",
  "time.badDate": "日期格式：YYYY、YYYY-MM 或 YYYY-MM-DD",
  "time.bounds": "语料日期：{first} 至 {last}",
};

export type TimeMessageKey = keyof typeof ZH_TIME_MESSAGES;

// Head nouns of named projects, programmes, events and publications, and the verbs that introduce them.

/** Heads that make a quoted or introduced phrase a project (“金点子”征集活动, 专题协商, 系列丛书). */
export const PROJECT_HEADS = [
  "征集活动", "视察活动", "评选活动", "专题协商", "专题调研", "专题议政", "对口协商", "系列丛书", "论文集", "史料汇编", "口述史料",
  "项目", "工程", "活动", "课题", "计划", "行动", "讲坛", "论坛", "讲堂", "平台", "丛书", "汇编", "评价", "调研", "座谈会", "交流会",
  "对接会", "推介会", "培训班", "研讨会", "博览会", "展览会", "洽谈会", "图片展", "展览", "大赛", "竞赛", "工作室", "规划", "纲要",
  "文集", "年鉴", "全会", "会议", "大会", "工作法", "模式", "试点", "示范区", "示范点", "品牌", "基地", "保护区", "体系",
  "学习教育", "主题教育", "专题教育", "实践活动", "集中整治", "专项整治", "专项行动", "攻坚战", "战略", "倡议", "谈判", "普查", "运动会",
  "冬运会", "创建活动", "创建工程", "示范市创建", "读书活动", "委员工作室", "民主监督", "专项民主监督", "联席会议", "动员会", "高峰论坛",
  "试验区", "改革试点", "指导目录", "配套规定",
];

/** Heads a quoted name takes after its closing mark (“五型政协”建设, “1453”履职总要求, “金芙蓉”基金矩阵). */
export const QUOTED_TAIL_HEADS = [
  ...PROJECT_HEADS, "建设", "改革", "机制", "思路", "总体思路", "要求", "总要求", "部署", "工作部署", "服务", "矩阵", "制度", "教育",
  "战略", "创建", "行动", "品牌", "体系", "通道", "工程", "提升", "三年行动", "攻坚",
];

/** Heads that a quoted phrase may carry inside itself (“常委讲坛”, “营商环境委员体验式评价”). */
export const QUOTED_SELF_HEADS = PROJECT_HEADS.filter((head) => !["体系", "模式", "品牌"].includes(head));

/** Verbs whose object is a project: the subject organizes, launches or hosts it. */
export const ORGANIZE_VERBS = ["组织开展", "组织启动", "组织召开", "开展", "组织", "举办", "召开", "启动", "举行", "主办", "承办", "发起", "实施", "创办", "探索", "推出"];

/** Verbs whose object is a publication: the subject edits or publishes it. */
export const PUBLISH_VERBS = ["组织编写", "编辑出版", "编印", "编辑", "编写", "编纂", "出版", "印发", "发布", "编撰", "编著", "主编"];

/** Quoted strings that are slogans or ordinal lists, not projects (“四个意识”, “两个维护”). */
export const SLOGAN = /^(?:[一二三四五六七八九十两百千万\d]+(?:个|大|项|化|重|新|型|级|修|为|心)?[\u4e00-\u9fff]{0,3}|[\u4e00-\u9fff]{1,2})$/u;

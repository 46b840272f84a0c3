// Head nouns of named projects, programmes, events and publications, and the verbs that introduce them.

/** Heads that make a quoted or introduced phrase a project (“金点子”征集活动, 专题协商, 系列丛书). */
export const PROJECT_HEADS = [
  "征集活动", "视察活动", "评选活动", "专题协商", "专题调研", "专题议政", "对口协商", "系列丛书", "论文集", "史料汇编", "口述史料",
  "项目", "工程", "活动", "课题", "计划", "行动", "讲坛", "论坛", "讲堂", "平台", "丛书", "汇编", "评价", "调研", "座谈会", "交流会",
  "对接会", "推介会", "培训班", "研讨会", "博览会", "展览会", "洽谈会", "图片展", "展览", "大赛", "竞赛", "工作室", "规划", "纲要",
  "文集", "年鉴", "全会", "会议", "大会", "工作法", "模式", "试点", "示范区", "示范点", "品牌", "基地", "保护区", "体系",
  "学习教育", "主题教育", "专题教育", "实践活动", "集中整治", "专项整治", "专项行动", "攻坚战", "战略", "倡议", "谈判", "普查", "运动会",
  "创建活动", "创建工程", "联席会议", "动员会", "高峰论坛", "试验区", "改革试点", "指导目录",
];

/** Heads a quoted name takes after its closing mark (“三城联创”建设, “135”工作总要求, “双千”工作部署). */
export const QUOTED_TAIL_HEADS = [
  ...PROJECT_HEADS, "建设", "改革", "机制", "思路", "总体思路", "要求", "总要求", "部署", "工作部署", "服务", "制度", "教育",
  "战略", "创建", "行动", "品牌", "体系", "通道", "工程", "提升", "三年行动", "攻坚", "普法",
];

/** Heads that a quoted phrase may carry inside itself (“常委讲坛”, “营商环境委员体验式评价”). */
export const QUOTED_SELF_HEADS = PROJECT_HEADS.filter((head) => !["体系", "模式", "品牌"].includes(head));

/** Verbs whose object is a project: the subject organizes, launches or hosts it. */
export const ORGANIZE_VERBS = ["组织开展", "组织启动", "组织召开", "开展", "组织", "举办", "召开", "启动", "举行", "主办", "承办", "发起", "实施", "创办", "探索", "推出"];

/** Verbs whose object is a publication: the subject edits or publishes it. */
export const PUBLISH_VERBS = ["组织编写", "编辑出版", "编印", "编辑", "编写", "编纂", "出版", "印发", "发布", "编撰", "编著", "主编"];

/** Quoted strings that are slogans or ordinal lists, not projects (“四个意识”, “两个维护”). */
export const SLOGAN = /^(?:[一二三四五六七八九十两百千万\d]+(?:个|大|项|化|重|新|型|级|修|为|心)?[\u4e00-\u9fff]{0,3}|[\u4e00-\u9fff]{1,2})$/u;

/**
 * Heads strong enough that a phrase ending in one names a programme after any verb of advancing it or in subject
 * position (推进兴边富民行动, 提出全球发展倡议, 某某惠民工程深入实施), where weaker heads (平台, 体系, 模式) need a verb of
 * organizing.
 */
export const STRONG_HEADS = [
  "专项行动", "行动计划", "集中整治", "专项整治", "改革试点", "学习教育", "主题教育", "科技基础设施", "实验设施", "科学装置",
  "工程", "行动", "战略", "倡议", "谈判", "试点", "计划", "论坛", "博览会", "运动会", "普查",
];

/** Verbs of advancing or taking part in a programme, read only before a strong head (推进X工程, 参与X行动). */
export const ADVANCE_VERBS = [
  "深入推进", "持续深化", "积极参与", "大力实施", "深入实施", "推进", "推动", "深化", "参与", "提出", "办好", "融入", "落实", "做好", "抓好", "加快",
];

/** Designations a place or body strives for (争创全国文明城市, 创建全域旅游示范区): the campaign is a project. */
export const DESIGNATION_HEADS = ["文明城市", "卫生城市", "园林城市", "森林城市", "示范城市", "示范市", "示范区", "示范县", "先行区", "试验区", "中试基地", "基地"];

/** Verbs of striving for or setting up a designation. */
export const CREATE_VERBS = ["成功创建", "积极创建", "争创", "创建", "创成", "建设"];

/** Heads of recurring events named with their edition (首届中国国际进口博览会, 第十四届全国冬季运动会). */
export const EVENT_HEADS = [
  "冬季运动会", "夏季运动会", "运动会", "博览会", "交易会", "洽谈会", "展览会", "艺术节", "文化节", "旅游节", "电影节", "联席会议",
  "高峰论坛", "论坛", "峰会", "大赛", "年会",
];

/** Words that end the name of a building or a phase of one (教学楼, 体育馆, 某院区, A区一期, 跨江通道). */
export const BUILDING_HEADS = [
  "教学楼", "综合楼", "实验楼", "门诊楼", "住院楼", "宿舍楼", "办公楼", "楼", "文体馆", "体育馆", "图书馆", "博物馆", "纪念馆", "文化馆", "展览馆",
  "场馆", "馆", "新院区", "院区", "新校区", "校区", "东院", "西院", "南院", "北院", "新院", "分院", "一期", "二期", "三期", "四期", "项目", "工程",
  "跨海通道", "通道", "大桥", "隧道", "铁路", "高速公路", "公路", "机场", "枢纽", "产业园", "集聚区",
];

/** Verbs that open a list of things built or brought into use (投用A、B和C, 开工建设X等项目). */
export const CONSTRUCTION_VERBS = ["开工建设", "开工", "新建", "建成", "投用", "启用", "竣工", "改扩建", "续建", "建成投用"];

/** What is said of a building once named as a subject: it opened, started or was finished. */
export const CONSTRUCTION_PREDICATES = ["投入使用", "交付使用", "开诊运行", "开工建设", "基本完工", "主体完工", "投用", "启用", "开工", "竣工", "完工", "建成", "封顶", "开诊", "落成", "完成"];

/**
 * National programmes and strategies usually written without a head noun (general knowledge of Chinese policy, not of
 * any one document).
 */
export const NAMED_PROGRAMMES = ["西部大开发", "一带一路", "南水北调", "西气东输", "西电东送", "东数西算", "对口援疆", "对口援藏", "退耕还林还草", "退耕还林"];

/** Qualities a city or province is built into (平安山西建设, 健康北京建设): with a place and 建设, a campaign. */
export const CAMPAIGN_QUALITIES = ["平安", "法治", "健康", "美丽", "数字", "智慧", "幸福", "文明", "生态", "人文", "清廉"];

/** Nouns of rule sets a body issues with their count (中央八项规定, 市委十项要求). */
export const RULE_NOUNS = ["规定", "要求", "禁令", "措施", "准则"];

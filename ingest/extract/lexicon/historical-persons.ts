// Well-known persons that reports and news name without a title: state and Party leaders, revolutionaries, models.

import { simplify } from "./traditional-chars.js";

/**
 * Leaders of the People's Republic and of the Party, founders and revolutionaries, national models, and the
 * classical authors of Marxism: general knowledge. Names that are also ordinary words (万里, 汪洋) are left out.
 */
const NAMES = [
  // Founders, revolutionaries and leaders of the first generations.
  "毛泽东", "周恩来", "刘少奇", "朱德", "任弼时", "陈云", "邓小平", "彭德怀", "贺龙", "陈毅", "刘伯承", "聂荣臻", "徐向前",
  "叶剑英", "罗荣桓", "董必武", "宋庆龄", "李先念", "彭真", "胡耀邦", "华国锋", "杨尚昆", "李富春", "薄一波", "邓颖超",
  "李大钊", "瞿秋白", "方志敏", "杨靖宇", "孙中山", "林彪", "陈独秀", "张闻天", "王稼祥", "乌兰夫", "习仲勋", "廖承志",
  // Leaders since the 1990s.
  "江泽民", "李鹏", "乔石", "朱镕基", "李瑞环", "刘华清", "尉健行", "李岚清", "胡锦涛", "温家宝", "吴邦国", "贾庆林",
  "曾庆红", "吴官正", "李长春", "罗干", "习近平", "李克强", "张德江", "俞正声", "刘云山", "王岐山", "张高丽", "栗战书",
  "王沪宁", "赵乐际", "韩正", "李强", "蔡奇", "丁薛祥", "李希", "钱其琛", "荣毅仁", "王兆国", "回良玉", "吴仪",
  // Models and figures named in reports.
  "雷锋", "焦裕禄", "王进喜", "孔繁森", "钱学森", "袁隆平", "屠呦呦", "黄大年", "邓稼先", "白求恩", "黄继光", "邱少云",
  "董存瑞", "刘胡兰", "鲁迅", "郭沫若", "谷文昌", "杨善洲", "张思德", "钟南山",
  // Classical authors of Marxism and foreign leaders of history.
  "马克思", "恩格斯", "列宁", "斯大林",
];

/**
 * Other written forms of those persons: honorifics that in Chinese texts mean one person only (周总理, 毛主席,
 * 小平同志), and traditional spellings of older documents. Honorifics shared by several leaders (李总理) or by local
 * officials (江主席 may be a city's CPPCC chairman) are absent.
 */
const FORMS: Readonly<Record<string, string>> = {
  周总理: "周恩来", 毛主席: "毛泽东", 朱总司令: "朱德", 朱总理: "朱镕基", 温总理: "温家宝",
  小平同志: "邓小平", 恩来同志: "周恩来", 泽东同志: "毛泽东", 少奇同志: "刘少奇",
  毛澤東: "毛泽东", 周恩來: "周恩来", 劉少奇: "刘少奇", 鄧小平: "邓小平", 陳雲: "陈云", 彭德懷: "彭德怀",
};

/** A name written in simplified characters (毛澤東 is 毛泽东). */
export const simplifiedName: (name: string) => string = simplify;

/** Well-known persons, each written as it is canonically. */
export const KNOWN_PERSONS: readonly string[] = NAMES;

/** Honorific and traditional forms of well-known persons, with the person each names. */
export const KNOWN_PERSON_FORMS: Readonly<Record<string, string>> = FORMS;

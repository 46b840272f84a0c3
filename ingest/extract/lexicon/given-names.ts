// Characters of Chinese given names: the common ones, and the ones that end ordinary words instead (化, 性, 制, 品).

/**
 * Characters common in given names (virtues, nature, brightness, jewels, plants, numbers). A candidate with no title
 * around it is a name only when its given name is made of these.
 */
const COMMON =
  "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力国林云飞鹏峰宇浩凯健俊帆帅旭宁龙亮斌波成志永海春东晓小金兰凤梅琳洁燕雪玲婷慧蕾丹彬博晨辰琛诚承驰川纯聪翠达德迪栋冬娥恩发方芬丰锋福富钢高歌庚耕光广贵涵汉翰航豪和河荷鹤恒宏虹鸿厚怀欢环焕惠吉纪继佳家嘉坚剑江娇捷锦进晋京经晶景敬菊巨君峻楷康可克坤昆岚澜蓝朗乐雷黎礼莉立利励连莲良隆路璐露伦茂美萌蒙孟鸣铭楠妮凝培沛琪其奇启起千谦倩乔勤琴青清晴庆秋全泉群然仁荣蓉容儒瑞锐润若森山善尚少绍升生胜盛圣诗士世仕守寿书淑舒树双爽顺思松颂素腾天田庭彤桐同婉旺威巍为维卫蔚雯武西希熙喜贤娴祥翔向骁孝欣新鑫馨信星兴雄轩宣学勋逊雅亚岩炎研彦扬阳耀业晔一依怡宜仪义艺亦益毅逸翼荫莹颖映友有瑜雨煜钰元园源远苑悦月越跃芸允运韵泽增展占章昭召哲真振镇震正政之芝知致智中忠钟洲舟珠柱卓子紫宗祖遵作琦瑶璇琼珍珊瑾璋玮琰斐菲芙茜莎薇萱蕴桦梓柏杉槐彪虎豹鹰骏驹麟鸾雁二三四五六七八九十百万南北大长久爱禄财宝昌灿朝晖煌曦冰霜梦蝶碧彩凡非奋甫淦罡根功冠贯瀚好昊禾赫洪候琥沪桓晃徽基及霁济加甲稼俭鉴将介津劲靖炯举钧开恺侃珂奎魁凌灵岭柳鲁陆潞纶曼满玫淼苗民名墨默木牧穆佩朴圃祺乾钦秦擎渠权任日戎融如汝睿沙劭申深声师石实水硕速泰坦棠韬铁廷霆童拓纬温闻稳先显献香湘潇笑心昕醒幸绪玄训焰杨尧忆奕谊懿银寅莺迎盈咏羽语郁育裕媛岳昀湛樟兆照臻征铮芷治竹壮";

/** Characters that end or build ordinary words and are rare in given names (文旅, 康养, 危化品, 林长制, 普惠性, 安监). */
const NEVER =
  "化性制品养旅监算修省市县区乡村街号期年时分秒次届个位件项条款类型式率量额费价税局厅部委办处科室所站队组团社院校会司厂店场馆网台报刊证券股份行集公产物料器机械车船港口湖城州摄讯记稿图说讲称谈问答要该应须能已曾被把对从由在于与或但而并且就也都还又再更最很太甚极均皆仅只各每某此这那哪谁啥么呢吗吧啊呀哦的地得着了过们者以";

/** The same word endings in traditional characters, for the older reports printed in them (全體, 全國). */
const NEVER_TRADITIONAL = "體國們個會從這說對為與過時動產業區縣鄉級當應該將從後";

/** Characters common in given names. */
export const GIVEN_NAME_CHARS: ReadonlySet<string> = new Set(COMMON);

/** Characters that end ordinary words (never part of a given name found without a title). */
export const NEVER_GIVEN_CHARS: ReadonlySet<string> = new Set(NEVER + NEVER_TRADITIONAL);

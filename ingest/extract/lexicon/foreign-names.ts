// Characters that Chinese transliterations of foreign and minority names are written with (克林顿, 托尼·布莱尔).

/** The syllable characters of the standard transliteration tables: a name written only with them sounds foreign. */
const SYLLABLES =
  "阿埃艾爱安昂奥巴拜班邦鲍贝本比彼毕庇波伯博布查达戴丹道德登迪蒂丁东杜顿多厄恩尔法凡范菲费芬丰佛弗福夫富盖甘冈高戈哥格根古瓜哈海汉豪浩赫黑亨洪胡华怀霍基吉加贾杰捷金卡凯坎康考柯科可克肯库奎拉腊莱赖兰朗劳勒雷蕾里理丽莉利列林琳刘龙卢鲁路伦罗洛马玛迈麦曼芒梅门蒙米明姆莫墨穆纳娜奈南内尼涅宁纽诺努帕潘庞佩彭皮珀普奇齐恰乔切钦琼丘让热瑞若萨塞赛桑瑟森沙莎山尚舍申什施史舒斯松苏索塔泰坦汤唐特滕提廷通图托瓦旺威韦维温沃乌西希锡夏谢辛休雅亚扬耶叶伊因尤于约扎泽詹佐士兹茨黛娅妮丝萝默琪伏契贡";

/** Transliteration characters. */
export const TRANSLITERATION_CHARS: ReadonlySet<string> = new Set(SYLLABLES);

/** True when every character of a word is a transliteration character. */
export function soundsForeign(word: string): boolean {
  for (const char of word) if (!TRANSLITERATION_CHARS.has(char)) return false;
  return word.length > 0;
}

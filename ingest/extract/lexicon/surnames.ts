// Chinese surnames: the common single-character ones (covering most people) and the common two-character ones.

const SINGLE =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由习胥洪阎郗缑钮郦贝宦隗沃";

const DOUBLE = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "令狐", "慕容", "长孙", "宇文", "司徒", "夏侯", "端木", "西门", "南宫", "独孤"];

/** How many of the first single surnames (listed by frequency) count as common: enough for a name without a title. */
const COMMON_COUNT = 150;

/** Single-character surnames. */
export const SINGLE_SURNAMES: ReadonlySet<string> = new Set(SINGLE);

/** Two-character surnames. */
export const DOUBLE_SURNAMES: ReadonlySet<string> = new Set(DOUBLE);

/** The common single surnames and every double surname: a name found without a title must start with one. */
export const COMMON_SURNAMES: ReadonlySet<string> = new Set([...SINGLE].slice(0, COMMON_COUNT).concat(["洪", "阎"], DOUBLE));

/** First characters of the surnames, as character codes. */
const SINGLE_CODES: ReadonlySet<number> = new Set([...SINGLE].map((surname) => surname.charCodeAt(0)));
const DOUBLE_FIRST: ReadonlySet<number> = new Set(DOUBLE.map((surname) => surname.charCodeAt(0)));

/** Length of the surname that starts `name`, or 0 when it starts with none. */
export function surnameLength(name: string): number {
  // Character codes, not one- and two-character slices: this runs on most words of every sentence.
  const first = name.charCodeAt(0);
  if (DOUBLE_FIRST.has(first) && DOUBLE_SURNAMES.has(name.slice(0, 2))) return 2;
  return SINGLE_CODES.has(first) ? 1 : 0;
}

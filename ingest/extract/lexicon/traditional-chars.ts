// Traditional characters and their simplified forms, for reading 1950s and traditional-script texts like simplified ones.

/** Traditional characters common in official Chinese, each at the same index as its simplified form below. */
const TRADITIONAL = "們這個會業發經為爲產産學時對說與實現關開無機點從動當來國過進還證據設計劃應運農區團體隊衛衞廠資職務黨組織聯義財稅費潤憲綱領擧舉辦歲銷種類協製廣級員長門問題難華東電車鐵貿軍幹導環處擴審議標權統傳專層紀錄構樹網邊際醫藥購買賣價錢銀積極將謂濟營貨給絕續線總結變讓質輕氣鋼礦煉礎興減條鄉縣單聽護豐壓嚴戰預驗較遠選達陣陳陸隨險雙雜離雲韓順頭願顧風飛館馬鬥鹽麥黃齊龍廳紡輸郵蘇書報紙號術補備簡歷壞裝準規範維勞滿測繼漁獲漢灣濱監檢靜節約創勵獎園圖畫劇樂廟鎮場塊壇夥奮嬰寧寶屆屬歸彈後徵慶擔攜敵擊暫棄橋檔歐殘殺滅漲燈犧獨獻瑪畢療盡盤碼確稱穩競築糧緊縮績縱罰聞脅腦臨艦藝虧蟲衝複覺觀訓託記訪評試詢誤調談請諸謀識譯讚負貢貧責貸貼賠賦賴趨蹟軌軟載輯辭邏鄰釋針鋪錯鍵鐘閉閱陰隱雖靈響頒頻顯飲養餘駐騰驅髮魯鳴麗齡眾衆億儲兒兩內凈劑勢匯卻參嗎圍執堅墾壯奪婦孫寫嶺島幣廢復態懷戶捨損換擁撥擬攝敗敘斷暢樓歡決況湧溫滯滲漸潔濃灑災熱爭牽獄畝盜矯禮禦穀窮筆簽籌紅納純紛細終絲絡綜綠緒編練縫繳罷羅聖肅脫腳舊艱莊萬葉蓋薦藍蝕裏襲見視親覽討訊許訴詞該認語誠誰課論諾講謝譜豬貝販貫貴賀賢賤贈贏趕輛輪轉連週遊違遞適遷遺釀鈔鉛銅鋁鍋鍛鎖鏈間閒閘闢陽階隻雞霧韌頁項須額颱飯飼飽餅駛驚骯鬧魚鮮鳥鴨鵝鹼麼齒龜佔剷俠倉側傷傾僅優償囑幾彙彌徑恆惡愛慮憑懇戲攤斃暈曆曉棟槍氾淚淺渦湯滬漿澤濕瀋灘爐牆獅瑣癥皚盧礙祕稈穫窯竊筍糾紋紮絨綁緩縛繩繪罈翹聳膠膽艙芻莖蔣薑蘭虜蝦蠶襪覓觸詐詳誌誘誼謊謹譏讀貞賬贓趙躍輔輝轄迴邁醜鈞銳錦鍊鑑閩闊闖陝隴韋頃頸顆餵騎髒鬆鯨鷹麵黴鼕齣鄧劉張楊吳鄭馮鋒榮偉濤聶錫";
const SIMPLIFIED = "们这个会业发经为为产产学时对说与实现关开无机点从动当来国过进还证据设计划应运农区团体队卫卫厂资职务党组织联义财税费润宪纲领举举办岁销种类协制广级员长门问题难华东电车铁贸军干导环处扩审议标权统传专层纪录构树网边际医药购买卖价钱银积极将谓济营货给绝续线总结变让质轻气钢矿炼础兴减条乡县单听护丰压严战预验较远选达阵陈陆随险双杂离云韩顺头愿顾风飞馆马斗盐麦黄齐龙厅纺输邮苏书报纸号术补备简历坏装准规范维劳满测继渔获汉湾滨监检静节约创励奖园图画剧乐庙镇场块坛伙奋婴宁宝届属归弹后征庆担携敌击暂弃桥档欧残杀灭涨灯牺独献玛毕疗尽盘码确称稳竞筑粮紧缩绩纵罚闻胁脑临舰艺亏虫冲复觉观训托记访评试询误调谈请诸谋识译赞负贡贫责贷贴赔赋赖趋迹轨软载辑辞逻邻释针铺错键钟闭阅阴隐虽灵响颁频显饮养余驻腾驱发鲁鸣丽龄众众亿储儿两内净剂势汇却参吗围执坚垦壮夺妇孙写岭岛币废复态怀户舍损换拥拨拟摄败叙断畅楼欢决况涌温滞渗渐洁浓洒灾热争牵狱亩盗矫礼御谷穷笔签筹红纳纯纷细终丝络综绿绪编练缝缴罢罗圣肃脱脚旧艰庄万叶盖荐蓝蚀里袭见视亲览讨讯许诉词该认语诚谁课论诺讲谢谱猪贝贩贯贵贺贤贱赠赢赶辆轮转连周游违递适迁遗酿钞铅铜铝锅锻锁链间闲闸辟阳阶只鸡雾韧页项须额台饭饲饱饼驶惊肮闹鱼鲜鸟鸭鹅碱么齿龟占铲侠仓侧伤倾仅优偿嘱几汇弥径恒恶爱虑凭恳戏摊毙晕历晓栋枪泛泪浅涡汤沪浆泽湿沈滩炉墙狮琐症皑卢碍秘秆获窑窃笋纠纹扎绒绑缓缚绳绘坛翘耸胶胆舱刍茎蒋姜兰虏虾蚕袜觅触诈详志诱谊谎谨讥读贞账赃赵跃辅辉辖回迈丑钧锐锦炼鉴闽阔闯陕陇韦顷颈颗喂骑脏松鲸鹰面霉冬出邓刘张杨吴郑冯锋荣伟涛聂锡";

const TO_SIMPLIFIED = new Map<string, string>([...TRADITIONAL].map((c, i) => [c, SIMPLIFIED[i] as string]));

/** The table's characters by code unit (each is one unit): a text is checked without a string per character. */
const IS_TRADITIONAL = new Uint8Array(0x10000);
for (const c of TRADITIONAL) IS_TRADITIONAL[c.charCodeAt(0)] = 1;

/** Whether a text holds a traditional character of the table (most text holds none and is returned unchanged). */
export function hasTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (IS_TRADITIONAL[text.charCodeAt(i)] === 1) return true;
  return false;
}

/** A text with its traditional characters simplified, one character for one, so offsets stay valid. */
export function simplify(text: string): string {
  if (!hasTraditional(text)) return text;
  let out = "";
  for (const c of text) out += TO_SIMPLIFIED.get(c) ?? c;
  return out;
}

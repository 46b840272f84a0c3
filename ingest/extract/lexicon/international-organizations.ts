// International organizations and groupings of states that reports name, with their usual Chinese short forms.

import { parseBodyTable } from "./body-table.js";

/** One organization a line: canonical name, then its short forms. Longer names win over their prefixes (联合国教科文组织). */
const TABLE = `
联合国
联合国安全理事会 联合国安理会 安理会
联合国大会 联大
联合国秘书处
联合国教育、科学及文化组织 联合国教科文组织 教科文组织
联合国儿童基金会
联合国开发计划署
联合国环境规划署
联合国难民署 联合国难民事务高级专员公署
联合国人权理事会
联合国粮食及农业组织 联合国粮农组织 粮农组织
联合国工业发展组织
联合国贸易和发展会议 贸发会议
世界粮食计划署
世界卫生组织 世卫组织
世界贸易组织 世贸组织
关税及贸易总协定 关贸总协定
国际货币基金组织
世界银行 世行
亚洲开发银行 亚行
亚洲基础设施投资银行 亚投行
新开发银行 金砖国家新开发银行
国际清算银行
金融稳定理事会
国际劳工组织
国际原子能机构
世界知识产权组织
世界气象组织
国际海事组织
国际民用航空组织
国际电信联盟
万国邮政联盟
国际刑警组织
国际能源署
国际奥林匹克委员会 国际奥委会
红十字国际委员会 国际红十字会
国际法院
国际刑事法院
国际标准化组织
世界旅游组织
世界经济论坛
上海合作组织 上合组织
东南亚国家联盟 东盟
欧洲联盟 欧盟
欧洲共同体 欧共体
欧洲经济共同体
欧洲议会
欧盟委员会
欧洲中央银行 欧洲央行
非洲联盟 非盟
非洲统一组织 非统组织
阿拉伯国家联盟 阿盟
海湾阿拉伯国家合作委员会 海合会
北大西洋公约组织 北约
华沙条约组织 华约
经济互助委员会 经互会
亚太经济合作组织 亚太经合组织
经济合作与发展组织 经合组织
石油输出国组织 欧佩克
二十国集团
七国集团 西方七国集团
八国集团
七十七国集团
金砖国家
不结盟运动
博鳌亚洲论坛
中非合作论坛
亚洲相互协作与信任措施会议 亚信会议
`;

/** Surface -> canonical name. */
export const INTERNATIONAL_ORGANIZATIONS: Readonly<Record<string, string>> = parseBodyTable(TABLE);

// The head of a document (the lines before its salutation or first paragraph), each line told by its role.

import { normalizeText } from "../normalize.js";
import { datesIn } from "./dates.js";

/**
 * What a head line is: the title; a dashed subtitle (——在…上的报告); the delivery or adoption line with its date
 * (——2024年3月5日在…上, (2017年10月18日), (…会议通过)); a web page's publication date; the speaker; page furniture
 * (site navigation, source and editor labels, photo credits).
 */
export type HeadLineKind = "title" | "subtitle" | "delivery" | "published" | "speaker" | "furniture";

/** One line of the head, normalized, with the date it states when it is a dated line. */
export interface HeadLine {
  kind: HeadLineKind;
  text: string;
  date?: string;
}

/** The head and where the body starts (an offset into the text). */
export interface DocumentHead {
  lines: HeadLine[];
  bodyStart: number;
}

/** How far the head may reach: a title block, a speaker and a web page's furniture fit well within it. */
const MAX_HEAD_LINES = 24;
const MAX_HEAD_CHARS = 3000;
/** Longer lines are prose, not a title block, unless they end as a title does (…的报告). */
const MAX_TITLE_LINE = 60;
const ENDS_AS_TITLE = /(?:报告|决议|决定|讲话|纲要|规划|公报|意见|通知|条例|方案|说明|总结)$/u;

const DASHES = /^[-—–―─~－]+\s*/u;
const BRACKETS = /^[(（[【]\s*|\s*[)）\]】]$/gu;
/** Delivered, opened or adopted at a meeting: 在…会议上, 在…大会上的报告, …会议通过, 在…开幕. */
const DELIVERY =
  /在.{2,50}?(?:[会會][议議]|大[会會]|[会會])上|(?:[会會][议議]|大[会會])\s*(?:通过|批准)|[在于].{2,40}(?:开幕|召开)/u;
/** (在第十届全国人民代表大会第一次会议上): a delivery line that names the meeting but not the day. */
const UNDATED_DELIVERY = /^[(（]?\s*在.{2,50}?(?:[会會][议議]|大[会會])上(?:的(?:报告|讲话|发言))?\s*[)）]?$/u;
const PUBLISHED = /(?:来源|时间|发布|发表|日期|更新|稿源)\s*[:：]|\d{1,2}:\d{2}/u;
/** Labels and navigation of a web page, photo credits, editor lines. */
const FURNITURE =
  /^(?:来源|作者|编辑|责编|责任编辑|通讯员|发布时间|发表时间|时间|日期|阅读量|浏览次数|字号|字体|打印|关闭|分享|收藏|首页|当前位置|您的位置)|要闻$|新闻$|动态$|^政务(?:信息|公开)$|^>|[】【]|摄$|记者|图片来源/u;
const LABEL_ONLY = /^[\u4e00-\u9fff]{1,6}\s*[:：]$/u;
/** 各位代表：, 同志们！, 主任、各位副主任、秘书长、各位委员：, and a paragraph that opens with one. */
const SALUTATION = /^(?:各位|尊敬的|亲爱的|同志们|代表们|委员们|女士们|先生们|朋友们)|^(?:主任|委员长)[、，,]/u;
const SALUTATION_LINE = /^[^。]{0,40}(?:代表|委员|同志|朋友|女士|先生|主任|秘书长)们?\s*[:：!！]$/u;
/** Section headings open the body: 一、 (一) 1. 第一部分. */
const SECTION =
  /^(?:[一二三四五六七八九十]+\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]+\s*[)）]|\d{1,2}\s*[、.．](?!\d)|第[一二三四五六七八九十]+(?:部分|章|节))/u;
const POSITION =
  "(?:总理|副总理|委员长|副委员长|主席|副主席|省长|副省长|市长|副市长|区长|副区长|县长|副县长|州长|旗长|盟长|书记|副书记|主任|副主任|院长|检察长|部长|局长|厅长|秘书长|代表)";
const NAME = String.raw`[\u4e00-\u9fff](?:\s{0,2}[\u4e00-\u9fff·]){1,4}`;
/** 国务院总理 李强, 某区人民政府代区长 王建华, 自治区主席 韦 韬, or the post alone (国务院总理). */
const SPEAKER = new RegExp(`^[\\u4e00-\\u9fff]{0,24}?代?${POSITION}(?:\\s*(${NAME}))?$`, "u");
/** A person's name alone on a line (周恩来, 毛伟明): two to four characters, maybe spaced. */
const BARE_NAME = /^[\u4e00-\u9fff](?:\s{0,2}[\u4e00-\u9fff]){1,3}$/u;
/** Words that name a kind of document: a line holding one is a title, not a name. */
export const DOCUMENT_WORD =
  /报告|决议|决定|讲话|纲要|规划|计划|公报|意见|通知|条例|方案|说明|总结|致辞|发言|建议|议案|声明|宣言|章程|要点/u;
const NOT_A_NAME = /[的之报告会议工作]/u;

/** Reads the head of `text`: its lines up to the salutation or the first paragraph of prose. */
export function readDocumentHead(text: string): DocumentHead {
  const lines: HeadLine[] = [];
  let offset = 0;
  let afterLabel = false;
  while (offset < text.length && offset < MAX_HEAD_CHARS && lines.length < MAX_HEAD_LINES) {
    const newline = text.indexOf("\n", offset);
    const end = newline === -1 ? text.length : newline;
    // A Markdown heading mark is not part of the title.
    const line = normalizeText(text.slice(offset, end))
      .trim()
      .replace(/^#{1,6}\s+/u, "");
    if (line !== "") {
      const classified = classifyHeadLine(line);
      if (classified === "body") return { lines, bodyStart: offset };
      // The value of a label on its own line (来源： / 宁夏日报) is furniture too, not a title.
      const kind =
        afterLabel && (classified.kind === "title" || classified.kind === "speaker")
          ? { kind: "furniture" as const, text: line }
          : classified;
      lines.push(kind);
      afterLabel = LABEL_ONLY.test(line);
    }
    offset = end + 1;
  }
  return { lines, bodyStart: Math.min(offset, text.length) };

  function classifyHeadLine(line: string): HeadLine | "body" {
    const dated = datesIn(line)[0];
    if (dated) {
      if (PUBLISHED.test(line)) return { kind: "published", text: line, date: dated.iso };
      if (isDeliveryLine(line, dated.start, dated.end)) return { kind: "delivery", text: line, date: dated.iso };
      return "body";
    }
    if (SALUTATION.test(line) || SALUTATION_LINE.test(line)) return "body";
    // A line ending in a colon is a page label (来源：) or the addressee that opens the body (各县区人民政府：).
    if (/[:：]$/u.test(line)) return FURNITURE.test(line) ? { kind: "furniture", text: line } : "body";
    if (SECTION.test(line) || /[。；;]$/u.test(line) || (line.length > MAX_TITLE_LINE && !ENDS_AS_TITLE.test(line)))
      return "body";
    if (DASHES.test(line)) return { kind: "subtitle", text: line.replace(DASHES, "") };
    if (UNDATED_DELIVERY.test(line)) return { kind: "subtitle", text: line.replace(BRACKETS, "") };
    if (line.length <= 2 || FURNITURE.test(line) || LABEL_ONLY.test(line)) return { kind: "furniture", text: line };
    if (!DOCUMENT_WORD.test(line) && isSpeaker(line)) return { kind: "speaker", text: line };
    return { kind: "title", text: line };
  }
}

/** A dated line is a delivery line when the date stands alone (bracketed, after dashes) or opens a meeting clause. */
function isDeliveryLine(line: string, start: number, end: number): boolean {
  if (DELIVERY.test(line)) return true;
  const rest = (line.slice(0, start) + line.slice(end)).replace(DASHES, "").replace(BRACKETS, "").trim();
  return rest === "";
}

function isSpeaker(line: string): boolean {
  if (BARE_NAME.test(line)) return true;
  const match = SPEAKER.exec(line);
  return match !== null && !NOT_A_NAME.test(match[1] ?? "");
}

// Firms that act through their subsidiaries, parents or shareholders (与X的全资子公司Y签订, 与X股东签署, X大股东Y与Z
// 签署), told apart from bodies named only as the owner of the real partner (与国务院组成部门对口).

import type { SentenceFacts } from "../relation-types.js";

/** A partner followed by these only owns the real partner (与国务院组成部门对口, 与X原股东协商): X is no party. */
const OWNER_TAIL = /^(?:的)?(?:组成部门|有关部门|相关部门|各部门|所属|下属(?!公司|企业)|各级|系统内|原股东)/u;
/**
 * A firm whose subsidiary, parent or shareholders sign for it (与X的全资子公司Y签订, 与X股东签署): X is a party too, as
 * the news counts it; Y, when named, is read as a partner behind the describing words.
 */
const FIRM_LINK =
  /^(?:的)?(?:(?:全资|控股|参股)?(?:子公司|孙公司)|母公司|旗下|下属(?:公司|企业)|(?:第一|控股)?大?股东方?|全资|控股)/u;
/** A deal in a firm's shares made with its owners: buying the firm, not working with it (与X股东签署股份购买协议). */
const SHARE_DEAL = /收购|并购|股权(?:购买|转让)|(?<!发行)股份(?:购买|转让)|转让|受让|认购|增持|减持|入股/u;
/** After an owner's name, the words that make the next name its subsidiary (下属公司, 旗下, 的全资子公司). */
const OWNED = /^(?:的)?(?:下属|旗下|(?:全资|控股)?子公司)(?:的)?(?:公司|企业)?$/u;
/** Between a listed firm and its shareholder that acts (X公告大股东Y与Z…, X控股股东Y与Z…). */
const SHAREHOLDER_BEFORE =
  /^(?:(?:今日|昨日|日前|近日|当日)?(?:发布)?公告(?:称)?|宣布|披露|称)?(?:其|公司)?(?:的)?(?:控股股东|第[一二三]大股东|大股东)$/u;

/**
 * Whether the body before `after` (the rest of its clause) can be a partner: not when it only owns the partner (与国务院
 * 组成部门对口), and, when it acts through its subsidiary or shareholders, not in a deal in its shares (`rest`: the
 * sentence after it).
 */
export function ownerMayBePartner(after: string, rest: string): boolean {
  if (FIRM_LINK.test(after)) return !SHARE_DEAL.test(rest);
  return !OWNER_TAIL.test(after);
}

/** Whether [start, end) is a body's name followed by the words that make what follows its subsidiary. */
export function ownedBy(facts: SentenceFacts, start: number, end: number): boolean {
  const owner = facts.mentions.find((m) => m.type === "Organization" && m.localStart === start && m.localEnd < end);
  return owner !== undefined && OWNED.test(facts.context.text.slice(owner.localEnd, end));
}

/**
 * The listed firm whose shareholder is the body at `actorStart` (南京港公告大股东南京港务局与X签署…: 南京港), when
 * the clause names it right before, and what they sign is no deal in its shares (`rest`: the sentence after).
 */
export function shareholderOf(
  facts: SentenceFacts,
  clauseStart: number,
  actorStart: number,
  rest: string,
): string | undefined {
  const { text } = facts.context;
  const owner = facts.mentions
    .filter((m) => m.type === "Organization" && m.localStart >= clauseStart && m.localEnd < actorStart)
    .find((m) => SHAREHOLDER_BEFORE.test(text.slice(m.localEnd, actorStart)));
  return owner && !SHARE_DEAL.test(rest) ? owner.entity : undefined;
}

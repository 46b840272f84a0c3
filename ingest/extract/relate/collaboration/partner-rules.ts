// A partner named after a preposition or a verb: A与B合作, A会同B, 联合X, 邀请X参加.

import type { ProposedRelation, RelationRule, SentenceFacts } from "../relation-types.js";
import { clauseAround, listAround, mentionsIn } from "../sentence-helpers.js";
import {
  FAILED,
  HOSTILE,
  NEGATED,
  PARTY_TYPES,
  RIVALRY,
  actorsBefore,
  nearestActors,
  outermostParties,
  partiesOf,
  type Party,
} from "./collaboration-parties.js";
import { collaboration, cooperates, partnerIn } from "./collaboration-relations.js";
import { ownedBy, ownerMayBePartner, shareholderOf } from "./firm-links.js";
import { laterCue, type Cue } from "./later-cues.js";

/** After 与/同/和 X: a word of working together, in X's clause (对口 only with what it qualifies). */
const TOGETHER =
  /合作|联合|共同(?![体富愿理利价市点持拥控所])|对接|协作|共建|合建|合办|共办|携手|牵手|签约|签署|签订|联动|联手|合资|合营|结对|联姻|结盟|联盟|对口(?:支援|帮扶|合作|协作|援建|援助)|协同|会同|结为|缔结|达成[^，。；]{0,12}(?:协议|共识|一致)|^[^，。；]{0,12}?(?:成立|组建|设立|兴建)|^(?:已|已经|共同|正式|初步)*(?:商定|约定|议定)|^(?:已|已经|于[^，。；]{1,12}?)?签[^，。；署订约]{0,12}?(?:协议|合同|合约|备忘录|意向书|协定)|^(?:之间|间)?的(?:(?!交易|买卖|收购|并购|转让|认购)[^，。；]){0,8}?(?:协议|合同|合约|备忘录|意向书|协定)(?!纠纷|官司|诉讼|争议|争端)|相互担保|互相担保|互保|互供/u;
/** Verbs whose object is a partner: the subject works with it (联合了X, “牵手”X, 签约X). */
const PARTNER_VERB = /(?:邀请|联合|会同|协同|携手|牵手|联手|联袂|联系|联同|联姻|结盟|签约)了?[”"」]?$/u;
/** Of the partner verbs, those whose subjects act together with the partner and with each other (not 邀请, 联系). */
const JOIN_VERB = /联合|会同|协同|携手|牵手|联手|联袂|联同/u;
/** The cheap test before reading a sentence for partner verbs. */
const ANY_PARTNER_VERB = /邀请|联合|会同|协同|携手|牵手|联手|联袂|联系|联同|联姻|结盟|签约/u;
/** 与 (同, 跟) as a preposition; 和 is also a plain conjunction, so with it only the body just before it acts. */
const WITH = /[与同跟和]/u;
/**
 * Words between 与 and the partner that describe it (与中国具有实力的X, 与Y集团下属X, 与国际医药企业X, 与娱乐巨头X): X is
 * still the partner.
 */
const PARTNER_MODIFIER =
  /^(?:[^，。；、,;与同跟]{1,20}的|[^，。；、,;与同和跟]{1,14}(?:下属|旗下|股东|子公司|母公司|集团|公司)(?:的)?(?:公司|企业|子公司|单位)?(?:——|—)?)$/u;
/** An appositive naming the partner's kind (国际医药企业X, 英国最大药企X): the only describing words allowed after 和. */
const APPOSITIVE =
  /^[^，。；、,;与同和跟的]{0,12}(?:企业|公司|巨头|机构|品牌|厂商|运营商|药企|车企|房企|险企|券商|电商|龙头|财团)(?:之一)?$/u;
/** A describing phrase that says the name after it was made by the parties (与B合资成立的C): C is no partner. */
const MADE_BY = /合资|合营|成立|设立|组建|创办|共同|联合|合作|签署|签订|投资|出资/u;
/** Shares of one venture put in by each (分别出资X万元和Y万元设立Z): one joint investment, though written 分别. */
const RESPECTIVE_SHARES =
  /^(?:将|拟|已|共同)?(?:分别|各)(?:出资|投资|认缴)[^，。；]{0,24}?[和及、][^，。；]{0,20}?(?:设立|成立|组建|受让|收购|认购|合资|共同|入股)/u;
/** An agreement of several parties (三方协议, 四方签署, 多方合作). */
const SEVERAL_PARTIES = /(?:[三四五六七八九]|多)方/u;
/** How far after the cue the number of parties may be written (签署了三方合作协议). */
const SEVERAL_REACH = 6;
/** Bodies joined by 和 that act one by one (A和B先后成立X, A和B分别签署): not together. */
const SEPARATELY = /分别|各自|先后|各|均/u;

/** The cue of working together in the partner's clause, if any. */
function clauseCue(after: string): Cue | null {
  const cue = TOGETHER.exec(after) ?? RESPECTIVE_SHARES.exec(after);
  return cue ? { index: cue.index, text: cue[0] } : null;
}

/** How far before a partner its preposition is looked for, past the words describing it. */
const DESCRIPTION_REACH = 20;

/** Where the preposition before `start` stands, if the partner follows it directly or after a describing phrase. */
function prepositionBefore(
  facts: SentenceFacts,
  start: number,
  clauseStart: number,
): { at: number; word: string } | undefined {
  const { text } = facts.context;
  // 与美国X, 与日本X: the partner's country written before it.
  const place = facts.mentions.find((m) => m.type === "Place" && m.localEnd === start && m.localStart > clauseStart);
  if (place) start = place.localStart;
  const direct = text[start - 1] ?? "";
  if (WITH.test(direct)) return { at: start - 1, word: direct };
  for (let at = start - 2; at >= Math.max(clauseStart, start - DESCRIPTION_REACH); at--) {
    const word = text[at] ?? "";
    const words = text.slice(at + 1, start);
    if (/[与同跟]/u.test(word) && describes(words, bodyIn(facts, at + 1, start))) return { at, word };
    if (word === "和" && !OWN_SUBSIDIARY.test(words) && (APPOSITIVE.test(words) || STOCK_MARK.test(words)))
      return { at, word };
    // 甲和乙集团下属公司丙共同…: the partner named after its owner.
    if (word === "和" && ownedBy(facts, at + 1, start)) return { at, word };
  }
  return undefined;
}

/** Whether a body is named in [start, end) (a place in describing words is where the partner is: 中国最大的X). */
function bodyIn(facts: SentenceFacts, start: number, end: number): boolean {
  return facts.mentions.some((m) => m.type === "Organization" && m.localStart >= start && m.localEnd <= end);
}

/** 与其子公司X, 与公司在日本的子公司X: the body's own subsidiary, which it owns rather than works with. */
const OWN_SUBSIDIARY = /^(?:公司|其|本公司|该公司|自身|自己)[^，。；]{0,10}(?:子公司|下属|旗下|控股)/u;

/** A listed company's risk mark written before its short name (与*ST华源签订). */
const STOCK_MARK = /^\*?ST$/u;

function describes(words: string, namesParty = false): boolean {
  // 与中国具有实力和影响力的X: a 和 inside the describing words, unless it joins another party (与A和B的X).
  if (OWN_SUBSIDIARY.test(words) || (namesParty && words.includes("和"))) return false;
  return STOCK_MARK.test(words) || APPOSITIVE.test(words) || (PARTNER_MODIFIER.test(words) && !MADE_BY.test(words));
}

/** The partner verb before `start` (携手X, 携手龙头企业X), and where it starts. */
function verbBefore(text: string, start: number): { at: number } | undefined {
  const direct = PARTNER_VERB.exec(text.slice(Math.max(0, start - 4), start));
  if (direct) return { at: start - direct[0].length };
  for (let end = start - 1; end >= Math.max(0, start - 16); end--) {
    const verb = PARTNER_VERB.exec(text.slice(Math.max(0, end - 4), end));
    if (verb && describes(text.slice(end, start))) return { at: end - verb[0].length };
  }
  return undefined;
}

/** 与长春大学合作的“…项目”, 甲与乙、丙与丁对口合作, 由A和B联合实施X: each pair that the clause says works together. */
export const workWith: RelationRule = {
  name: "work-with",
  apply(facts) {
    const out: ProposedRelation[] = [];
    const { text } = facts.context;
    if (!WITH.test(text) || HOSTILE.test(text)) return out;
    const listed = new Set<string>();
    for (const partner of outermostParties(facts, 0, text.length)) {
      const clause = clauseAround(text, partner.localStart);
      const preposition = prepositionBefore(facts, partner.localStart, clause.start);
      if (!preposition) continue;
      const list = listAround(facts, partner, PARTY_TYPES, "right");
      const last = list[list.length - 1] ?? partner;
      const key = `${partner.localStart}`;
      if (listed.has(key)) continue;
      list.forEach((m) => listed.add(`${m.localStart}`));
      const after = text.slice(last.localEnd, clause.end);
      const cue = clauseCue(after) ?? laterCue(text, last.localEnd, clause.end);
      if (!cue || !ownerMayBePartner(after, text.slice(last.localEnd))) continue;
      if (!cooperates(text.slice(last.localEnd + cue.index))) continue;
      const span = text.slice(clause.start, last.localEnd + cue.index + cue.text.length);
      if (RIVALRY.test(span) || NEGATED.test(span) || FAILED.test(text.slice(clause.start, clause.end))) continue;
      const partners = partiesOf(facts, list);
      // 和 is also a plain conjunction: only a body written right before it acts, and not one by one (A和B先后成立).
      const conjunction = preposition.word === "和";
      // …分别出资X万元和Y万元: each puts in its share of one venture, which is acting together.
      const shares = RESPECTIVE_SHARES.test(after);
      if (conjunction && !shares && SEPARATELY.test(after.slice(0, cue.index + cue.text.length))) continue;
      const actors = conjunction
        ? nearestActors(facts, clause.start, preposition.at)
        : actorsBefore(facts, clause.start, preposition.at, true);
      for (const actor of actors) for (const p of partners) out.push(...collaboration(facts, actor, p, "work-with"));
      // A与B、C签署三方协议: an agreement of three or more binds each party to each other one.
      if (actors.length > 0 && SEVERAL_PARTIES.test(after.slice(0, cue.index + cue.text.length + SEVERAL_REACH)))
        for (let i = 0; i < partners.length; i++)
          for (let j = i + 1; j < partners.length; j++)
            out.push(...collaboration(facts, partners[i] as Party, partners[j] as Party, "work-with:parties"));
      for (const owner of ownersOfActors(facts, actors, clause.start, preposition.at, text.slice(last.localEnd)))
        for (const p of partners) out.push(...collaboration(facts, owner, p, "work-with:shareholder"));
      // 与X合作开展“Y”: both take part in Y.
      const project = mentionsIn(facts, last.localEnd, clause.end, ["Project"]).find(
        (m) => m.localStart - last.localEnd <= 40,
      );
      if (project && /合作|联合|共同|共建/u.test(text.slice(last.localEnd, project.localStart)) && actors.length > 0) {
        for (const p of [...partners, ...actors]) out.push(...partnerIn(facts, p, project.entity, "work-with-on"));
      }
    }
    return out;
  },
};

/** The listed firms whose shareholders are the named actors (X公告大股东Y与Z签署: X), for what they sign. */
function ownersOfActors(
  facts: SentenceFacts,
  actors: readonly Party[],
  clauseStart: number,
  at: number,
  rest: string,
): Party[] {
  // The cheap test first: this runs for every partner with a cue.
  if (!facts.context.text.slice(clauseStart, at).includes("股东")) return [];
  const named = mentionsIn(facts, clauseStart, at, ["Organization"]).filter((m) =>
    actors.some((a) => a.entity === m.entity && !a.inferred),
  );
  const owners = named.map((m) => shareholderOf(facts, clauseStart, m.localStart, rest));
  return owners.filter((o): o is string => o !== undefined).map((entity) => ({ entity, place: false }));
}

/** 邀请民革、工商联等…参加, 联合X, 会同X: the subject works with the bodies it invites or joins. */
export const inviteOrJoin: RelationRule = {
  name: "invite-or-join",
  apply(facts) {
    const out: ProposedRelation[] = [];
    const { text } = facts.context;
    if (!ANY_PARTNER_VERB.test(text) || HOSTILE.test(text)) return out;
    const listed = new Set<number>();
    for (const partner of outermostParties(facts, 0, text.length)) {
      if (listed.has(partner.localStart)) continue;
      const verb = verbBefore(text, partner.localStart);
      if (!verb) continue;
      const list = listAround(facts, partner, PARTY_TYPES, "right");
      list.forEach((m) => listed.add(m.localStart));
      const clause = clauseAround(text, partner.localStart);
      if (
        NEGATED.test(text.slice(clause.start, partner.localStart)) ||
        FAILED.test(text.slice(clause.start, clause.end))
      )
        continue;
      const actors = actorsBefore(facts, clause.start, verb.at, true);
      for (const actor of actors)
        for (const p of partiesOf(facts, list)) out.push(...collaboration(facts, actor, p, "invite-or-join"));
      // A、B联同C…: the bodies named as the subject of a joint verb act together as well.
      if (JOIN_VERB.test(text.slice(verb.at, partner.localStart)) && actors.every((a) => !a.inferred))
        for (let i = 0; i < actors.length; i++)
          for (let j = i + 1; j < actors.length; j++)
            out.push(...collaboration(facts, actors[i] as Party, actors[j] as Party, "invite-or-join"));
    }
    return out;
  },
};

// 双方/两家公司/二者 written for two named bodies of the sentence (A与B签约，双方将共同投资…; 根据双方协议，A…B…):
// the two act together when the words after it state a cooperation.

import type { LocalMention, ProposedRelation, RelationRule, SentenceFacts } from "../relation-types.js";
import { clauseAround } from "../sentence-helpers.js";
import { FAILED, HOSTILE, NEGATED, RIVALRY, outermostParties, partiesOf } from "./collaboration-parties.js";
import { collaboration } from "./collaboration-relations.js";

/** The words that stand for the two parties named before. */
const BOTH = /双方|两家(?:公司|企业|集团|银行)|两公司|两集团|两企业|二者|两者/gu;
/** 双方 in a phrase naming the ground of what follows (根据双方协议，…; 按照双方约定，…). */
const BASIS = /(?:根据|按照|依据|依照|按|经)$/u;
/**
 * What may stand before 双方 in its clause: nothing, a time or a linking word (随后双方…, 此次双方…), or a word whose
 * object is the parties' agreement or cooperation (根据双方协议, 标志着双方合作, 扩展双方合作区域). A noun before it
 * makes it the two sides of something else (交易双方, 买卖双方, 诉讼双方, 中美双方).
 */
const BEFORE_BOTH =
  /(?:^|根据|按照|依据|依照|按|经|据|对|标志着|意味着|扩展|扩大|深化|加强|推动|促进|开启|拓展|此次|本次|这次|目前|今后|未来|随后|此后|同时|此前|日前|近日|当日|届时|最终|终于|正式|并且|并|且|而|之后|以后|以来|后)$/u;
/** After 双方 in its clause: a cooperation they enter (双方将共同投资, 双方已签署, 双方的合作, 双方协议). */
const COOPERATION_AFTER =
  /^(?:的)?[^，。；]{0,14}?(?:合作|合资|合营|携手|联手|联合|共同(?![体富愿理利价市点持拥控所])|共建|签署|签订|签约|结盟|联姻|达成[^，。；]{0,12}?(?:协议|共识|一致|合作))|^(?:的[^，。；]{0,6}?|签[^，。；]{0,10}?)?(?:协议|合同|备忘录|意向书)/u;
/** A deal that moves a firm or its shares from one to the other: a takeover, not a cooperation (双方签署股权转让协议). */
const TAKEOVER = /收购|并购|转让|受让|认购|增持|减持|入股|注资|吸收合并|重组|合并|控股权|债务|欠款|借款|还款/u;
/** A condition, a question or a rumour: nothing is stated (如果双方合作, 双方能否达成协议, 传闻双方将合资). */
const UNSTATED = /如果|假如|倘若|若是|若(?!干)|一旦|如能|能否|是否|会否|传闻|传言|据传|猜测|或将|或许|也许/u;

/** The two parties 双方 stands for: two named before it (the last pair joined by 与/和, if more), else two in all. */
function antecedents(facts: SentenceFacts, at: number): LocalMention[] {
  const { text } = facts.context;
  const before = namedParties(facts, 0, at);
  if (before.length === 2) return before;
  if (before.length > 2) {
    for (let i = before.length - 1; i > 0; i--) {
      const [a, b] = [before[i - 1] as LocalMention, before[i] as LocalMention];
      // A pair of its own, not the end of a longer list (A、B和C).
      const alone = text[a.localStart - 1] !== "、" && text[b.localEnd] !== "、";
      if (alone && /^[与和同跟及]$/u.test(text.slice(a.localEnd, b.localStart))) return [a, b];
    }
    return [];
  }
  const all = namedParties(facts, 0, text.length);
  return all.length === 2 ? all : [];
}

/** The bodies (and places named as governments) in [start, end), one mention per entity, in text order. */
function namedParties(facts: SentenceFacts, start: number, end: number): LocalMention[] {
  const seen = new Set<string>();
  return outermostParties(facts, start, end).filter(
    (m) => partiesOf(facts, [m]).length > 0 && !seen.has(m.entity) && seen.add(m.entity),
  );
}

/** 双方将共同…, 根据双方协议…, 标志着双方合作序幕开启: the two bodies the sentence names work together. */
export const bothParties: RelationRule = {
  name: "both-parties",
  apply(facts) {
    const out: ProposedRelation[] = [];
    const { text } = facts.context;
    if (!/双方|两家|两公司|两集团|两企业|二者|两者/u.test(text) || HOSTILE.test(text)) return out;
    for (const match of text.matchAll(BOTH)) {
      const at = match.index ?? 0;
      const end = at + match[0].length;
      const clause = clauseAround(text, at);
      const opening = text.slice(clause.start, at);
      const after = text.slice(end, clause.end);
      if (!BEFORE_BOTH.test(opening) || !COOPERATION_AFTER.test(after)) continue;
      const span = text.slice(clause.start, clause.end);
      // What an agreement named as a basis provides follows in the next clauses (根据双方协议，X将收购Y…).
      const basis = BASIS.test(opening);
      if (TAKEOVER.test(basis ? text.slice(end) : after) || RIVALRY.test(span) || NEGATED.test(span)) continue;
      if (FAILED.test(span)) continue;
      if (UNSTATED.test(text.slice(0, end))) continue;
      const [a, b] = partiesOf(facts, antecedents(facts, at));
      if (a && b) out.push(...collaboration(facts, a, b, "both-parties"));
    }
    return out;
  },
};

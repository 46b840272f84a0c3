// The relations a collaboration rule proposes, and the test that what parties do together is a cooperation.

import type { ProposedRelation, SentenceFacts } from "../relation-types.js";
import { canCollaborate, type Party } from "./collaboration-parties.js";

/** What the parties do is a merger or a takeover, or announcing something together: not a collaboration. */
const NOT_COOPERATION =
  /^(?:联合|强强联合)?[^。；]{0,4}(?:重组|合并|兼并)|^(?:联合|一起|一同|同时|共同)(?:公告|宣布|声明|发布|披露|公布)/u;
/** A joint announcement is a joint act when it announces a cooperation (联合宣布双方达成战略合作), not a takeover. */
const ANNOUNCED_COOPERATION = /合作|合资|携手|联手|结盟|联盟|特许|双方将|成立[^，。；]{0,12}(?:公司|企业)/u;
const ANNOUNCED_TAKEOVER = /收购|并购|合并|重组|兼并|入股|认购|增发|转让|业绩|财报|年报/u;

export function collaboration(facts: SentenceFacts, a: Party, b: Party, rule: string): ProposedRelation[] {
  if (!canCollaborate(a, b)) return [];
  const inferred = a.inferred ?? b.inferred;
  return [
    {
      type: "COLLABORATES_WITH",
      source: a.entity,
      target: b.entity,
      rule: inferred ? `${rule}:${inferred}` : rule,
      sentence: facts.context.sentence,
    },
  ];
}

export function partnerIn(facts: SentenceFacts, party: Party, project: string, rule: string): ProposedRelation[] {
  if (party.place) return [];
  return [
    {
      type: "PARTNER_IN",
      source: party.entity,
      target: project,
      rule: party.inferred ? `${rule}:${party.inferred}` : rule,
      sentence: facts.context.sentence,
    },
  ];
}

/** What follows the cue is a cooperation: not a merger, nor an announcement of anything but a cooperation. */
export function cooperates(rest: string): boolean {
  if (!NOT_COOPERATION.test(rest)) return true;
  return (
    /^(?:联合|共同)(?:公告|宣布|声明|发布)/u.test(rest) &&
    ANNOUNCED_COOPERATION.test(rest) &&
    !ANNOUNCED_TAKEOVER.test(rest)
  );
}

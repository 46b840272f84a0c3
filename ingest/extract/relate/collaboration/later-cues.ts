// A cooperation stated in the clauses after the partner's (与X，共同投资…; A与B同意…，并成立合资公司; 与X就Y进行磋商，
// 并最终达成协议): Chinese chains the predicates of one subject over commas.

/** Where a cue stands, relative to the end of the partner's name, and its words. */
export interface Cue {
  index: number;
  text: string;
}

/** A clause that goes on with the same subject's joint act (，共同投资; ，并最终达成协议; ，双方将联合开发). */
const JOINT_NEXT =
  /^[，,](?:双方)?(?:将|拟|已|并且|并|随后|最终|最后|终于|又|还)*(?:共同(?![体富愿理利价市点持拥控所])|联合|携手|一起|一同|达成[^，。；]{0,12}?(?:协议|共识|一致|合作)|签署|签订|签约)/u;
/** What may stand between the partner and the end of its clause for the next clause to carry the cue: nothing, or talks. */
const TALKS =
  /^(?:$|(?:[^，。；]{0,4}?就[^，。；]{1,20}?)?(?:进行|展开|开展|开始)?(?:了)?[^，。；]{0,6}?(?:磋商|谈判|协商|洽谈|商谈|会谈|接触|沟通)$)/u;
/** The parties agree or decide together (A与B已同意…, A和B决定…): what they agreed on follows in the next clauses. */
const AGREED =
  /^(?:已经|已|均|都|正式|共同|一致|日前|近日|当日|最终|于[^，。；]{1,12}?|在[^，。；]{1,12}?)*(?:同意|决定|商定|约定|议定)/u;
/** The joint act of an agreement, in the clauses after it (，将成立合资公司; ，并且成立合资公司; ，双方将…). */
const AGREED_ACT = /合资|合营|共同(?![体富愿理利价市点持拥控所])|联合|携手|联手|双方|合作/u;
/** How far the clauses after an agreement are read for what was agreed. */
const AGREED_REACH = 2;

/** The cue of the clauses after the partner's, when the partner's clause ends with it or with talks, or states an agreement. */
export function laterCue(text: string, partnerEnd: number, clauseEnd: number): Cue | null {
  const rest = text.slice(partnerEnd, clauseEnd);
  if (TALKS.test(rest)) {
    const next = JOINT_NEXT.exec(text.slice(clauseEnd));
    // Talks end in a cooperation only when the next clause concludes them (并最终达成协议), not when it goes on jointly.
    const word = next ? /共同|联合|携手|一起|一同|达成|签/u.exec(next[0]) : null;
    if (next && word && (rest === "" || /达成|签/u.test(word[0])))
      return { index: clauseEnd - partnerEnd + word.index, text: next[0].slice(word.index) };
  }
  if (!AGREED.test(rest)) return null;
  let end = clauseEnd;
  for (let n = 0; n < AGREED_REACH && /[，,]/u.test(text[end] ?? ""); n++) {
    const stop = text.slice(end + 1).search(/[，,；;。！？!?]/u);
    end = stop < 0 ? text.length : end + 1 + stop;
  }
  const act = AGREED_ACT.exec(text.slice(clauseEnd, end));
  return act ? { index: clauseEnd - partnerEnd + act.index, text: act[0] } : null;
}

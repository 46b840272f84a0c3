// COLLABORATES_WITH and PARTNER_IN, only where a sentence states that named parties act together: A与B合作, A会同B,
// A联合B, A和B共同…, 邀请X参加…, agreements signed between parties, X在…会上作发言.

import type { RelationRule } from "../relation-types.js";
import { bothParties } from "./both-parties-rules.js";
import { jointSubjects, partnerOf, shortPair, speakAtMeeting, takePart } from "./joint-rules.js";
import { inviteOrJoin, workWith } from "./partner-rules.js";

/** The collaboration rules. */
export const COLLABORATION_RULES: readonly RelationRule[] = [
  workWith,
  inviteOrJoin,
  jointSubjects,
  shortPair,
  partnerOf,
  takePart,
  speakAtMeeting,
  bothParties,
];

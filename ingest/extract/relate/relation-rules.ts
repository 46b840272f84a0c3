// The registry of sentence-level relation rules.

import { ACTIVITY_RULES } from "./activity-rules.js";
import { COLLABORATION_RULES } from "./collaboration/collaboration-rules.js";
import { MEMBERSHIP_RULES } from "./membership-rules.js";
import type { RelationRule } from "./relation-types.js";

/** Every rule that reads one sentence, in the order they run. */
export const RELATION_RULES: readonly RelationRule[] = [...COLLABORATION_RULES, ...ACTIVITY_RULES, ...MEMBERSHIP_RULES];

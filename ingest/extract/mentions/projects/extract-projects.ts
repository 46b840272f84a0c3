// Projects: titles in 《》, quoted names with a head, introduced activities and programmes, meetings and sessions with
// their body, censuses, rule sets, events by edition and building works.

import type { Candidate, MentionExtractor } from "../../extraction-types.js";
import { ADVANCE_VERBS, CREATE_VERBS, NAMED_PROGRAMMES } from "../../lexicon/project-heads.js";
import { FACILITY_WORK_WORD, addBuildings, addFacilityWorks } from "./building-names.js";
import {
  CENSUS,
  PARTY_CONGRESS,
  addAtMeetings,
  addEditions,
  addMatches,
  addOrdinalPlans,
  addRuleSets,
  addSessions,
  addWorkMeetings,
  dropNestedRuleSets,
} from "./meetings-and-plans.js";
import {
  ADVANCED,
  HAS_PROJECT_HEAD,
  HAS_STRONG_HEAD,
  INTRODUCED,
  INTRODUCING,
  NAMED_PROGRAMME,
  addCampaigns,
  addIntroduced,
  addListItems,
  addSubjectProgrammes,
} from "./programme-names.js";
import { CARRIED_QUOTE, QUOTED, addBookTitles, addQuoted } from "./quoted-names.js";

/** Rule families by the characters one of which each needs (a bit each). */
const CUE = {
  book: 1 << 0,
  open: 1 << 1,
  close: 1 << 2,
  introduce: 1 << 3,
  advance: 1 << 4,
  list: 1 << 5,
  programme: 1 << 6,
  at: 1 << 7,
  facility: 1 << 8,
  session: 1 << 9,
  party: 1 << 10,
  meeting: 1 << 11,
  count: 1 << 12,
  census: 1 << 13,
  plan: 1 << 14,
  building: 1 << 15,
  named: 1 << 16,
  build: 1 << 17,
} as const;
/** For each UTF-16 unit, the families it cues. */
const CUE_BITS = new Uint32Array(0x10000);
for (const [cue, chars] of [
  [CUE.book, "《"],
  [CUE.open, "“"],
  [CUE.close, "”"],
  [CUE.list, "、"],
  [CUE.programme, "程动划"],
  [CUE.at, "在"],
  [CUE.facility, "院校分迁期改扩新"],
  [CUE.session, "届次"],
  [CUE.party, "党"],
  [CUE.meeting, "会"],
  [CUE.count, "项条"],
  [CUE.census, "查"],
  [CUE.plan, "年"],
  [CUE.building, "楼馆院区期程目道桥路场园"],
  [CUE.build, "设"],
  [CUE.introduce, INTRODUCING.map((verb) => verb[0]).join("")],
  [CUE.advance, [...ADVANCE_VERBS, ...CREATE_VERBS].map((verb) => verb[0]).join("")],
  [CUE.named, NAMED_PROGRAMMES.map((name) => name[0]).join("")],
] as const) {
  for (const char of chars) CUE_BITS[char.charCodeAt(0)] = (CUE_BITS[char.charCodeAt(0)] ?? 0) | cue;
}
/** The families a sentence's characters cue. */
function cuesOf(text: string): number {
  let cues = 0;
  for (let i = 0; i < text.length; i++) cues |= CUE_BITS[text.charCodeAt(i)] ?? 0;
  return cues;
}

/** The project extractor. */
export const projectExtractor: MentionExtractor = {
  type: "Project",
  extract(context) {
    const found: Candidate[] = [];
    const { text } = context;
    // One pass over the characters tells which rule families can match at all; most sentences need few of them.
    const cues = cuesOf(text);
    if (cues & CUE.book) addBookTitles(text, found);
    if (cues & CUE.open)
      for (const match of text.matchAll(QUOTED)) addQuoted(context, (match.index ?? 0) + 1, match[1] ?? "", found);
    const carried = cues & CUE.close ? CARRIED_QUOTE.exec(text) : null;
    if (carried && !text.slice(0, carried[0].length).includes("“")) addQuoted(context, 0, carried[1] ?? "", found);
    const headed = (cues & (CUE.introduce | CUE.advance)) !== 0 && HAS_PROJECT_HEAD.test(text);
    if (headed && cues & CUE.introduce) addIntroduced(context, INTRODUCED, "project-introduced", found);
    if (cues & CUE.advance && HAS_STRONG_HEAD.test(text)) addIntroduced(context, ADVANCED, "project-advanced", found);
    if (headed && cues & CUE.list) addListItems(context, found);
    if (cues & CUE.programme) addSubjectProgrammes(context, found);
    if (cues & CUE.at) addAtMeetings(text, found);
    if (cues & CUE.facility && FACILITY_WORK_WORD.test(text)) addFacilityWorks(text, found);
    if (cues & CUE.session || text.includes("中全会")) addSessions(context, found);
    if (cues & CUE.party && text.includes("党的")) addMatches(text, PARTY_CONGRESS, "project-party-congress", 4, found);
    if (cues & CUE.meeting && (text.includes("工作会议") || text.includes("工作大会"))) addWorkMeetings(context, found);
    if (cues & CUE.count) addRuleSets(text, found);
    if (cues & CUE.census) addMatches(text, CENSUS, "project-census", 4, found);
    if (cues & CUE.plan && text.includes("五年")) addOrdinalPlans(text, found);
    if (cues & CUE.session) addEditions(text, found);
    if (cues & CUE.building) addBuildings(context, found);
    if (cues & CUE.named) addMatches(text, NAMED_PROGRAMME, "project-named-programme", 3, found);
    if (cues & CUE.build && text.includes("建设")) addCampaigns(text, found);
    if (cues & CUE.count) dropNestedRuleSets(found);
    return found;
  },
};

// HOLDS_POSITION, MEMBER_OF and PART_OF read from a sentence: 省政协副主席赵晓君, X等委员单位, 市政协及其常委会.

import { TITLES } from "../lexicon/titles.js";
import { compileLexicon } from "../mentions/lexicon-matcher.js";
import type { LocalMention, ProposedRelation, RelationRule, SentenceFacts } from "./relation-types.js";
import { enumerationOf } from "./sentence-helpers.js";

const TITLE_LEXICON = compileLexicon(TITLES);
/** Between a person and the body of the post: 辞去, 的, 任, 担任, 兼任, 为. */
const PERSON_TO_POST = /^(?:辞去|的|任|担任|兼任|为|辞去了|现任|原)?$/u;

/** Words between a body and a title that belong to the post: 专职副主委, 党组书记, 常务副主席. */
const POST_MODIFIER = /(?:专职|常务|党组|兼职|驻会|第一)?$/u;
const TITLES_LONGEST_FIRST = [...TITLES].sort((a, b) => b.length - a.length);

/** Titles of a news byline, and the dateline before them (某某网9月10日电（记者…）). */
const DATELINE_TITLE = /^(?:记者|通讯员|特约记者|见习记者)$/u;
const DATELINE = /^\s*(?:\d{1,2}月\d{1,2}日)?电\s*[(（]?\s*$/u;

/** The body of the previous post, when only names and separators stand between it and `titleStart`. */
function carriedBody(
  facts: SentenceFacts,
  last: { org: string; end: number } | undefined,
  titleStart: number,
): string | undefined {
  if (!last || titleStart < last.end) return undefined;
  const { text } = facts.context;
  let gap = text.slice(last.end, titleStart);
  for (const m of facts.mentions)
    if (m.type === "Person" && m.localStart >= last.end && m.localEnd <= titleStart) gap = gap.replace(m.surface, "");
  return /^[、，,\s]+$/u.test(gap) ? last.org : undefined;
}

/** The title that ends exactly at `end` (longest first), if any. */
function titleEndingAt(text: string, end: number): string | undefined {
  return TITLES_LONGEST_FIRST.find((title) => text.startsWith(title, end - title.length));
}

/**
 * 省政协副主席赵晓君, 省政协副秘书长、民进吉林省委专职副主委王丽华 (every post of a chain), and
 * 高瑞辞去市人大财政经济委员会主任委员职务: a person holds a title in a body.
 */
const holdsPosition: RelationRule = {
  name: "holds-position",
  apply(facts) {
    const out: ProposedRelation[] = [];
    if (!facts.mentions.some((m) => m.type === "Person")) return out;
    const text = facts.context.text;
    const orgs = facts.mentions.filter((m) => m.type === "Organization");
    const outermost = orgs.filter(
      (org) => !orgs.some((o) => o !== org && o.localStart <= org.localStart && o.localEnd > org.localEnd),
    );
    const add = (person: string, org: string, title: string, rule: string) =>
      out.push({
        type: "HOLDS_POSITION",
        source: person,
        target: org,
        rule,
        role: title,
        sentence: facts.context.sentence,
      });
    let previous: { person: LocalMention; posts: Array<{ org: string; title: string }> } | undefined;
    let lastBody: { org: string; end: number } | undefined;
    for (const person of facts.mentions) {
      if (person.type !== "Person") continue;
      // 副主委李国强、赵明: the names listed after one post all hold it.
      if (
        person.rule === "person-list" &&
        previous &&
        /^[、，, ]$/u.test(text.slice(previous.person.localEnd, person.localStart))
      ) {
        for (const post of previous.posts) add(person.entity, post.org, post.title, "body-title-names");
        previous = { person, posts: previous.posts };
        continue;
      }
      const posts: Array<{ org: string; title: string }> = [];
      previous = { person, posts };
      // Body, title, name: walk back over the chain of posts written before the name.
      let at = person.localStart;
      while (at > 0 && /\s/u.test(text[at - 1] ?? "")) at--;
      for (;;) {
        const title = titleEndingAt(text, at);
        if (!title || title === "代表" || title === "同志") break;
        const modifier =
          POST_MODIFIER.exec(text.slice(Math.max(0, at - title.length - 4), at - title.length))?.[0] ?? "";
        const orgEnd = at - title.length - modifier.length;
        const org = outermost.find((o) => o.localEnd === orgEnd);
        if (!org) break;
        add(person.entity, org.entity, title, "body-title-name");
        posts.push({ org: org.entity, title });
        if (text[org.localStart - 1] !== "、") break;
        at = org.localStart - 1;
      }
      if (posts.length === 0) {
        const title = titleEndingAt(text, at);
        const carried =
          title && title !== "代表" && title !== "同志" ? carriedBody(facts, lastBody, at - title.length) : undefined;
        if (title && carried) {
          // 市政协主席甲，副主席乙，秘书长丙: a title without a body in a list of posts keeps the body named before.
          add(person.entity, carried, title, "list-title-name");
          posts.push({ org: carried, title });
        } else if (title && DATELINE_TITLE.test(title)) {
          // 某某网9月10日电（记者某某）: the reporter works for the outlet of the dateline.
          const outlet = outermost.find(
            (o) => o.localStart === 0 && DATELINE.test(text.slice(o.localEnd, at - title.length)),
          );
          if (outlet) add(person.entity, outlet.entity, title, "dateline-reporter");
        }
      }
      const lastPost = posts[posts.length - 1];
      if (lastPost) lastBody = { org: lastPost.org, end: person.localEnd };
      // 长春大学的王明同志: a person of a body, with no title given.
      const of = outermost.find((o) => o.localEnd + 1 === person.localStart && text[o.localEnd] === "的");
      if (of && /^(?:同志|等|一行)/u.test(text.slice(person.localEnd))) {
        out.push({
          type: "HOLDS_POSITION",
          source: person.entity,
          target: of.entity,
          rule: "body-of-name",
          sentence: facts.context.sentence,
        });
      }
      // Name, then the post: 高瑞辞去市八届人大财政经济委员会主任委员职务, 高瑞的…委员职务.
      for (const org of outermost) {
        if (org.localStart < person.localEnd || !PERSON_TO_POST.test(text.slice(person.localEnd, org.localStart)))
          continue;
        const title = TITLE_LEXICON.longestAt(text, org.localEnd);
        if (title && title !== "代表" && title !== "同志") add(person.entity, org.entity, title, "name-post");
      }
    }
    return out;
  },
};

/** 省兴业银行、吉广传媒等省政协委员单位: the listed bodies are members of the body named before 委员单位. */
const memberUnits: RelationRule = {
  name: "member-units",
  apply(facts) {
    const out: ProposedRelation[] = [];
    const text = facts.context.text;
    if (!text.includes("单位")) return out;
    for (const body of facts.mentions) {
      if (
        body.type !== "Organization" ||
        !/^(?:的)?(?:委员单位|成员单位|会员单位|参加单位|组成单位|理事单位)/u.test(text.slice(body.localEnd))
      )
        continue;
      const etc = text.lastIndexOf("等", body.localStart);
      if (etc < 0 || body.localStart - etc > 1) continue;
      const last = facts.mentions
        .filter((m) => m.type === "Organization" && m.localEnd === etc)
        .sort((a, b) => a.localStart - b.localStart)[0];
      if (!last) continue;
      for (const member of enumerationOf(facts, last, ["Organization"]))
        out.push({
          type: "MEMBER_OF",
          source: member.entity,
          target: body.entity,
          rule: "member-units",
          sentence: facts.context.sentence,
        });
    }
    return out;
  },
};

/** 市政协及其常委会: the body after 及其 is part of the one before. */
const partByEllipsis: RelationRule = {
  name: "part-ellipsis",
  apply(facts) {
    const out: ProposedRelation[] = [];
    if (!facts.mentions.some((m) => m.rule === "org-part-ellipsis")) return out;
    for (const part of facts.mentions) {
      if (part.rule !== "org-part-ellipsis") continue;
      const whole = facts.mentions
        .filter((m) => m.type === "Organization" && m.localEnd === part.localStart - 2)
        .sort((a, b) => a.localStart - b.localStart)[0];
      if (whole)
        out.push({
          type: "PART_OF",
          source: part.entity,
          target: whole.entity,
          rule: "part-ellipsis",
          sentence: facts.context.sentence,
        });
    }
    return out;
  },
};

/** The membership rules. */
export const MEMBERSHIP_RULES: readonly RelationRule[] = [holdsPosition, memberUnits, partByEllipsis];

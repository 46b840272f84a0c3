// ORGANIZED, PUBLISHED and ADDRESSES: who runs, publishes or works on what (开展X, 编印《X》, 围绕Y; sessions of a body).

import { ORGANIZE_VERBS, PUBLISH_VERBS } from "../lexicon/project-heads.js";
import { escapeRegExp } from "../mentions/lexicon-matcher.js";
import type { LocalMention, ProposedRelation, RelationRule, SentenceFacts } from "./relation-types.js";
import { clauseAround, clauseSubject, mentionsIn } from "./sentence-helpers.js";

/** Drafting a plan or a document is organizing it too (省政府编制了《…纲要》, 中国提出了…倡议). */
const DRAFT_VERBS = ["编制", "制定", "起草", "出台", "提出"];
const ORGANIZE = new RegExp(
  `(?:${[...ORGANIZE_VERBS, ...DRAFT_VERBS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})(?:了)?(?:以|在全[市省县区国])?(?:\\d+|[一二三四五六七八九十两]+)?(?:次|场|期|批|个|项)?$`,
  "u",
);
const PUBLISH = new RegExp(
  `(?:${[...PUBLISH_VERBS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})(?:了)?(?:\\d+[册本套部])?$`,
  "u",
);

function doers(facts: SentenceFacts, mention: LocalMention, verbLength: number): string[] {
  const clause = clauseAround(facts.context.text, mention.localStart);
  const explicit = clauseSubject(facts, clause.start, mention.localStart - verbLength);
  if (explicit.length > 0) return explicit.map((m) => m.entity);
  return facts.subject ? [facts.subject] : [];
}

function verbBefore(facts: SentenceFacts, mention: LocalMention, verb: RegExp): string | undefined {
  const text = facts.context.text;
  const window = text.slice(Math.max(0, mention.localStart - 8), mention.localStart).replace(/[“《]$/u, "");
  return verb.exec(window)?.[0];
}

/** 组织开展X, 举办X, 召开X: the clause's subject (or the report's) organized project X. */
const organizeProject: RelationRule = {
  name: "organize",
  apply(facts) {
    const out: ProposedRelation[] = [];
    if (!facts.mentions.some((m) => m.type === "Project")) return out;
    for (const project of facts.mentions) {
      if (project.type !== "Project") continue;
      const verb = verbBefore(facts, project, ORGANIZE);
      if (verb === undefined) continue;
      // 与X合作开展/联合开展 Y: a partnership (PARTNER_IN), not a project the subject runs alone.
      if (
        /合作|联合|共同/u.test(
          facts.context.text.slice(Math.max(0, project.localStart - verb.length - 4), project.localStart - verb.length),
        )
      )
        continue;
      // 实施“十三五”规划: carrying out a plan is not organizing it.
      if (verb.startsWith("实施") && /(?:规划|纲要|战略|方针|政策|计划)[”"》]?$/u.test(project.surface)) continue;
      for (const doer of doers(facts, project, verb.length))
        out.push({
          type: "ORGANIZED",
          source: doer,
          target: project.entity,
          rule: "organize",
          sentence: facts.context.sentence,
        });
    }
    return out;
  },
};

/** 市委七届十次全会, 人大常委会第三十二次会议: the body whose session it is organized it. */
const sessionOwner: RelationRule = {
  name: "session-owner",
  apply(facts) {
    const out: ProposedRelation[] = [];
    if (!facts.mentions.some((m) => m.rule === "project-session" || m.rule === "project-meeting")) return out;
    for (const project of facts.mentions) {
      if (project.type !== "Project" || (project.rule !== "project-session" && project.rule !== "project-meeting"))
        continue;
      const owner = facts.mentions
        .filter(
          (m) => m.type === "Organization" && m.localStart === project.localStart && m.localEnd < project.localEnd,
        )
        .sort((a, b) => b.localEnd - a.localEnd)[0];
      if (owner)
        out.push({
          type: "ORGANIZED",
          source: owner.entity,
          target: project.entity,
          rule: "session-owner",
          sentence: facts.context.sentence,
        });
    }
    return out;
  },
};

/** Names of a body's own works (buildings, phases, sites, its reform): it takes part in them rather than running them. */
const OWN_WORKS =
  /(?:[一二三四五六七八九十\d]+期|院区|分院|迁建|改造|改扩建|扩建|新建|项目|建设|工程|大楼|楼|基地|中心|园区|改革)$/u;

/**
 * 省委“3210”工作要求, 市委十项要求, 某某实验室A区二期, 市图书馆迁建项目: a project named after the body written
 * right before it (or opening its name) is that body's: its meetings, plans and campaigns it organized; its own
 * works (buildings, phases, reforms) it takes part in.
 */
const nameOwner: RelationRule = {
  name: "name-owner",
  apply(facts) {
    const out: ProposedRelation[] = [];
    const text = facts.context.text;
    const orgs = facts.mentions.filter((m) => m.type === "Organization");
    if (orgs.length === 0) return out;
    for (const project of facts.mentions) {
      if (project.type !== "Project" || project.rule === "project-session" || project.rule === "project-meeting")
        continue;
      const owner = orgs
        .filter(
          (o) =>
            (o.localStart === project.localStart && o.localEnd < project.localEnd) ||
            (OWNER_GAP.test(text.slice(o.localEnd, project.localStart)) && o.localEnd <= project.localStart),
        )
        .sort((a, b) => b.localEnd - a.localEnd || a.localStart - b.localStart)[0];
      if (!owner) continue;
      const name = facts.entities.get(project.entity)?.name ?? project.surface;
      const own = OWN_WORKS.test(project.surface.replace(/[”"》」]$/u, "")) || OWN_WORKS.test(name);
      out.push({
        type: own ? "PARTNER_IN" : "ORGANIZED",
        source: owner.entity,
        target: project.entity,
        rule: "name-owner",
        sentence: facts.context.sentence,
      });
    }
    return out;
  },
};
/** Between a body and a project named after it: nothing, or an opening quotation mark. */
const OWNER_GAP = /^[“"《「]?$/u;

/** 编印《X》, 编辑出版《X》, 联合编辑《X》: the subject (and the partners it works with in the sentence) published X. */
const publish: RelationRule = {
  name: "publish",
  apply(facts) {
    const out: ProposedRelation[] = [];
    const text = facts.context.text;
    if (!facts.mentions.some((m) => m.type === "Project")) return out;
    for (const project of facts.mentions) {
      if (project.type !== "Project") continue;
      const verb = verbBefore(facts, project, PUBLISH);
      if (verb === undefined) continue;
      const publishers = new Set(doers(facts, project, verb.length));
      const window = text.slice(Math.max(0, project.localStart - verb.length - 4), project.localStart);
      if (/联合|共同|合作/u.test(window)) {
        for (const partner of mentionsIn(facts, 0, text.length, ["Organization"])) {
          if (/[与同和]$/u.test(text.slice(0, partner.localStart))) publishers.add(partner.entity);
        }
      }
      for (const publisher of publishers)
        out.push({
          type: "PUBLISHED",
          source: publisher,
          target: project.entity,
          rule: "publish",
          sentence: facts.context.sentence,
        });
    }
    return out;
  },
};

/** A project works on the topics named inside it or beside it in its clause (营商环境 in “营商环境委员体验式评价”). */
const projectTopics: RelationRule = {
  name: "project-topic",
  apply(facts) {
    const out: ProposedRelation[] = [];
    const text = facts.context.text;
    const projects = facts.mentions.filter((m) => m.type === "Project");
    if (projects.length === 0) return out;
    for (const topic of facts.mentions) {
      if (topic.type !== "Topic") continue;
      const inside = projects.filter((p) => p.localStart <= topic.localStart && topic.localEnd <= p.localEnd);
      const clause = clauseAround(text, topic.localStart);
      // A sentence about running one project is about it throughout (组织启动关注森林活动，广泛动员全社会参与生态文明建设).
      const only = projects.length === 1 ? projects[0] : undefined;
      const runs =
        only !== undefined &&
        (only.localStart === 0 ||
          verbBefore(facts, only, ORGANIZE) !== undefined ||
          verbBefore(facts, only, PUBLISH) !== undefined);
      const near =
        inside.length > 0
          ? inside
          : runs && only
            ? [only]
            : projects.length <= 2
              ? mentionsIn(facts, clause.start, clause.end, ["Project"])
              : [];
      for (const project of near) {
        if (project.entity !== topic.entity)
          out.push({
            type: "ADDRESSES",
            source: project.entity,
            target: topic.entity,
            rule: inside.length > 0 ? "topic-in-project" : "topic-beside-project",
            sentence: facts.context.sentence,
          });
      }
    }
    return out;
  },
};

/** 助力文化建设。组织编写《…》。: the projects after a short lead sentence naming a theme work on that theme. */
const leadTopic: RelationRule = {
  name: "lead-topic",
  apply(facts) {
    const out: ProposedRelation[] = [];
    if (!facts.leadTopic) return out;
    for (const project of facts.mentions) {
      if (project.type === "Project")
        out.push({
          type: "ADDRESSES",
          source: project.entity,
          target: facts.leadTopic,
          rule: "lead-topic",
          sentence: facts.context.sentence,
        });
    }
    return out;
  },
};

/** A sentence about the report's own work names its themes: the subject addresses each topic it names. */
const subjectTopics: RelationRule = {
  name: "subject-topic",
  apply(facts) {
    const out: ProposedRelation[] = [];
    if (!facts.subject) return out;
    const text = facts.context.text;
    // A sentence about a project puts its themes on the project (project-topic), not on the body behind it.
    if (facts.mentions.some((m) => m.type === "Project")) return out;
    for (const topic of facts.mentions) {
      if (topic.type !== "Topic") continue;
      const clause = clauseAround(text, topic.localStart);
      const explicit = clauseSubject(facts, clause.start, topic.localStart);
      const doer = explicit[0]?.entity ?? facts.subject;
      out.push({
        type: "ADDRESSES",
        source: doer,
        target: topic.entity,
        rule: explicit.length > 0 ? "clause-subject-topic" : "report-subject-topic",
        sentence: facts.context.sentence,
      });
    }
    return out;
  },
};

/** 被科技部确定为“创新型城市试点”: the body that names a site or a model runs the programme it names it to. */
const designatedBy: RelationRule = {
  name: "designated-by",
  apply(facts) {
    const out: ProposedRelation[] = [];
    const text = facts.context.text;
    if (!text.includes("被")) return out;
    for (const project of facts.mentions) {
      if (project.type !== "Project") continue;
      const body = facts.mentions.find(
        (m) =>
          m.type === "Organization" &&
          text[m.localStart - 1] === "被" &&
          m.localEnd <= project.localStart &&
          DESIGNATED.test(text.slice(m.localEnd, project.localStart)),
      );
      if (body)
        out.push({
          type: "ORGANIZED",
          source: body.entity,
          target: project.entity,
          rule: "designated-by",
          sentence: facts.context.sentence,
        });
    }
    return out;
  },
};
const DESIGNATED = /^(?:正式)?(?:确定|命名|评|列|认定|授予|批准)为?(?:全国|国家级|省级)?[“"《]?$/u;

/** The activity rules. */
export const ACTIVITY_RULES: readonly RelationRule[] = [
  organizeProject,
  sessionOwner,
  nameOwner,
  designatedBy,
  publish,
  projectTopics,
  leadTopic,
  subjectTopics,
];

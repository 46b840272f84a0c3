// Duplicate suggestions on invented entities: every reason with its detail, distinct pairs, ranking and keep choice.

import { describe, expect, it } from "vitest";
import type { EntityType } from "../../../../common/domain.js";
import {
  suggestDuplicates,
  type DuplicateSuggestion,
  type SuggestionEntity,
} from "../../../../ingest/curate/duplicate-suggestions.js";

function entity(
  type: EntityType,
  name: string,
  extra: { aliases?: string[]; mentions?: number; neighbours?: string[] } = {},
): SuggestionEntity {
  return {
    key: `${type}:${name}`,
    type,
    name,
    aliases: extra.aliases ?? [name],
    mentions: extra.mentions ?? 1,
    neighbours: extra.neighbours ?? [],
  };
}

const org = (name: string, extra?: Parameters<typeof entity>[2]) => entity("Organization", name, extra);
const project = (name: string, extra?: Parameters<typeof entity>[2]) => entity("Project", name, extra);
const person = (name: string, extra?: Parameters<typeof entity>[2]) => entity("Person", name, extra);

/** The suggestion for two names, in either order. */
function pair(suggestions: DuplicateSuggestion[], a: string, b: string): DuplicateSuggestion | undefined {
  const names = (s: DuplicateSuggestion) => [s.keep, s.merge].map((k) => k.slice(k.indexOf(":") + 1));
  return suggestions.find((s) => names(s).includes(a) && names(s).includes(b));
}

function reasonsOf(s: DuplicateSuggestion | undefined): string[] {
  return (s?.reasons ?? []).map((r) => r.reason);
}

/** Deterministic pseudo-random numbers (mulberry32), so the synthetic graph is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("suggestDuplicates", () => {
  it("refuses a negative or fractional limit", () => {
    expect(() => suggestDuplicates([], { limit: -1 })).toThrow(/ingest\/curate: .*limit/);
    expect(() => suggestDuplicates([], { limit: 1.5 })).toThrow(/limit/);
  });

  it("returns nothing for no entities or unrelated names", () => {
    expect(suggestDuplicates([])).toEqual([]);
    expect(suggestDuplicates([org("白河市财政局"), org("青山县教育局")])).toEqual([]);
  });

  it("finds the three pairs named in issue 21", () => {
    const s = suggestDuplicates([
      project("中国东丰梅花鹿产业开发利用课题"),
      project("中国东丰梅花鹿产业开发利用项目"),
      project("市委七届十次全会"),
      project("中共辽源市委七届十次全会"),
      project("金点子征集活动"),
      project("金点子活动"),
    ]);
    expect(reasonsOf(pair(s, "中国东丰梅花鹿产业开发利用课题", "中国东丰梅花鹿产业开发利用项目"))).toContain(
      "same-stem",
    );
    expect(reasonsOf(pair(s, "市委七届十次全会", "中共辽源市委七届十次全会"))).toContain("contained");
    expect(reasonsOf(pair(s, "金点子征集活动", "金点子活动"))).toContain("subsequence");
  });

  it("says which name is inside which, with the shared head, and keeps the fuller name", () => {
    const [s] = suggestDuplicates([project("县委三届五次全会"), project("中共青山县委三届五次全会")]);
    expect(s?.keep).toBe("Project:中共青山县委三届五次全会");
    expect(s?.merge).toBe("Project:县委三届五次全会");
    expect(s?.reasons[0]).toEqual({
      reason: "contained",
      detail: "「县委三届五次全会」 is inside 「中共青山县委三届五次全会」 with the same head 全会",
    });
  });

  it("ranks a generic short name inside many longer names below a specific one", () => {
    const s = suggestDuplicates([org("区政府"), org("松川区政府"), org("白河市松川区政府"), org("柳林区政府")]);
    const specific = pair(s, "松川区政府", "白河市松川区政府");
    const generic = pair(s, "区政府", "松川区政府");
    expect(specific?.keep).toBe("Organization:白河市松川区政府");
    expect(generic?.reasons.find((r) => r.reason === "contained")?.detail).toContain("other longer name");
    expect(specific?.score).toBeGreaterThan(generic?.score ?? 1);
  });

  it("does not pair 区政府 with 省政府, nor 市政府 with 白河市政协", () => {
    const s = suggestDuplicates([org("区政府"), org("省政府"), org("市政府"), org("白河市政协")]);
    expect(s).toEqual([]);
  });

  it("reads 市X局 and X局 as short forms of the city's bureau", () => {
    const s = suggestDuplicates([
      org("白河市财政局"),
      org("市财政局"),
      org("财政局"),
      org("青山统计局"),
      org("县统计局"),
    ]);
    const short = pair(s, "市财政局", "白河市财政局");
    expect(reasonsOf(short)).toEqual(expect.arrayContaining(["contained", "city-abbreviation"]));
    expect(short?.reasons.find((r) => r.reason === "city-abbreviation")?.detail).toBe(
      "「市财政局」 is 「白河市财政局」 without the place name 白河",
    );
    expect(short?.keep).toBe("Organization:白河市财政局");
    expect(reasonsOf(pair(s, "财政局", "白河市财政局"))).toContain("city-abbreviation");
    const replaced = pair(s, "县统计局", "青山统计局");
    expect(replaced?.reasons).toEqual([
      { reason: "city-abbreviation", detail: "「县统计局」 writes 县 where 「青山统计局」 names 青山" },
    ]);
  });

  it("finds a name with a word left out, and scores a filler word above another word", () => {
    const s = suggestDuplicates([project("青苗活动"), project("青苗评选活动"), org("北岭大学"), org("北岭农业大学")]);
    const filler = pair(s, "青苗活动", "青苗评选活动");
    expect(filler?.reasons).toEqual([
      { reason: "subsequence", detail: "「青苗活动」 is 「青苗评选活动」 without 评选" },
    ]);
    expect(filler?.keep).toBe("Project:青苗评选活动");
    expect(filler?.score).toBeGreaterThan(pair(s, "北岭大学", "北岭农业大学")?.score ?? 1);
  });

  it("finds names differing only in the project head and keeps the more mentioned", () => {
    const [s] = suggestDuplicates([
      project("北岭山葡萄产业开发课题", { mentions: 1 }),
      project("北岭山葡萄产业开发项目", { mentions: 4 }),
    ]);
    expect(s?.keep).toBe("Project:北岭山葡萄产业开发项目");
    expect(s?.reasons).toEqual([
      {
        reason: "same-stem",
        detail: "「北岭山葡萄产业开发课题」 and 「北岭山葡萄产业开发项目」 differ only in the final 课题 and 项目",
      },
    ]);
  });

  it("keeps the simplified spelling of a traditional name", () => {
    const [s] = suggestDuplicates([person("陳國華", { mentions: 9 }), person("陈国华", { mentions: 1 })]);
    expect(s?.keep).toBe("Person:陈国华");
    expect(s?.reasons[0]).toEqual({
      reason: "traditional",
      detail: "「陳國華」 is 「陈国华」 in traditional characters",
    });
  });

  it("matches a surname and title to the same-surname person sharing neighbours, keeping the real name", () => {
    const near = ["Organization:白河市政府", "Project:青苗活动", "Place:白河"];
    const s = suggestDuplicates([
      person("钱部长", { neighbours: near, mentions: 2 }),
      person("钱立新", { neighbours: near, mentions: 3 }),
      person("钱小川", { neighbours: ["Organization:青山县政协"], mentions: 8 }),
    ]);
    const likely = pair(s, "钱部长", "钱立新");
    expect(likely?.keep).toBe("Person:钱立新");
    expect(likely?.reasons[0]?.detail).toBe(
      "「钱部长」 names a person by the surname 钱 and 部长, as 「钱立新」, sharing 3 neighbours",
    );
    expect(likely?.score).toBeGreaterThan(pair(s, "钱部长", "钱小川")?.score ?? 1);
  });

  it("matches 公 forms, a given name with 同志, and a full name with a title", () => {
    const s = suggestDuplicates([person("钱立新"), person("钱公"), person("立新同志"), person("钱立新主任")]);
    for (const form of ["钱公", "立新同志", "钱立新主任"]) {
      const found = pair(s, form, "钱立新");
      expect(reasonsOf(found)).toContain("honorific");
      expect(found?.keep).toBe("Person:钱立新");
    }
    expect(pair(s, "钱立新主任", "钱立新")?.reasons[0]?.detail).toBe(
      "「钱立新主任」 is 「钱立新」 with the title 主任",
    );
  });

  it("finds a shared alias", () => {
    const [s] = suggestDuplicates([
      org("白河市工商业联合会", { aliases: ["白河市工商业联合会", "白河工商联"] }),
      org("白河市总商会", { aliases: ["白河市总商会", "白河工商联"] }),
    ]);
    expect(s?.reasons).toEqual([
      { reason: "shared-alias", detail: "「白河市工商业联合会」 and 「白河市总商会」 share the alias 「白河工商联」" },
    ]);
  });

  it("finds near-identical neighbourhoods only when the names share half their characters", () => {
    const around = ["Person:甲", "Person:乙", "Person:丙", "Person:丁"];
    const s = suggestDuplicates([
      org("白河科技服务站", { neighbours: around }),
      org("白河科技服务中心", { neighbours: [...around, "Person:戊"] }),
      org("青山县档案馆", { neighbours: around }),
    ]);
    expect(pair(s, "白河科技服务站", "白河科技服务中心")?.reasons).toEqual([
      {
        reason: "neighbourhood",
        detail: "「白河科技服务中心」 and 「白河科技服务站」 share 4 of 5 neighbours and 6 of 7 characters",
      },
    ]);
    expect(pair(s, "青山县档案馆", "白河科技服务站")).toBeUndefined();
  });

  it("adds up several reasons for one pair, capped at 1", () => {
    const around = ["Person:甲", "Person:乙", "Person:丙"];
    const [s] = suggestDuplicates([
      org("白河市农业农村局", { aliases: ["白河市农业农村局", "市农业农村局"], neighbours: around }),
      org("市农业农村局", { neighbours: around }),
    ]);
    expect(reasonsOf(s)).toEqual(
      expect.arrayContaining(["contained", "city-abbreviation", "shared-alias", "neighbourhood"]),
    );
    expect(s?.score).toBe(1);
  });

  it("never suggests a pair marked distinct, in either order", () => {
    const entities = [
      project("青苗活动"),
      project("青苗评选活动"),
      project("县委三届五次全会"),
      project("青山县委三届五次全会"),
    ];
    const s = suggestDuplicates(entities, {
      distinct: [
        ["Project:青苗评选活动", "Project:青苗活动"],
        ["Project:县委三届五次全会", "Project:青山县委三届五次全会"],
      ],
    });
    expect(s).toEqual([]);
  });

  it("never pairs entities of different types", () => {
    const s = suggestDuplicates([
      entity("Place", "白河市"),
      org("白河市政府", { aliases: ["白河市政府", "白河市"] }),
      entity("Topic", "青苗活动"),
      project("青苗评选活动"),
    ]);
    expect(s).toEqual([]);
  });

  it("ranks by score, then by keys in code-unit order, and honours the limit", () => {
    const entities = [
      project("县委三届五次全会"),
      project("中共青山县委三届五次全会"),
      project("乙县委三届五次全会"),
      project("北岭山葡萄产业开发课题"),
      project("北岭山葡萄产业开发项目"),
      person("陳國華"),
      person("陈国华"),
    ];
    const s = suggestDuplicates(entities);
    for (let i = 1; i < s.length; i++) {
      const [before, after] = [s[i - 1] as DuplicateSuggestion, s[i] as DuplicateSuggestion];
      expect(before.score).toBeGreaterThanOrEqual(after.score);
      if (before.score === after.score) expect(before.keep <= after.keep).toBe(true);
    }
    expect(s[0]?.reasons[0]?.reason).toBe("traditional");
    expect(suggestDuplicates(entities, { limit: 2 })).toEqual(s.slice(0, 2));
    expect(suggestDuplicates([...entities].reverse())).toEqual(s);
  });

  it("finds a planted pair among 10,000 synthetic entities", () => {
    const random = seeded(21);
    const characters = "白河青山松川柳林北岭南湖东坪西岗金石玉泉龙潭凤鸣桃源梅溪竹园兰亭";
    const heads = ["局", "委员会", "中心", "协会", "研究院", "项目", "活动"];
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
    const types: EntityType[] = ["Organization", "Project", "Topic", "Person", "Place"];
    const entities: SuggestionEntity[] = [];
    const names = new Set<string>();
    while (entities.length < 10_000) {
      const stem = Array.from({ length: 3 + Math.floor(random() * 4) }, () => pick([...characters])).join("");
      const name = stem + pick(heads);
      if (names.has(name)) continue;
      names.add(name);
      const neighbours = Array.from({ length: 3 }, () => `Place:${Math.floor(random() * 500)}`);
      entities.push(entity(pick(types), name, { neighbours, mentions: 1 + Math.floor(random() * 9) }));
    }
    entities.push(project("甲乙丙丁戊己庚辛开发利用课题"), project("甲乙丙丁戊己庚辛开发利用项目"));
    const s = suggestDuplicates(entities, { limit: 10_000 });
    expect(reasonsOf(pair(s, "甲乙丙丁戊己庚辛开发利用课题", "甲乙丙丁戊己庚辛开发利用项目"))).toContain("same-stem");
    expect(s.every((x) => x.keep.split(":")[0] === x.merge.split(":")[0])).toBe(true);
  });
});

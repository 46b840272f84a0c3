// A rule said in the explorer's language: names in corner brackets, types and relations translated.

import { describe, expect, it } from "vitest";
import type { CurationOperation } from "../../../../common/curation.js";
import { describeRule } from "../../../../client/curation/describe-rule.js";
import { createTranslator } from "../../../../client/i18n.js";

const zh = createTranslator("zh");
const en = createTranslator("en");
const relation = { source: "Organization:甲局", type: "PARTNER_IN", target: "Project:乙项目" } as const;

describe("describeRule", () => {
  it("says a merge, a split and an exclusion in Chinese and in English", () => {
    const merge: CurationOperation = {
      kind: "merge",
      entities: ["Project:金点子活动", "Project:金点子征集活动"],
      into: { type: "Project", name: "金点子征集活动" },
    };
    expect(describeRule(merge, zh)).toBe("合并「金点子活动」、「金点子征集活动」为「金点子征集活动」（项目）");
    expect(describeRule(merge, en)).toBe("merge 「金点子活动」、「金点子征集活动」 into 「金点子征集活动」 (Project)");
    expect(
      describeRule(
        {
          kind: "split",
          entity: "Organization:辽源市政协",
          surface: "政协",
          into: { type: "Organization", name: "政协" },
        },
        zh,
      ),
    ).toBe("写法「政协」从「辽源市政协」拆分为「政协」");
    expect(describeRule({ kind: "exclude", entity: "Topic:好", surface: "好" }, zh)).toBe("排除「好」的写法「好」");
  });

  it("tells a reversal from a retype of a relation", () => {
    expect(describeRule({ kind: "retype-relation", relation, type: "PARTNER_IN", reverse: true }, zh)).toBe(
      "关系 「甲局」 —参与→ 「乙项目」 反向",
    );
    expect(describeRule({ kind: "retype-relation", relation, type: "ORGANIZED", reverse: false }, zh)).toBe(
      "关系 「甲局」 —参与→ 「乙项目」 改为组织",
    );
    expect(describeRule({ kind: "reject", relation }, en)).toMatch(/^reject 「甲局」 —.+→ 「乙项目」$/);
  });
});

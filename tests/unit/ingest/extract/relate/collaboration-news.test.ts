import { describe, expect, it } from "vitest";
import { of, orgs, relate, type Mark } from "./relate-helpers.js";

// How financial news states that firms work together, beyond A与B合作: the sentences are written for these tests, with
// invented firms, and each family has its cases that must not become a collaboration.
const co = (text: string, marks: readonly Mark[]) => of(relate(text, marks), "COLLABORATES_WITH");

describe("collaboration in news: the words of cooperation", () => {
  it("reads 联手X, a strategic alliance, a consensus and an agreement named as theirs", () => {
    expect(co("青禾科技联手蓝湾物流开拓西南市场。", orgs("青禾科技", "蓝湾物流"))).toEqual([
      "蓝湾物流 -> 青禾科技 (invite-or-join)",
    ]);
    expect(co("青禾科技与蓝湾物流在沪建立战略联盟。", orgs("青禾科技", "蓝湾物流"))).toEqual([
      "蓝湾物流 -> 青禾科技 (work-with)",
    ]);
    expect(co("青禾科技已与蓝湾物流就仓储外包达成共识。", orgs("青禾科技", "蓝湾物流"))).toEqual([
      "蓝湾物流 -> 青禾科技 (work-with)",
    ]);
    expect(co("分析师详解青禾科技与蓝湾物流之间的长期供货协议。", orgs("青禾科技", "蓝湾物流"))).toEqual([
      "蓝湾物流 -> 青禾科技 (work-with)",
    ]);
    expect(co("青禾科技与蓝湾物流签长期供货合同。", orgs("青禾科技", "蓝湾物流"))).toEqual([
      "蓝湾物流 -> 青禾科技 (work-with)",
    ]);
  });

  it("reads a mutual guarantee as one, but not a deal, a lawsuit or a pact of sale named as theirs", () => {
    expect(co("青禾科技与蓝湾物流签有相互担保的协议。", orgs("青禾科技", "蓝湾物流"))).toEqual([
      "蓝湾物流 -> 青禾科技 (work-with)",
    ]);
    expect(co("按照青禾科技与蓝湾物流的交易协议，青禾科技将买下其仓库。", orgs("青禾科技", "蓝湾物流"))).toEqual([]);
    expect(co("青禾科技还面临与蓝湾物流的合同官司。", orgs("青禾科技", "蓝湾物流"))).toEqual([]);
    expect(co("青禾科技已与蓝湾物流达成注资约定。", orgs("青禾科技", "蓝湾物流"))).toEqual([]);
  });

  it("takes the subject past adverbs before 与, and past a place where it acts", () => {
    expect(co("今后松江港务将全方位与青禾科技合作。", orgs("松江港务", "青禾科技"))).toEqual([
      "松江港务 -> 青禾科技 (work-with)",
    ]);
    expect(
      co("记者获悉，青禾科技在杭州宣布与蓝湾物流开启新一轮合作。", [
        ["青禾科技", "Organization"],
        ["杭州", "Place"],
        ["蓝湾物流", "Organization"],
      ]),
    ).toEqual(["蓝湾物流 -> 青禾科技 (work-with)"]);
  });
});

describe("collaboration in news: 双方 and 两家公司 for the two firms named", () => {
  it("pairs the two firms of the sentence when 双方 states what they do together", () => {
    expect(co("青禾科技和蓝湾物流的高层昨日会面，双方就合资建厂达成一致。", orgs("青禾科技", "蓝湾物流"))).toEqual([
      "蓝湾物流 -> 青禾科技 (both-parties)",
    ]);
    expect(co("根据双方协议，青禾科技将为蓝湾物流代工生产。", orgs("青禾科技", "蓝湾物流"))).toEqual([
      "蓝湾物流 -> 青禾科技 (both-parties)",
    ]);
    expect(co("青禾科技与蓝湾物流高层会谈后，标志着双方合作全面展开。", orgs("青禾科技", "蓝湾物流"))).toEqual([
      "蓝湾物流 -> 青禾科技 (both-parties)",
    ]);
  });

  it("takes the pair joined by 与 when more firms are named before 双方", () => {
    expect(
      co(
        "在松江港务的撮合下，青禾科技与蓝湾物流见面，双方签署了战略合作协议。",
        orgs("松江港务", "青禾科技", "蓝湾物流"),
      ),
    ).toEqual(["蓝湾物流 -> 青禾科技 (both-parties)"]);
  });

  it("finds none when 双方 only talk, quarrel, may cooperate, fail to, or agree on a takeover", () => {
    const pair = orgs("青禾科技", "蓝湾物流");
    expect(co("青禾科技和蓝湾物流的纠纷仍未平息，双方各执一词。", pair)).toEqual([]);
    expect(co("青禾科技和蓝湾物流接触已久，如果双方合作，将改变市场格局。", pair)).toEqual([]);
    expect(co("青禾科技和蓝湾物流谈判多轮，双方未能达成协议。", pair)).toEqual([]);
    expect(co("青禾科技和蓝湾物流昨日公告，双方签署了股权转让协议。", pair)).toEqual([]);
    expect(co("根据双方协议，青禾科技将收购蓝湾物流全部股权。", pair)).toEqual([]);
    expect(co("青禾科技出售仓库给蓝湾物流，交易双方签署了合同。", pair)).toEqual([]);
  });

  it("finds none when the sentence names more than two firms and none of them joined by 与", () => {
    expect(
      co("青禾科技、蓝湾物流和松江港务均已表态，双方将联合开发。", orgs("青禾科技", "蓝湾物流", "松江港务")),
    ).toEqual([]);
  });
});

describe("collaboration in news: a cooperation stated in the next clause", () => {
  it("reads an agreement of the two followed by the joint act it settles", () => {
    expect(co("青禾科技与蓝湾物流已于上月同意，将成立合资公司。", orgs("青禾科技", "蓝湾物流"))).toEqual([
      "蓝湾物流 -> 青禾科技 (work-with)",
    ]);
    expect(co("青禾科技和蓝湾物流决定出售旧厂房，并且共同投资新园区。", orgs("青禾科技", "蓝湾物流"))).toEqual([
      "蓝湾物流 -> 青禾科技 (work-with)",
    ]);
  });

  it("reads talks concluded by an agreement, with the subject of a clause before them", () => {
    expect(
      co(
        "为了进入欧洲市场，青禾科技在母公司的支持下，与蓝湾物流就技术授权反复磋商，并最终达成协议。",
        orgs("青禾科技", "蓝湾物流"),
      ),
    ).toEqual(["蓝湾物流 -> 青禾科技 (work-with:sentence-subject)"]);
  });

  it("finds none when the agreement settles no joint act, or the talks fail", () => {
    expect(
      co("青禾科技与蓝湾物流已同意，由青禾科技收购蓝湾物流。", orgs("青禾科技", "蓝湾物流", "青禾科技", "蓝湾物流")),
    ).toEqual([]);
    expect(co("青禾科技与蓝湾物流就价格反复磋商，但最终未能达成协议。", orgs("青禾科技", "蓝湾物流"))).toEqual([]);
    expect(co("青禾科技与蓝湾物流就价格反复磋商，随后双方各自发布公告。", orgs("青禾科技", "蓝湾物流"))).toEqual([]);
  });
});

describe("collaboration in news: firms that act through their subsidiaries or shareholders", () => {
  it("makes the owner of the partner a party (与X的全资子公司Y签订, 与X股东签署)", () => {
    expect(
      co("青禾科技与蓝湾集团的全资子公司蓝湾物流签订长期合同。", orgs("青禾科技", "蓝湾集团", "蓝湾物流")),
    ).toEqual(["蓝湾物流 -> 青禾科技 (work-with)", "蓝湾集团 -> 青禾科技 (work-with)"].sort());
    expect(co("青禾科技已与蓝湾物流股东签署资产置换协议。", orgs("青禾科技", "蓝湾物流"))).toEqual([
      "蓝湾物流 -> 青禾科技 (work-with)",
    ]);
  });

  it("makes a listed firm whose major shareholder signs a party", () => {
    expect(
      co("当日松江港公告大股东松江港务局已与蓝湾物流签署合作意向书。", orgs("松江港", "松江港务局", "蓝湾物流")),
    ).toEqual(["松江港 -> 蓝湾物流 (work-with:shareholder)", "松江港务局 -> 蓝湾物流 (work-with)"].sort());
  });

  it("does not make the owner a party of a deal in its shares, nor of its former shareholders' talks", () => {
    expect(co("青禾科技与蓝湾物流股东签署股权转让协议。", orgs("青禾科技", "蓝湾物流"))).toEqual([]);
    expect(co("青禾科技将与蓝湾物流原股东共同协商处置方案。", orgs("青禾科技", "蓝湾物流"))).toEqual([]);
    expect(
      co(
        "当日松江港公告大股东松江港务局已与蓝湾物流签订协议，拟转让所持股份。",
        orgs("松江港", "松江港务局", "蓝湾物流"),
      ),
    ).toEqual(["松江港务局 -> 蓝湾物流 (work-with)"]);
  });

  it("reads a partner named after its owner and 下属公司 behind 和", () => {
    expect(
      co(
        "青禾科技的子公司青禾物流和蓝湾集团下属公司蓝湾仓储共同竞得地块。",
        orgs("青禾科技", "青禾物流", "蓝湾集团", "蓝湾仓储"),
      ),
    ).toContain("蓝湾仓储 -> 青禾物流 (work-with)");
  });
});

describe("collaboration in news: lists, describing words and shares", () => {
  it("reads a partner behind describing words holding 和, but not a second party joined by 和", () => {
    expect(co("青禾科技与国内具有技术和资本优势的蓝湾物流达成合作。", orgs("青禾科技", "蓝湾物流"))).toEqual([
      "蓝湾物流 -> 青禾科技 (work-with)",
    ]);
    expect(co("青禾科技与松江港务和蓝湾物流的合作进展顺利。", orgs("青禾科技", "松江港务", "蓝湾物流"))).toEqual(
      ["松江港务 -> 青禾科技 (work-with)", "蓝湾物流 -> 青禾科技 (work-with)"].sort(),
    );
  });

  it("pairs the firms of a list that joins a partner with 联同 or 联合, but not with 邀请", () => {
    expect(co("青禾科技、蓝湾物流联同松江港务发起产业基金。", orgs("青禾科技", "蓝湾物流", "松江港务"))).toEqual(
      [
        "松江港务 -> 蓝湾物流 (invite-or-join)",
        "松江港务 -> 青禾科技 (invite-or-join)",
        "蓝湾物流 -> 青禾科技 (invite-or-join)",
      ].sort(),
    );
    expect(co("青禾科技、蓝湾物流邀请松江港务参加论坛。", orgs("青禾科技", "蓝湾物流", "松江港务"))).toEqual(
      ["松江港务 -> 蓝湾物流 (invite-or-join)", "松江港务 -> 青禾科技 (invite-or-join)"].sort(),
    );
  });

  it("pairs every party of an agreement of three, but not partners of two agreements with one firm", () => {
    expect(co("青禾科技与蓝湾物流、松江港务签署三方合作协议。", orgs("青禾科技", "蓝湾物流", "松江港务"))).toEqual(
      [
        "松江港务 -> 蓝湾物流 (work-with:parties)",
        "松江港务 -> 青禾科技 (work-with)",
        "蓝湾物流 -> 青禾科技 (work-with)",
      ].sort(),
    );
    expect(co("青禾科技与蓝湾物流、松江港务分别签署合作协议。", orgs("青禾科技", "蓝湾物流", "松江港务"))).toEqual(
      ["松江港务 -> 青禾科技 (work-with)", "蓝湾物流 -> 青禾科技 (work-with)"].sort(),
    );
  });

  it("reads shares of one venture paid by each as a joint investment, not separate payments", () => {
    expect(co("青禾科技与蓝湾物流分别出资3亿元和2亿元设立合资公司。", orgs("青禾科技", "蓝湾物流"))).toEqual([
      "蓝湾物流 -> 青禾科技 (work-with)",
    ]);
    expect(co("青禾科技和蓝湾物流分别出资3亿元和2亿元承担赔偿责任。", orgs("青禾科技", "蓝湾物流"))).toEqual([]);
  });
});

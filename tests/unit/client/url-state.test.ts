// The explorer's view state survives a trip through the URL, and bad values in a hand-edited link fall back to defaults.

import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW_STATE, parseViewState, serializeViewState, type ViewState } from "../../../client/url-state.js";

describe("client url state", () => {
  it("falls back to the defaults for unknown, malformed or out-of-range values", () => {
    const state = parseViewState(
      "?view=galaxy&limit=-3&measure=stars&community=x&color=red&size=huge&camera=1,2&lang=fr&minWeight=abc&dateFrom=21&hideTypes=Alien",
    );
    expect(state).toEqual(DEFAULT_VIEW_STATE);
    expect(parseViewState("?limit=999999").limit).toBe(DEFAULT_VIEW_STATE.limit);
  });

  it("writes nothing for the default view, so the plain address is the default view", () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe("");
    expect(parseViewState("")).toEqual(DEFAULT_VIEW_STATE);
  });

  it("reads the overview request parameters view, limit and measure that the client benchmark sets", () => {
    const state = parseViewState("?view=communities&limit=20000&measure=pagerank");
    expect([state.view, state.limit, state.measure]).toEqual(["communities", 20000, "pagerank"]);
  });

  it("round-trips a full view: selection, expansions, path, filters, analysis, camera and language", () => {
    const state: ViewState = {
      view: "entities",
      limit: 250,
      measure: "weightedDegree",
      community: 3,
      selected: "Organization:辽源市政协",
      selectedPair: null,
      expanded: ["Organization:辽源市政协", "Project:“金点子”征集活动, 第二期"],
      pathFrom: "Person:张恒军",
      pathTo: "Organization:民革",
      pathCooccurrence: true,
      filters: {
        hiddenTypes: ["Place", "Topic"],
        hiddenRelations: ["CO_OCCURS"],
        minWeight: 2,
        dateFrom: "2020",
        dateTo: "2021-06-30",
      },
      colorBy: "community",
      sizeBy: "betweenness",
      camera: { x: 0.4123, y: 0.6, ratio: 0.25 },
      language: "en",
      pins: [{ key: "Organization:辽源市政协", x: 12.5, y: -3.25 }],
      hidden: ["Place:辽源市"],
    };
    const query = serializeViewState(state);
    expect(parseViewState(`?${query}`)).toEqual(state);
    // Entity keys with commas survive because each expansion is its own parameter.
    expect(new URLSearchParams(query).getAll("expand")).toHaveLength(2);
  });

  it("round-trips the pair of a selected edge, and drops it when an entity is selected or its ends are one", () => {
    const selectedPair = {
      source: "Organization:长春师范大学",
      target: "Project:辽源市自然历史文化挖掘与整理数据化项目",
    };
    const query = serializeViewState({ ...DEFAULT_VIEW_STATE, selectedPair });
    expect(parseViewState(`?${query}`).selectedPair).toEqual(selectedPair);
    expect(parseViewState(`?entity=Person:张恒军&${query}`).selectedPair).toBeNull();
    expect(parseViewState("?edgeSource=Person:张恒军&edgeTarget=Person:张恒军").selectedPair).toBeNull();
    expect(parseViewState("?edgeSource=Person:张恒军").selectedPair).toBeNull();
  });

  it("rounds the camera to four decimals to keep links short", () => {
    const query = serializeViewState({ ...DEFAULT_VIEW_STATE, camera: { x: 0.123456789, y: 0.5, ratio: 1.00004 } });
    expect(new URLSearchParams(query).get("camera")).toBe("0.1235,0.5,1");
  });

  it("drops malformed pins, keeps the last pin of a key, and reads keys that hold colons and commas", () => {
    const pins = parseViewState(
      "?pin=Organization:a:1:2&pin=nonsense&pin=Place:b:x:3&pin=Organization:a:3.5:-4e1&pin=Project:c%2C%20d:0:0.25",
    ).pins;
    expect(pins).toEqual([
      { key: "Organization:a", x: 3.5, y: -40 },
      { key: "Project:c, d", x: 0, y: 0.25 },
    ]);
  });

  it("writes each pin as key:x:y rounded to two decimals, and each hidden node once", () => {
    const query = serializeViewState({
      ...DEFAULT_VIEW_STATE,
      pins: [{ key: "Organization:辽源市政协", x: 1.23456, y: -7.891 }],
      hidden: ["Place:辽源市", "Topic:营商环境"],
    });
    const q = new URLSearchParams(query);
    expect(q.getAll("pin")).toEqual(["Organization:辽源市政协:1.23:-7.89"]);
    expect(q.getAll("hide")).toEqual(["Place:辽源市", "Topic:营商环境"]);
    expect(parseViewState(`?${query}&hide=Place:辽源市`).hidden).toEqual(["Place:辽源市", "Topic:营商环境"]);
  });
});

// The explorer's view store: patches merge into one state and subscribers hear only of real changes.

import { describe, expect, it } from "vitest";
import { changed, createViewStore } from "../../../../client/explorer/view-store.js";

describe("client view store", () => {
  it("tells subscribers the new and the previous state after a patch changed a value", () => {
    const store = createViewStore({ selected: null as string | null, expanded: [] as string[] });
    const seen: Array<[string | null, string | null]> = [];
    store.subscribe((state, previous) => seen.push([state.selected, previous.selected]));
    store.update({ selected: "Organization:市政协" });
    expect(store.get()).toEqual({ selected: "Organization:市政协", expanded: [] });
    expect(seen).toEqual([["Organization:市政协", null]]);
  });

  it("stays quiet when a patch changes nothing, and stops telling a listener that unsubscribed", () => {
    const store = createViewStore({ selected: "a", hovered: null as string | null });
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    store.update({ selected: "a" });
    expect(calls).toBe(0);
    store.update({ hovered: "b" });
    unsubscribe();
    store.update({ hovered: null });
    expect(calls).toBe(1);
  });

  it("says which keys changed between two states", () => {
    expect(changed({ a: 1, b: 2 }, { a: 1, b: 3 }, "a")).toBe(false);
    expect(changed({ a: 1, b: 2 }, { a: 1, b: 3 }, "a", "b")).toBe(true);
  });
});

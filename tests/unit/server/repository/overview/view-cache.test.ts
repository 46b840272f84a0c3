// The overview's view cache: one shaping per view however many ask at once, failures forgotten, bounded by number and
// size with the least recently asked for let go first.

import { describe, expect, it } from "vitest";
import { createViewCache } from "../../../../../server/repository/overview/view-cache.js";

/** A shaper that counts its calls and answers `view` once `release` is called. */
function pendingShape<V>(view: V) {
  let release = () => {};
  let calls = 0;
  const shape = () => {
    calls += 1;
    return new Promise<V>((resolve) => (release = () => resolve(view)));
  };
  return { shape, release: () => release(), calls: () => calls };
}

/** Lets settled promises run their callbacks. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("createViewCache", () => {
  it("shapes a view once for requests that ask for it at the same time, and hands the same object out after", async () => {
    const cache = createViewCache<{ name: string }>({ maxViews: 4 });
    const view = { name: "communities" };
    const pending = pendingShape(view);
    const first = cache.get("a", pending.shape);
    const second = cache.get("a", pending.shape);
    pending.release();
    expect(await first).toBe(view);
    expect(await second).toBe(view);
    expect(await cache.get("a", pending.shape)).toBe(view);
    expect(pending.calls()).toBe(1);
  });

  it("forgets a view whose shaping failed, so the next request shapes it again", async () => {
    const cache = createViewCache<string>({ maxViews: 4 });
    await expect(cache.get("a", () => Promise.reject(new Error("Neo4j unavailable")))).rejects.toThrow("unavailable");
    await settle();
    expect(await cache.get("a", () => Promise.resolve("again"))).toBe("again");
  });

  it("lets the least recently asked for view go past its number of views", async () => {
    const cache = createViewCache<string>({ maxViews: 2 });
    await cache.get("a", () => Promise.resolve("a1"));
    await cache.get("b", () => Promise.resolve("b1"));
    await cache.get("a", () => Promise.resolve("a2"));
    await cache.get("c", () => Promise.resolve("c1"));
    await settle();
    expect(await cache.get("a", () => Promise.resolve("a3"))).toBe("a1");
    expect(await cache.get("b", () => Promise.resolve("b2"))).toBe("b2");
  });

  it("lets views go once their sizes sum past the bound, and keeps none larger than the bound alone", async () => {
    const cache = createViewCache<string>({ maxViews: 10, maxSize: 10, sizeOf: (view) => view.length });
    await cache.get("a", () => Promise.resolve("aaaa"));
    await cache.get("b", () => Promise.resolve("bbbb"));
    await settle();
    await cache.get("c", () => Promise.resolve("cccc"));
    await settle();
    expect(await cache.get("b", () => Promise.resolve("new"))).toBe("bbbb");
    expect(await cache.get("a", () => Promise.resolve("new"))).toBe("new");
    expect(await cache.get("huge", () => Promise.resolve("x".repeat(11)))).toHaveLength(11);
    await settle();
    expect(await cache.get("huge", () => Promise.resolve("again"))).toBe("again");
  });
});

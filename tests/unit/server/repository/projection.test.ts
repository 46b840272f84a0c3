// The projection's pure parts: the key of a shared-project link and the date range as statement parameters.

import { describe, expect, it } from "vitest";
import { rangeParams, sharedLinkKey } from "../../../../server/repository/projection.js";

describe("organizations projection", () => {
  it("keys a shared-project link the same whichever way round its ends are given", () => {
    expect(sharedLinkKey("Organization:b", "Organization:a")).toBe("shared:Organization:a|Organization:b");
    expect(sharedLinkKey("Organization:a", "Organization:b")).toBe(sharedLinkKey("Organization:b", "Organization:a"));
  });

  it("leaves the date test out without a range, and widens an open bound of a half-open one", () => {
    expect(rangeParams({ from: null, to: null })).toEqual({ dated: null, from: null, to: null });
    expect(rangeParams({ from: "2021", to: null })).toEqual({ dated: true, from: "2021", to: "9999" });
    expect(rangeParams({ from: null, to: "2021-06" })).toEqual({ dated: true, from: "", to: "2021-06" });
  });
});

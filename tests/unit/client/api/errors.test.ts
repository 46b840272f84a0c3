// Failed requests said in the interface's language, with what to do (issue 22, item 9).

import { describe, expect, it } from "vitest";
import { ApiRequestError } from "../../../../client/api/api-client.js";
import { errorMessage } from "../../../../client/api/errors.js";
import { createTranslator } from "../../../../client/i18n.js";

const zh = createTranslator("zh");
const en = createTranslator("en");

describe("errorMessage", () => {
  it("says a missing entity is not in the graph and how to find it, never the server's English", () => {
    const missing = new ApiRequestError(404, "not-found", 'no entity with id "Organization:不存在的机构"');
    expect(errorMessage(zh, missing)).toMatch(/^图谱中没有这个实体.*搜索框/);
    expect(errorMessage(en, missing)).toMatch(/^This entity is not in the graph.*Search for it/);
  });

  it("asks to retry when the database cannot answer, and keeps the parameter the server names", () => {
    expect(errorMessage(zh, new ApiRequestError(503, "database-unavailable", "x"))).toMatch(/几秒后再试/);
    expect(errorMessage(zh, new ApiRequestError(503, "database-timeout", "x"))).toMatch(/几秒后再试/);
    // A database the server gave up restarting: retrying will not help, restarting kg-explorer will.
    expect(errorMessage(zh, new ApiRequestError(503, "database-stopped", "x"))).toMatch(/重新启动 kg-explorer/);
    expect(errorMessage(en, new ApiRequestError(503, "database-stopped", "x"))).toMatch(/restart kg-explorer/);
    expect(errorMessage(en, new ApiRequestError(400, "bad-parameter", "parameter limit: too big"))).toBe(
      "The request was refused: parameter limit: too big",
    );
    expect(errorMessage(en, new ApiRequestError(500, "internal", "internal error"))).toBe(
      "Server error (500): internal error",
    );
    expect(errorMessage(en, new ApiRequestError(0, "network", "offline"))).toMatch(/Cannot reach the server/);
  });
});

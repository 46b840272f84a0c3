// The server's settings from the environment: defaults, and errors that name the variable.

import { describe, expect, it } from "vitest";
import { errorOf } from "../../helpers/kg-error.js";
import { resolveServerConfig } from "../../../server/server-config.js";

describe("resolveServerConfig", () => {
  it("defaults to 127.0.0.1:8080 with writes refused", () => {
    expect(resolveServerConfig({})).toEqual({ port: 8080, host: "127.0.0.1", apiTokens: [] });
  });

  it("refuses a bad PORT, naming it", () => {
    expect(errorOf(() => resolveServerConfig({ PORT: "eighty" })).message).toContain('PORT="eighty"');
  });

  it("refuses a short KG_API_TOKEN", () => {
    expect(errorOf(() => resolveServerConfig({ KG_API_TOKEN: "short" })).message).toContain("KG_API_TOKEN");
    expect(errorOf(() => resolveServerConfig({ KG_API_TOKEN: "alice:short" })).message).toContain('"alice"');
  });

  it("reads one token as the label api, or labelled tokens separated by commas", () => {
    const secret = "0123456789abcdef0123";
    expect(resolveServerConfig({ KG_API_TOKEN: secret }).apiTokens).toEqual([{ label: "api", secret }]);
    expect(resolveServerConfig({ KG_API_TOKEN: `alice:${secret}, bob:${secret}x` }).apiTokens).toEqual([
      { label: "alice", secret },
      { label: "bob", secret: `${secret}x` },
    ]);
  });
});

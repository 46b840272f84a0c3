// The server's settings from the environment: defaults, and errors that name the variable.

import { describe, expect, it } from "vitest";
import { errorOf } from "../../helpers/kg-error.js";
import { describeAllowedHosts, resolveServerConfig } from "../../../server/server-config.js";

describe("resolveServerConfig", () => {
  it("defaults to 127.0.0.1:8080 with writes refused", () => {
    expect(resolveServerConfig({})).toEqual({ port: 8080, host: "127.0.0.1", allowedHosts: [], apiTokens: [] });
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

describe("ALLOWED_HOSTS", () => {
  it("refuses an entry with a scheme, a port, a path or a wildcard, naming the variable and the entry", () => {
    for (const entry of [
      "http://kg.example.org",
      "kg.example.org:8080",
      "kg.example.org/x",
      "*",
      "*.example.org",
      "a b",
    ]) {
      const message = errorOf(() => resolveServerConfig({ ALLOWED_HOSTS: `ok.example.org,${entry}` })).message;
      expect(message).toContain("ALLOWED_HOSTS");
      expect(message).toContain(`"${entry}"`);
    }
  });

  it("reads names separated by commas as browsers send them: lower case, punycode, a leading dot kept", () => {
    expect(
      resolveServerConfig({ ALLOWED_HOSTS: " KG.Example.org, .lab.example.org,10.0.0.5,,图谱.中国 " }).allowedHosts,
    ).toEqual(["kg.example.org", ".lab.example.org", "10.0.0.5", "xn--wcsy15j.xn--fiqs8s"]);
  });

  it("adds HOST when it is a name, and nothing for an address, a wildcard or localhost", () => {
    expect(resolveServerConfig({ HOST: "kg.lan", ALLOWED_HOSTS: "kg.example.org" }).allowedHosts).toEqual([
      "kg.example.org",
      "kg.lan",
    ]);
    for (const HOST of ["0.0.0.0", "::", "10.0.0.5", "::1", "localhost"])
      expect(resolveServerConfig({ HOST }).allowedHosts, HOST).toEqual([]);
  });

  it("says at start-up which names are answered and how to add one", () => {
    const line = describeAllowedHosts(resolveServerConfig({ HOST: "0.0.0.0" }).allowedHosts);
    expect(line).toContain("localhost or an IP address");
    expect(line).toContain("ALLOWED_HOSTS=");
    expect(describeAllowedHosts(["kg.example.org", ".lab.example.org"])).toContain(
      "kg.example.org, lab.example.org and its subdomains",
    );
  });
});

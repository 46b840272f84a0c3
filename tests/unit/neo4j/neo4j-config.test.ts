// Where the graph lives, from the environment: defaults, and errors that name the variable.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { errorOf } from "../../helpers/kg-error.js";
import { resolveNeo4jConfig } from "../../../neo4j/neo4j-config.js";

describe("resolveNeo4jConfig", () => {
  it("refuses a NEO4J_URI that is not a Neo4j address, naming the variable and the schemes", () => {
    const error = errorOf(() => resolveNeo4jConfig({ NEO4J_URI: "http://localhost:7474" }));
    expect(error.message).toContain("NEO4J_URI");
    expect(error.message).toContain("neo4j+s://");
  });

  it("refuses a KG_NEO4J_PORT that is not a port", () => {
    for (const bad of ["abc", "0", "70000", "12.5"]) {
      expect(errorOf(() => resolveNeo4jConfig({ KG_NEO4J_PORT: bad })).message).toContain(`KG_NEO4J_PORT="${bad}"`);
    }
  });

  it("refuses an invalid NEO4J_DATABASE", () => {
    expect(errorOf(() => resolveNeo4jConfig({ NEO4J_DATABASE: "no spaces" })).message).toContain("NEO4J_DATABASE");
  });

  it("defaults to the local Neo4j on 7687 with data under .data", () => {
    expect(resolveNeo4jConfig({}, "/srv/kg")).toEqual({
      uri: undefined,
      user: "neo4j",
      password: undefined,
      database: "neo4j",
      dataDir: path.resolve("/srv/kg", ".data"),
      localPort: 7687,
    });
  });

  it("takes an Aura address with credentials and database", () => {
    const config = resolveNeo4jConfig({
      NEO4J_URI: "neo4j+s://abcd.databases.neo4j.io",
      NEO4J_USER: "u",
      NEO4J_PASSWORD: "p",
      NEO4J_DATABASE: "graphs",
    });
    expect(config).toMatchObject({
      uri: "neo4j+s://abcd.databases.neo4j.io",
      user: "u",
      password: "p",
      database: "graphs",
    });
  });
});

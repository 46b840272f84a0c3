// Lint: the recommended JavaScript and type-aware TypeScript rules; any warning fails `npm run lint`.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      ".data/",
      "neo4j/local/target/",
      "neo4j/target/",
      "test-artifacts/",
      ".scratch/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["eslint.config.js"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "no-console": "off",
    },
  },
  // Layers, lowest first: common (domain and API contract) < neo4j (the database) < ingest < server; the client
  // stands on common alone. A layer never imports one above it.
  restrictImports("common/**", ["neo4j", "ingest", "server", "client"]),
  restrictImports("neo4j/**", ["ingest", "server", "client"]),
  restrictImports("ingest/**", ["server", "client"]),
  restrictImports("server/**", ["client"]),
  restrictImports("client/**", ["neo4j", "ingest", "server"]),
  { files: ["eslint.config.js"], ...tseslint.configs.disableTypeChecked },
);

/** A rule that fails the lint when a file under `files` imports from one of the folders `above` it. */
function restrictImports(files, above) {
  const patterns = above.map((folder) => ({
    group: [`**/${folder}/*`, `**/${folder}/**`],
    message: `${files.split("/")[0]}/ must not import from ${folder}/ (dependencies point one way: common < neo4j < ingest < server; client < common).`,
  }));
  return { files: [files], rules: { "no-restricted-imports": ["error", { patterns }] } };
}

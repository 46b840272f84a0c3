// Expands the paths given to `kg ingest` into the document files they name, in a stable order.

import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import { KgError } from "../../common/errors.js";

export const DOCUMENT_EXTENSIONS = [".txt", ".md", ".html", ".htm"];

/**
 * Files named directly are kept whatever their extension; directories are walked for document extensions; globs
 * (quoted, so the shell leaves them alone: 'reports/**\/*.txt') are expanded. Sidecars (`*.meta.json`) are never documents.
 */
export async function findDocuments(paths: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const given of paths) {
    if (isDynamicPattern(given)) {
      const matches = await glob(given, { absolute: true, onlyFiles: true });
      if (matches.length === 0) throw new KgError("not-found", `ingest: the pattern ${given} matches no file.`);
      for (const match of matches) if (!match.endsWith(".meta.json")) found.add(path.resolve(match));
      continue;
    }
    let info;
    try {
      info = await stat(given);
    } catch {
      throw new KgError(
        "not-found",
        `ingest: ${given} does not exist; give files or directories of documents (${DOCUMENT_EXTENSIONS.join(" ")}).`,
      );
    }
    if (info.isDirectory()) {
      for (const entry of await readdir(given, { recursive: true, withFileTypes: true })) {
        if (entry.isFile() && DOCUMENT_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) {
          found.add(path.resolve(entry.parentPath, entry.name));
        }
      }
    } else {
      found.add(path.resolve(given));
    }
  }
  return [...found].sort();
}

// Expands the paths given to `kg ingest` into the document files they name, in a stable order.

import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import { KgError } from "../../common/errors.js";

export const DOCUMENT_EXTENSIONS = [".txt", ".md", ".html", ".htm"];

/** The documents the paths name, and each path that named none (missing, an empty glob or directory), with why. */
export interface LocatedDocuments {
  files: string[];
  unmatched: Array<{ path: string; message: string }>;
}

/**
 * Files named directly are kept whatever their extension (the read refuses what is not a regular file); directories
 * are walked for document extensions; globs (quoted, so the shell leaves them alone: 'reports/**\/*.txt') are
 * expanded. Sidecars (`*.meta.json`) are never documents. A path that names no document is reported, not fatal, so
 * that one mistyped name does not hold back the rest.
 */
export async function locateDocuments(paths: readonly string[]): Promise<LocatedDocuments> {
  const found = new Set<string>();
  const unmatched: LocatedDocuments["unmatched"] = [];
  const extensions = DOCUMENT_EXTENSIONS.join(" ");
  for (const given of paths) {
    if (isDynamicPattern(given)) {
      const matches = (await glob(given, { absolute: true, onlyFiles: true })).filter((m) => !m.endsWith(".meta.json"));
      if (matches.length === 0)
        unmatched.push({ path: given, message: `ingest: the pattern ${given} matches no file; check it (quoted?).` });
      for (const match of matches) found.add(path.resolve(match));
      continue;
    }
    let info;
    try {
      info = await stat(given);
    } catch (error) {
      const why = (error as NodeJS.ErrnoException).code === "ENOENT" ? "does not exist" : (error as Error).message;
      unmatched.push({
        path: given,
        message: `ingest: ${given} ${why}; give files or directories of documents (${extensions}).`,
      });
      continue;
    }
    if (!info.isDirectory()) {
      found.add(path.resolve(given));
      continue;
    }
    let entries;
    try {
      entries = await readdir(given, { recursive: true, withFileTypes: true });
    } catch (error) {
      unmatched.push({
        path: given,
        message: `ingest: cannot read the directory ${given}: ${(error as Error).message}.`,
      });
      continue;
    }
    const documents = entries.filter(
      (entry) => entry.isFile() && DOCUMENT_EXTENSIONS.includes(path.extname(entry.name).toLowerCase()),
    );
    if (documents.length === 0)
      unmatched.push({ path: given, message: `ingest: the directory ${given} holds no documents (${extensions}).` });
    for (const entry of documents) found.add(path.resolve(entry.parentPath, entry.name));
  }
  return { files: [...found].sort(), unmatched };
}

/** As `locateDocuments`, for callers that need every path to name documents: the first that names none throws. */
export async function findDocuments(paths: readonly string[]): Promise<string[]> {
  const { files, unmatched } = await locateDocuments(paths);
  const [first] = unmatched;
  if (first) throw new KgError("not-found", first.message);
  return files;
}

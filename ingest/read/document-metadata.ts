// A document's title, date and source: from `kg ingest` flags, a sidecar `<file>.meta.json`, or the text itself.

import { readFile } from "node:fs/promises";
import { CALENDAR_DATE_FORMS, isCalendarDate } from "../../common/calendar-date.js";
import { KgError } from "../../common/errors.js";

export interface DocumentMetadata {
  title?: string;
  /** ISO date: YYYY-MM-DD, or YYYY-MM / YYYY when only that is known. */
  date?: string;
  /** Where the document came from: a URL or a citation. */
  source?: string;
}

/** Checks a date given by the user; `where` names the flag or file for the error. */
export function validateDate(value: string, where: string): string {
  const date = value.trim();
  if (!isCalendarDate(date))
    throw new KgError("bad-date", `${where}: date "${value}" is not ${CALENDAR_DATE_FORMS} with a real month and day.`);
  return date;
}

/** Parses a sidecar's JSON; unknown keys and wrong types are refused with the file's name. */
export function parseSidecar(text: string, file: string): DocumentMetadata {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new KgError(
      "bad-sidecar",
      `ingest: ${file} is not valid JSON (${(error as Error).message}); fix or remove it.`,
    );
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new KgError(
      "bad-sidecar",
      `ingest: ${file} must hold a JSON object such as {"title": "…", "date": "2021-01-11", "source": "…"}.`,
    );
  }
  const metadata: DocumentMetadata = {};
  for (const [key, value] of Object.entries(data)) {
    if (key !== "title" && key !== "date" && key !== "source") {
      throw new KgError(
        "bad-sidecar",
        `ingest: ${file} has an unknown key "${key}"; allowed are title, date and source.`,
      );
    }
    if (typeof value !== "string") throw new KgError("bad-sidecar", `ingest: ${file}: "${key}" must be a string.`);
    metadata[key] = key === "date" ? validateDate(value, file) : value.trim();
  }
  return metadata;
}

/** Reads `<file>.meta.json` when it exists. */
export async function readSidecar(file: string): Promise<DocumentMetadata> {
  const sidecar = `${file}.meta.json`;
  let text: string;
  try {
    text = await readFile(sidecar, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw error;
  }
  return parseSidecar(text, sidecar);
}

/** Merges metadata layers; the first layer that gives a field wins (flags, then sidecar, then the text). */
export function mergeMetadata(...layers: DocumentMetadata[]): DocumentMetadata {
  const merged: DocumentMetadata = {};
  for (const field of ["title", "date", "source"] as const) {
    const value = layers.find((layer) => layer[field])?.[field];
    if (value) merged[field] = value;
  }
  return merged;
}

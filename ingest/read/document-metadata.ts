// A document's title, date and source: from `kg ingest` flags, a sidecar `<file>.meta.json`, or the text itself.

import { CALENDAR_DATE_FORMS, isCalendarDate } from "../../common/calendar-date.js";
import { KgError } from "../../common/errors.js";
import { readRegularFile } from "./document-file.js";

export interface DocumentMetadata {
  title?: string;
  /** ISO date: YYYY-MM-DD, or YYYY-MM / YYYY when only that is known. */
  date?: string;
  /** Where the document came from: a URL or a citation. */
  source?: string;
}

/** What a bad sidecar means for the run. */
const NOT_INGESTED = "The document it describes was not ingested; the other files go on.";

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
      `ingest: ${file} is not valid JSON (${(error as Error).message}); fix or remove it. ${NOT_INGESTED}`,
    );
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new KgError(
      "bad-sidecar",
      `ingest: ${file} must hold a JSON object such as {"title": "…", "date": "2021-01-11", "source": "…"}. ${NOT_INGESTED}`,
    );
  }
  const metadata: DocumentMetadata = {};
  for (const [key, value] of Object.entries(data)) {
    if (key !== "title" && key !== "date" && key !== "source") {
      throw new KgError(
        "bad-sidecar",
        `ingest: ${file} has an unknown key "${key}"; allowed are title, date and source. ${NOT_INGESTED}`,
      );
    }
    if (typeof value !== "string")
      throw new KgError("bad-sidecar", `ingest: ${file}: "${key}" must be a string. ${NOT_INGESTED}`);
    metadata[key] = key === "date" ? validateDate(value, file) : value.trim();
  }
  return metadata;
}

/** A sidecar holds a few short fields: anything much larger is not one. */
const MAX_SIDECAR_BYTES = 64 * 1024;

/**
 * Reads `<file>.meta.json` when it exists. One that cannot be read (a directory, no permission, a FIFO, too large)
 * or parsed is a KgError naming it: its document is not ingested without the metadata the user meant it to have.
 */
export async function readSidecar(file: string): Promise<DocumentMetadata> {
  const sidecar = `${file}.meta.json`;
  const read = await readRegularFile(sidecar, MAX_SIDECAR_BYTES);
  if ("bytes" in read) return parseSidecar(read.bytes.toString("utf8"), sidecar);
  const { problem } = read;
  if (problem.kind === "missing") return {};
  const why =
    problem.kind === "too-large"
      ? `it is ${problem.size.toLocaleString("en")} bytes, more than a sidecar's ${MAX_SIDECAR_BYTES.toLocaleString("en")}`
      : problem.kind === "not-a-file"
        ? `it is ${problem.detail}`
        : problem.detail;
  throw new KgError(
    "bad-sidecar",
    `ingest: cannot read the sidecar ${sidecar} (${why}). Make it a readable JSON file or remove it; ` +
      `${file} was not ingested, the other files go on.`,
  );
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

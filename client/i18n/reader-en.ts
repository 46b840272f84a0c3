// The English text of the document reader and of the entity panel's paged relations; part of the message table.

import type { ReaderMessageKey } from "./reader-zh.js";

export const EN_READER_MESSAGES: Record<ReaderMessageKey, string> = {
  "relations.more": "Show more ({left} left)",
  "reader.open": "Read in document",
  "reader.openTitle": "Open the document of this sentence in the reader",
  "reader.title": "Document",
  "reader.close": "Close the document",
  "reader.date": "Date",
  "reader.source": "Source",
  "reader.path": "File",
  "reader.size": "Length",
  "reader.sizeValue": "{chars} characters · {sentences} sentences",
  "reader.undated": "undated",
  "reader.earlier": "↑ Earlier (sentences {from}–{to})",
  "reader.later": "↓ Later (sentences {from}–{to})",
  "reader.start": "Start of the document",
  "reader.end": "End of the document",
  "reader.shown": "Sentences {from}–{to} of {total}",
  "reader.mentionTitle": "{type}: {name} (click to open)",
  "reader.loading": "Loading the document…",
};

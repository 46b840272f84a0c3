// The English text of the time bar and the date filter's bounds and checks; part of the message table.

import type { TimeMessageKey } from "./time-zh.js";

export const EN_TIME_MESSAGES: Record<TimeMessageKey, string> = {
  "time.title": "Timeline",
  "time.histogram": "Relations per year",
  "time.bar": "{year}: {relations} relations ({stated} stated), {documents} documents",
  "time.all": "All years",
  "time.range": "{from}–{to}",
  "time.year": "{year}",
  "time.from": "First year",
  "time.to": "Last year",
  "time.span": "Selected span (drag to move)",
  "time.play": "▶ Play",
  "time.pause": "❚❚ Pause",
  "time.playHint":
    "Play: the selected span (at least a year) moves on one year at a time, so relations appear and fade",
  "time.clear": "All",
  "time.clearHint": "Clear the time range",
  "time.noDates": "The documents carry no dates: nothing to filter by time",
  "time.inverted": "The start date is after the end date; the range was not applied",
  "time.badDate": "Dates read YYYY, YYYY-MM or YYYY-MM-DD",
  "time.bounds": "Corpus dates: {first} to {last}",
};

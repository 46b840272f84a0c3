// A document's title: its title lines (with a dashed subtitle), never a salutation or a speaker; else its file name.

import path from "node:path";
import { DOCUMENT_WORD, type HeadLine } from "./head-lines.js";

/** 政 府 工 作 报 告: characters spaced out for display. */
const SPACED_OUT = /^[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff])+$/u;
const MAX_TITLE = 120;

/**
 * The title read from the head: a run of title lines joined by spaces, with the subtitle that follows it
 * (决胜… 夺取…——在中国共产党第十九次全国代表大会上的报告). The first run that names a kind of document wins over a web
 * page's heading; else the first run.
 */
export function titleFromHead(lines: readonly HeadLine[]): string | undefined {
  const groups: Array<{ lines: string[]; subtitle?: string }> = [];
  let open: { lines: string[]; subtitle?: string } | undefined;
  for (const line of lines) {
    if (line.kind === "title") {
      if (!open) groups.push((open = { lines: [] }));
      open.lines.push(tidy(line.text));
    } else if (line.kind === "subtitle") {
      if (open) open.subtitle ??= tidy(line.text);
      else groups.push({ lines: [], subtitle: tidy(line.text) });
      open = undefined;
    } else {
      open = undefined;
    }
  }
  const candidates = groups
    .map((g) => ({
      text: g.lines.length === 0 ? (g.subtitle ?? "") : g.lines.join(" ") + (g.subtitle ? `——${g.subtitle}` : ""),
      hasLines: g.lines.length > 0,
    }))
    .filter((c) => c.text !== "");
  const title = (candidates.find((c) => DOCUMENT_WORD.test(c.text)) ?? candidates.find((c) => c.hasLines))?.text;
  return title?.slice(0, MAX_TITLE);
}

/** The file's name without folder and extension: the title of a text that states none. */
export function fileTitle(file: string): string {
  const base = path.basename(file);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}

function tidy(line: string): string {
  return SPACED_OUT.test(line) ? line.replace(/\s+/gu, "") : line.replace(/\s+/gu, " ");
}

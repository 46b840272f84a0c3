// A person named by a title or an honorific (周总理, 毛主席, 邓公, 小平同志, 周恩来总理) against the person with the
// real name: several people may share a surname, so candidates are ranked by shared neighbours and mentions.

import { surnameLength } from "../../extract/lexicon/surnames.js";
import { TRAILING_TITLES } from "../../extract/lexicon/titles.js";
import { neighbourOverlap, quote } from "./name-parts.js";
import type { Finding, SuggestionEntity, TypeIndex } from "./types.js";

/** Titles after a surname or name, longest first; 公 and 老 are the honorifics of elders (邓公, 徐老), 总 of bosses. */
const TITLES = [...TRAILING_TITLES, "公", "老", "总"].sort((a, b) => b.length - a.length);

/** Same-surname candidates ranked for one honorific at most, and how many of the best are suggested. */
const CANDIDATE_CAP = 200;
const BEST = 3;

/** How an honorific form names its person. */
type Form =
  | { kind: "full"; title: string; person: SuggestionEntity }
  | { kind: "surname"; title: string; surname: string }
  | { kind: "given"; title: string; given: string };

/** How a person's name reads: as a title form, or undefined when it looks like a real name. */
function formOf(name: string, byName: ReadonlyMap<string, SuggestionEntity>): Form | undefined {
  // 老王 and 小王: a surname after 老 or 小.
  if ((name.startsWith("老") || name.startsWith("小")) && surnameLength(name.slice(1)) === name.length - 1) {
    return { kind: "surname", title: name.charAt(0), surname: name.slice(1) };
  }
  for (const title of TITLES) {
    if (!name.endsWith(title) || name.length <= title.length) continue;
    const rest = name.slice(0, -title.length);
    const person = rest.length >= 2 ? byName.get(rest) : undefined;
    if (person) return { kind: "full", title, person };
    if (surnameLength(name) === rest.length) return { kind: "surname", title, surname: rest };
    if (title === "同志" && rest.length === 2) return { kind: "given", title, given: rest };
  }
  return undefined;
}

/** Honorific findings among the people of the graph. */
export function findHonorifics(index: TypeIndex): Finding[] {
  if (index.type !== "Person") return [];
  const forms: Array<{ entity: SuggestionEntity; form: Form }> = [];
  const bySurname = new Map<string, SuggestionEntity[]>();
  const byGiven = new Map<string, SuggestionEntity[]>();
  for (const entity of index.entities) {
    const form = formOf(entity.name, index.byName);
    if (form) {
      forms.push({ entity, form });
      continue;
    }
    const length = surnameLength(entity.name);
    // Real names: a surname and a given name of one or two characters.
    if (length === 0 || entity.name.length < length + 1 || entity.name.length > length + 2) continue;
    push(bySurname, entity.name.slice(0, length), entity);
    push(byGiven, entity.name.slice(length), entity);
  }
  const findings: Finding[] = [];
  for (const { entity, form } of forms) {
    if (form.kind === "full") {
      findings.push(
        finding(
          entity,
          form.person,
          0.8,
          `${quote(entity.name)} is ${quote(form.person.name)} with the title ${form.title}`,
        ),
      );
      continue;
    }
    const candidates = (form.kind === "surname" ? bySurname.get(form.surname) : byGiven.get(form.given)) ?? [];
    const by = form.kind === "surname" ? `the surname ${form.surname}` : `the given name ${form.given}`;
    for (const { person, score, shared } of rank(entity, candidates, form.kind === "surname" ? 0.35 : 0.6)) {
      const support = shared > 0 ? `, sharing ${shared} neighbour${shared > 1 ? "s" : ""}` : "";
      const detail = `${quote(entity.name)} names a person by ${by} and ${form.title}, as ${quote(person.name)}${support}`;
      findings.push(finding(entity, person, score, detail));
    }
  }
  return findings;
}

function push(map: Map<string, SuggestionEntity[]>, key: string, entity: SuggestionEntity): void {
  const list = map.get(key) ?? [];
  list.push(entity);
  map.set(key, list);
}

/**
 * The best candidates for one honorific: the base score is shared among the candidates (one 周 in the graph is a
 * likelier match than one of ten), then shared neighbours and, a little, mentions set them apart.
 */
function rank(form: SuggestionEntity, candidates: readonly SuggestionEntity[], base: number) {
  const pool = [...candidates]
    .sort((x, y) => y.mentions - x.mentions || (x.key < y.key ? -1 : 1))
    .slice(0, CANDIDATE_CAP);
  const most = Math.max(1, ...pool.map((p) => p.mentions));
  return pool
    .map((person) => {
      const { shared } = neighbourOverlap(form, person);
      const smaller = Math.min(form.neighbours.length, person.neighbours.length);
      const overlap = smaller === 0 ? 0 : shared / smaller;
      const score = base / Math.sqrt(pool.length) + 0.45 * overlap + 0.1 * (person.mentions / most);
      return { person, score, shared };
    })
    .sort((x, y) => y.score - x.score || (x.person.key < y.person.key ? -1 : 1))
    .slice(0, BEST);
}

function finding(form: SuggestionEntity, person: SuggestionEntity, score: number, detail: string): Finding {
  return { a: form, b: person, reason: "honorific", detail, score, keep: { key: person.key, priority: 3 } };
}

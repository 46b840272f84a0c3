// When China's national congresses met: the year of each session of the National People's Congress and of each
// National Congress of the Communist Party. Historical fact, so a report that names its own session has a year.

/** The first six NPCs met irregularly: the year each session opened, per term. */
const EARLY_NPC_SESSIONS: ReadonlyArray<readonly number[]> = [
  [1954, 1955, 1956, 1957, 1958],
  [1959, 1960, 1962, 1963],
  [1964],
  [1975],
  [1978, 1979, 1980, 1981, 1982],
  [1983, 1984, 1985, 1986, 1987],
];
/** From the seventh NPC (1988) on, a term is five years with one session a year. */
const REGULAR_FROM_TERM = 7;
const REGULAR_FIRST_YEAR = 1988;
const SESSIONS_PER_TERM = 5;
/** Terms beyond this are too far ahead to date anything. */
const LAST_TERM = 20;

/** National Congresses of the Communist Party of China, first to twentieth: the year each opened. */
const CPC_CONGRESSES: readonly number[] = [1921, 1922, 1923, 1925, 1927, 1928, 1945, 1956, 1969, 1973, 1977, 1982, 1987, 1992, 1997, 2002, 2007, 2012, 2017, 2022];

/**
 * The year the `session`-th session of the `term`-th NPC opened; with no session, the year of a term that met only
 * once. Undefined when the term or session does not exist or the term had several sessions and none is named.
 */
export function npcSessionYear(term: number, session?: number): number | undefined {
  if (!Number.isInteger(term) || term < 1 || term > LAST_TERM) return undefined;
  if (term < REGULAR_FROM_TERM) {
    const sessions = EARLY_NPC_SESSIONS[term - 1] ?? [];
    if (session === undefined) return sessions.length === 1 ? sessions[0] : undefined;
    return sessions[session - 1];
  }
  if (session === undefined || session < 1 || session > SESSIONS_PER_TERM) return undefined;
  return REGULAR_FIRST_YEAR + SESSIONS_PER_TERM * (term - REGULAR_FROM_TERM) + session - 1;
}

/** The year the `number`-th National Congress of the CPC opened, for congresses already held. */
export function cpcCongressYear(number: number): number | undefined {
  return CPC_CONGRESSES[number - 1];
}

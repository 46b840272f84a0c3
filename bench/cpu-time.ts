// CPU time spent by another process (the local Neo4j), from Linux's /proc: how bench:load tells Neo4j's share of the
// machine from the server's. Elsewhere the figures are NaN and printed as such.

import { readFileSync } from "node:fs";

/** /proc counts CPU time in clock ticks of the kernel's USER_HZ, 100 on every Linux architecture Node runs on. */
const TICKS_PER_SECOND = 100;

/** CPU milliseconds the process `pid` has used, user and system, all its threads together; NaN when unreadable. */
export function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name, in parentheses, may hold spaces: the fields are counted after its closing one.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of stat(5), the 12th and 13th after the name.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

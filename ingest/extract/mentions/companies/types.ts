// Types shared by the company rules: candidates sorted by the evidence they still need.

import type { Candidate } from "../../extraction-types.js";

/**
 * Candidates by the evidence they need: sure ones stand alone; `talk` ones need a sentence about companies (a cue
 * outside the name, or a sure company); `local` ones (two-character ordinary words) need a cue right next to them.
 */
export interface Found {
  sure: Candidate[];
  talk: Candidate[];
  local: Candidate[];
}

// The registry of mention extractors, one per entity type; extraction runs each over every sentence.

import type { MentionExtractor } from "../extraction-types.js";
import { companyExtractor } from "./companies/extract-companies.js";
import { organizationExtractor } from "./organizations/extract-organizations.js";
import { personExtractor } from "./persons/extract-persons.js";
import { placeExtractor } from "./places/extract-places.js";
import { projectExtractor } from "./projects/extract-projects.js";
import { shortPartyExtractor } from "./extract-short-parties.js";
import { topicExtractor } from "./extract-topics.js";

/** Every extractor, in the order their candidates are proposed. */
export const MENTION_EXTRACTORS: readonly MentionExtractor[] = [
  organizationExtractor,
  companyExtractor,
  shortPartyExtractor,
  personExtractor,
  placeExtractor,
  projectExtractor,
  topicExtractor,
];

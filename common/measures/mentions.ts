// Mentions: how often the documents name an entity, a value every node carries from the server.

import type { Measure } from "./measure.js";

export const mentions = { id: "mentions", overview: true, size: true } as const satisfies Measure;

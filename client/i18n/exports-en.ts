// The English text of the community legend and the image export (scale, legend drawn into the image); part of the message table.

import type { ExportsMessageKey } from "./exports-zh.js";

export const EN_EXPORTS_MESSAGES: Record<ExportsMessageKey, string> = {
  "legend.otherCommunities": "{count} other communities",
  "legend.communitiesTitle": "Communities",
  "legend.entityTypesTitle": "Entity types",
  "export.pngScale": "Image scale",
  "export.pngScaleOption": "{scale}×",
};

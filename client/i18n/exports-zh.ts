// The Chinese text of the community legend and the image export (scale, legend drawn into the image); part of the message table.

export const ZH_EXPORTS_MESSAGES = {
  "legend.otherCommunities": "其他 {count} 个社区",
  "legend.communitiesTitle": "社区",
  "legend.entityTypesTitle": "实体类型",
  "export.pngScale": "图片倍率",
  "export.pngScaleOption": "{scale}×",
} as const;

export type ExportsMessageKey = keyof typeof ZH_EXPORTS_MESSAGES;

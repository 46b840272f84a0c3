// The Chinese text of arranging by hand (pins, hidden nodes, the multi-selection, the layout choice); part of the message table.

export const ZH_ARRANGE_MESSAGES = {
  "arrange.title": "手动排布",
  "arrange.pin": "固定在此",
  "arrange.unpin": "取消固定",
  "arrange.pinnedHint": "已手动固定：重新布局时保持不动。",
  "arrange.hide": "隐藏",
  "arrange.pinned": "已固定：{count}",
  "arrange.unpinAll": "全部取消固定",
  "arrange.hidden": "已隐藏：{count}",
  "arrange.showAll": "全部显示",
  "arrange.chosen": "已选：{count}",
  "arrange.expandAll": "全部展开",
  "arrange.hideAll": "全部隐藏",
  "arrange.export": "导出所选",
  "arrange.exportFormat": "导出格式",
  "arrange.clear": "清除选择",
  "arrange.lasso": "套索",
  "arrange.lassoHint": "拖动圈选节点（或按住 Alt 拖动）；按住 Shift 单击可逐个加选",
  "layout.choice": "布局",
  "layout.forceAtlas2": "力导向（ForceAtlas2）",
  "layout.circular": "环形",
  "layout.noverlap": "消除重叠",
  "layout.apply": "应用布局",
} as const;

export type ArrangeMessageKey = keyof typeof ZH_ARRANGE_MESSAGES;

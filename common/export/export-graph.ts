// The graph as every file export sees it: entities and relations with the columns both the API and the explorer write.

/** How an entity is drawn, when the exporter knows it (the explorer does, the API has no layout). */
export interface ExportViz {
  x: number;
  y: number;
  size: number;
  /** `#rrggbb` or `#rgb`. */
  color: string;
}

export interface ExportNode {
  key: string;
  label: string;
  entityType: string;
  mentions: number;
  documents: number;
  /** The entity's community in the graph's one numbering, when known. */
  community?: number;
  viz?: ExportViz;
}

export interface ExportEdge {
  key: string;
  source: string;
  target: string;
  relation: string;
  weight: number;
  rule: string;
  stated: boolean;
  firstDate?: string;
  lastDate?: string;
}

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

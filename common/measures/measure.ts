// What a network measure is: where the explorer offers it, and how it is computed over the graph in view.

import type Graph from "graphology";

/** One value per node key (a community id for the community measure). */
export type MeasureValues = Record<string, number>;

export interface Measure<Id extends string = string> {
  id: Id;
  /** Ranks the overview's entities (the server computes it over the whole graph). */
  overview: boolean;
  /** Offered to size the nodes in view. */
  size: boolean;
  /**
   * Computes it over the graph in view, reduced to a simple undirected graph whose edges carry a summed `weight`
   * (in the analysis worker). Absent for a value every node already carries (its mentions).
   */
  compute?: (graph: Graph) => MeasureValues;
}

// Web worker that computes the analysis measures off the main thread, so betweenness on thousands of nodes never freezes the page.

import { computeMeasure, type AnalysisInput, type AnalysisMeasure, type AnalysisResult } from "./analysis.js";

export interface AnalysisRequest {
  id: number;
  measures: AnalysisMeasure[];
  input: AnalysisInput;
}

export type AnalysisValues = Partial<Record<AnalysisMeasure, AnalysisResult>>;
export type AnalysisResponse = { id: number; values: AnalysisValues } | { id: number; error: string };

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { id, measures, input } = event.data;
  try {
    const values: AnalysisValues = {};
    for (const measure of measures) values[measure] = computeMeasure(input, measure);
    self.postMessage({ id, values } satisfies AnalysisResponse);
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies AnalysisResponse);
  }
};

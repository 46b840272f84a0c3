// Types for graphology-gexf's writer module, imported on its own so the page does not load the GEXF parser.

declare module "graphology-gexf/common/writer.js" {
  export { write as default } from "graphology-gexf/browser";
}

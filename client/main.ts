// Entry of the explorer page: load the graph, draw it, report what is shown.

import { ENTITY_STYLES } from "./entity-style.js";
import { createGraphView } from "./graph-view.js";
import { loadEntityGraph } from "./load-graph.js";

const status = document.getElementById("status") as HTMLElement;
const container = document.getElementById("graph") as HTMLElement;
const legend = document.getElementById("legend") as HTMLElement;

for (const style of Object.values(ENTITY_STYLES)) {
  const item = document.createElement("li");
  item.innerHTML = `<i style="background:${style.color}"></i>`;
  item.append(`${style.label.zh} ${style.label.en}`);
  legend.append(item);
}

async function start(): Promise<void> {
  const graph = await loadEntityGraph();
  const { totalEntities, truncated } = graph.getAttributes();
  const view = createGraphView(container, graph, () => {
    document.body.dataset.renderedNodes = String(graph.order);
  });
  status.textContent =
    `${graph.order} 个实体 entities · ${graph.size} 条关系 relations` + (truncated ? ` (前 top ${graph.order} / ${totalEntities})` : "");
  window.addEventListener("pagehide", () => view.cleanup(), { once: true });
}

start().catch((error: unknown) => {
  status.textContent = `无法加载图谱 Cannot load the graph: ${error instanceof Error ? error.message : String(error)}`;
  status.classList.add("error");
});

// Views shaped from one version of the graph, kept for as long as the graph keeps it: each shaped once however many
// requests ask for it at the same time, the least recently asked for let go past a bound on their number or size.

/** A bound on what a cache keeps: this many views at most, and their sizes summed at most `maxSize`. */
export interface ViewCacheBounds<V> {
  maxViews: number;
  maxSize?: number;
  /** A view's size in the unit of `maxSize` (1 for each view when omitted). */
  sizeOf?: (view: V) => number;
}

export interface ViewCache<V> {
  /** The view kept under `key`, or being shaped, else the one `shape` makes (kept unless it fails). */
  get(key: string, shape: () => Promise<V>): Promise<V>;
}

interface Kept<V> {
  view: Promise<V>;
  /** Known once shaped; a view still being shaped counts for nothing. */
  size: number;
}

/** A cache of views under the given bounds; a view larger than `maxSize` alone is handed out but not kept. */
export function createViewCache<V>({
  maxViews,
  maxSize = Infinity,
  sizeOf = () => 1,
}: ViewCacheBounds<V>): ViewCache<V> {
  // A Map iterates in insertion order: re-inserting a view on each use keeps the least recently used first.
  const kept = new Map<string, Kept<V>>();
  const totalSize = () => [...kept.values()].reduce((sum, entry) => sum + entry.size, 0);
  const letGoOldest = (spare: Kept<V>) => {
    for (const [key, entry] of kept) {
      if (kept.size <= maxViews && totalSize() <= maxSize) return;
      if (entry !== spare) kept.delete(key);
    }
  };
  return {
    get(key, shape) {
      const known = kept.get(key);
      if (known) {
        kept.delete(key);
        kept.set(key, known);
        return known.view;
      }
      const entry: Kept<V> = { view: shape(), size: 0 };
      kept.set(key, entry);
      letGoOldest(entry);
      entry.view.then(
        (view) => {
          if (kept.get(key) !== entry) return;
          entry.size = sizeOf(view);
          if (entry.size > maxSize) kept.delete(key);
          else letGoOldest(entry);
        },
        () => {
          if (kept.get(key) === entry) kept.delete(key);
        },
      );
      return entry.view;
    },
  };
}

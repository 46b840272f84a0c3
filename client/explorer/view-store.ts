// A tiny store for the explorer's view state: one object, changed only by patches, and subscribers told after each change.

/** Called after a change with the new state and the one before it. */
export type StoreListener<S> = (state: Readonly<S>, previous: Readonly<S>) => void;

export interface ViewStore<S extends object> {
  get(): Readonly<S>;
  /** Merges a patch into the state; subscribers run when a value changed (compared with Object.is). */
  update(patch: Partial<S>): void;
  /** Adds a listener; the returned function removes it. */
  subscribe(listener: StoreListener<S>): () => void;
}

/** A store over an initial state. */
export function createViewStore<S extends object>(initial: S): ViewStore<S> {
  let state: Readonly<S> = initial;
  const listeners = new Set<StoreListener<S>>();
  return {
    get: () => state,
    update(patch) {
      const keys = Object.keys(patch) as Array<keyof S>;
      if (!keys.some((key) => !Object.is(patch[key], state[key]))) return;
      const previous = state;
      const next: Readonly<S> = { ...state, ...patch };
      state = next;
      for (const listener of [...listeners]) listener(next, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** Whether any of these keys holds another value than before. */
export function changed<S extends object>(state: Readonly<S>, previous: Readonly<S>, ...keys: Array<keyof S>): boolean {
  return keys.some((key) => !Object.is(state[key], previous[key]));
}

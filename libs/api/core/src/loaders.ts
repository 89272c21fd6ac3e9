import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders, created lazily by name. A list field resolves its relation through one of these, so a
 * query runs one SQL statement per relation, however many items it returns.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();
  private readonly sets = new Map<string, unknown>();

  /** A feature's set of loaders, built on first use and then reused for every field of the request. */
  once<T>(name: string, build: () => T): T {
    let set = this.sets.get(name) as T | undefined;
    if (set === undefined) {
      set = build();
      this.sets.set(name, set);
    }
    return set;
  }

  get<V>(name: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.loaders.get(name) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(batch, { maxBatchSize: 5000 });
      this.loaders.set(name, loader as DataLoader<string, unknown>);
    }
    return loader;
  }
}

/** Orders rows to match the keys, one row (or null) per key. */
export function byKey<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): (T | null)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? null);
}

/** Groups rows by key, an array (maybe empty) per key. */
export function groupByKey<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return keys.map((key) => map.get(key) ?? []);
}

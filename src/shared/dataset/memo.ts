/**
 * One answer per object, kept as long as the object lives: the dataset layer's answers are derived from
 * immutable objects (a dataset, a filtered list, a statement's pledges), so the object is the whole cache key.
 */
export interface PerObject<K extends object, T> {
  (key: K): T;
  /** Sets the answer for `key` when it was worked out elsewhere (by the dataset worker, say). */
  prime(key: K, value: T): void;
}

export function perObject<K extends object, T>(compute: (key: K) => T): PerObject<K, T> {
  const cache = new WeakMap<K, T>();
  const lookup = (key: K): T => {
    if (cache.has(key)) return cache.get(key) as T;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
  return Object.assign(lookup, { prime: (key: K, value: T) => void cache.set(key, value) });
}

import DataLoader from 'dataloader';

/**
 * A DataLoader that can also say, without a promise, what it has already loaded or been primed
 * with: `known` is undefined until then, and again after `clear`. Guards use it to let a field
 * through synchronously once the request knows the viewer's role.
 */
export class KnownValuesLoader<K, V> extends DataLoader<K, V> {
  private readonly values: Map<K, V>;

  constructor(batch: (keys: readonly K[]) => Promise<readonly V[]>) {
    const values = new Map<K, V>();
    super(async (keys) => {
      const found = await batch(keys);
      keys.forEach((key, i) => values.set(key, found[i]!));
      return found;
    });
    this.values = values;
  }

  known(key: K): V | undefined {
    return this.values.get(key);
  }

  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    if (!this.values.has(key) && !(value instanceof Error) && !isPromiseLike(value))
      this.values.set(key, value);
    return super.prime(key, value);
  }

  override clear(key: K): this {
    this.values.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.values.clear();
    return super.clearAll();
  }
}

function isPromiseLike<V>(value: V | PromiseLike<V>): value is PromiseLike<V> {
  return typeof (value as PromiseLike<V> | null)?.then === 'function';
}

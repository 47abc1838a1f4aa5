import type { Store } from '../store/types';

/**
 * The store with every asynchronous method timed (`observe(method, seconds)`), whichever backend it is.
 * A proxy rather than a wrapper per method, so a method added to the Store interface is timed too.
 */
export function timedStore(store: Store, observe: (method: string, seconds: number) => void): Store {
  const wrapped = new Map<PropertyKey, unknown>();
  return new Proxy(store, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function' || typeof key !== 'string') return value;
      const cached = wrapped.get(key);
      if (cached) return cached;
      const fn = (...args: unknown[]) => {
        const start = performance.now();
        const result: unknown = value.apply(target, args);
        if (!(result instanceof Promise)) return result;
        return result.finally(() => observe(key, (performance.now() - start) / 1000));
      };
      wrapped.set(key, fn);
      return fn;
    },
  });
}

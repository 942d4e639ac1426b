type Key = string | number | bigint | boolean | Date;

/** The one comparator of the suite: ascending by `key` (the value itself by default), numbers as numbers. */
export function ascending<T>(key: (item: T) => Key = (item) => item as Key): (a: T, b: T) => number {
  return (a, b) => {
    const [ka, kb] = [key(a), key(b)];
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
}

/** A sorted copy, so the list under test is never reordered in place. */
export function sorted<T>(items: Iterable<T>, key?: (item: T) => Key): T[] {
  return [...items].sort(ascending(key));
}

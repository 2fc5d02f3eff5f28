// One value per object (per open database, per app), made on first use and dropped with the object.
// Tests open many databases and apps in one process, so module-level singletons would mix them up.

/** `create(key)` once per key; later calls with the same key give the same value. */
export function oncePer<K extends object, V>(create: (key: K) => V): (key: K) => V {
  const values = new WeakMap<K, V>();
  return (key) => {
    if (values.has(key)) return values.get(key) as V;
    const value = create(key);
    values.set(key, value);
    return value;
  };
}

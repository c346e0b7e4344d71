/** Freezes a value and everything in it (what is frozen already is taken as frozen all the way down). */
export function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  // The members Object.values would list, without building that array.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) deepFreeze(value[i]);
    return;
  }
  for (const key in value) if (Object.hasOwn(value, key)) deepFreeze(Reflect.get(value, key));
}

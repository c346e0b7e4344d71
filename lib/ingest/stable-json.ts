/**
 * JSON helpers that make output deterministic: the same value always
 * serialises to the same text, whatever order its keys were built in.
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A plain-JSON copy of a value: dates become ISO dates, non-finite numbers strings, undefined keys vanish. */
export function toJsonValue(value: unknown): JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (value instanceof Date) return isoDate(value);
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (typeof value === 'object') {
    const out: { [key: string]: JsonValue } = {};
    for (const key of Object.keys(value).sort()) {
      const v: unknown = Reflect.get(value, key);
      if (v !== undefined) out[key] = toJsonValue(v);
    }
    return out;
  }
  return String(value);
}

/** A date as "YYYY-MM-DD" when it has no time of day, else a full ISO string. */
export function isoDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** JSON text with object keys sorted, for comparing values and for byte-stable files. */
export function stableStringify(value: unknown, indent?: number): string {
  // Scalars have no keys to sort: the common case, serialised without building a copy first.
  if (typeof value === 'string' || typeof value === 'boolean' || value === null || (typeof value === 'number' && Number.isFinite(value))) {
    return JSON.stringify(value);
  }
  return JSON.stringify(toJsonValue(value), null, indent);
}

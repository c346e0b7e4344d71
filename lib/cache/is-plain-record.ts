/** An object that is neither null nor an array: a JSON object, or a module's exports. */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

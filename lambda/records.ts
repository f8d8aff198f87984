/** Request bodies, session attributes and service replies are untrusted JSON: is this an object? */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

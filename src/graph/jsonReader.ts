/**
 * Small helpers to read untrusted JSON while keeping the path for error messages
 * (`value[3].scheduleItems[2].end.dateTime: ...`).
 */
export class GraphInputError extends Error {
  constructor(
    readonly path: string,
    detail: string,
  ) {
    super(`${path}: ${detail}`);
    this.name = 'GraphInputError';
  }
}

export type JsonObject = Readonly<Record<string, unknown>>;

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function expectObject(value: unknown, path: string): JsonObject {
  if (!isObject(value)) throw new GraphInputError(path, `expected an object, got ${describe(value)}.`);
  return value;
}

export function expectArray(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new GraphInputError(path, `expected an array, got ${describe(value)}.`);
  return value;
}

export function expectString(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new GraphInputError(path, `expected a string, got ${describe(value)}.`);
  return value;
}

/**
 * A property by its Graph name, tolerating other letter case (`ScheduleItems`, `DateTime`) as Microsoft's
 * own docs print it. The exact spelling wins when both are present.
 */
export function field(object: JsonObject, name: string): unknown {
  if (name in object) return object[name];
  const lower = name.toLowerCase();
  for (const key of Object.keys(object)) {
    if (key.toLowerCase() === lower) return object[key];
  }
  return undefined;
}

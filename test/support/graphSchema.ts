/**
 * Graph's v1.0 schemas (test/fixtures/graph-openapi/openapi-v1.0-subset.json) as strict JSON Schema for
 * ajv, so a demo-tenant answer can be checked property by property: names, types, enums, nullability.
 *
 * The OpenAPI conversion Microsoft uses is lenient where a conformance check must not be:
 * - `additionalProperties: {type: object}` would let any unknown object-valued property through; here an
 *   object allows only its declared properties, plus OData annotations (`@odata.etag`, `prop@odata.type`).
 * - `anyOf: [{$ref: X}, {type: object, nullable: true}]` (a nullable complex property) would accept any
 *   object; here it is X or null.
 * - `allOf` inheritance is flattened into one closed object; `discriminator` becomes a dispatch on
 *   `@odata.type` to the derived type named there.
 * - Navigation properties (`x-ms-navigationProperty`) are left out unless the caller names them as
 *   expanded: Graph returns them only for `$expand`.
 * Placeholder schemas (`x-subset-stub`) accept any object. `innerError` stays open (its schema calls it
 * service-specific), and its `date` is checked as Graph prints it, without a zone (`2020-08-18T12:51:51`,
 * concepts/errors.md), which the CSDL's DateTimeOffset does not say.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

type Json = Record<string, unknown>;

const FILE = fileURLToPath(new URL('../fixtures/graph-openapi/openapi-v1.0-subset.json', import.meta.url));

export interface OpenApiSubset {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, Json> };
}

let loaded: OpenApiSubset | undefined;
export function openApiSubset(): OpenApiSubset {
  loaded ??= JSON.parse(readFileSync(FILE, 'utf8')) as OpenApiSubset;
  return loaded;
}

const ANNOTATION = '@';
const refName = (ref: string): string => ref.replace('#/components/schemas/', '');

function isNullableObjectPlaceholder(s: Json): boolean {
  return s['type'] === 'object' && s['nullable'] === true && Object.keys(s).every((k) => k === 'type' || k === 'nullable');
}

/** The schema's own part and its bases, for flattening `allOf`. */
function partsOf(schemas: Record<string, Json>, s: Json): Json[] {
  const all = s['allOf'] as Json[] | undefined;
  if (!all) return [s];
  return all.flatMap((part) => (typeof part['$ref'] === 'string' ? partsOf(schemas, schemas[refName(part['$ref'])]!) : partsOf(schemas, part)));
}

class Converter {
  readonly definitions: Record<string, Json> = {};

  constructor(
    private readonly schemas: Record<string, Json>,
    private readonly expanded: ReadonlySet<string>,
  ) {}

  /** `#/definitions/<name>`: the type with dispatch on `@odata.type` to derived types. */
  ref(name: string): Json {
    this.define(name);
    return { $ref: `#/definitions/${name}` };
  }

  private define(name: string): void {
    if (this.definitions[name] !== undefined) return;
    this.definitions[name] = {};
    this.definitions[`${name}.plain`] = {};
    const source = this.schemas[name];
    if (source === undefined) throw new Error(`The schema subset has no ${name}.`);
    const plain = this.plain(source, name);
    this.definitions[`${name}.plain`] = plain;
    const mapping = (source['discriminator'] as { mapping?: Record<string, string> } | undefined)?.mapping ?? {};
    let dispatch: Json = { $ref: `#/definitions/${name}.plain` };
    for (const [odataType, target] of Object.entries(mapping)) {
      const derived = refName(target);
      if (derived === name) continue;
      dispatch = { if: { type: 'object', required: ['@odata.type'], properties: { '@odata.type': { const: odataType } } }, then: this.ref(derived), else: dispatch };
    }
    this.definitions[name] = dispatch;
  }

  private plain(source: Json, name: string): Json {
    if (source['x-subset-stub']) return { type: 'object' };
    const parts = partsOf(this.schemas, source);
    const hasProperties = parts.some((p) => p['properties'] !== undefined);
    if (!hasProperties) return this.convert(source, name);
    const properties: Record<string, Json> = {};
    const required = new Set<string>();
    for (const part of parts) {
      for (const [prop, schema] of Object.entries((part['properties'] as Record<string, Json> | undefined) ?? {})) {
        if (schema['x-ms-navigationProperty'] && !this.expanded.has(prop)) continue;
        properties[prop] = this.convert(schema, `${name}.${prop}`);
      }
      for (const r of (part['required'] as string[] | undefined) ?? []) required.add(r);
    }
    // InnerError is "service-specific" by its own description (the 429 sample adds code, message, status).
    const open = name === 'microsoft.graph.ODataErrors.InnerError';
    return { type: 'object', properties, ...(required.size ? { required: [...required] } : {}), patternProperties: { [ANNOTATION]: {} }, additionalProperties: open };
  }

  convert(s: Json, where: string): Json {
    if (typeof s['$ref'] === 'string') return this.ref(refName(s['$ref']));
    if (where === 'microsoft.graph.ODataErrors.InnerError.date') return { type: ['string', 'null'], pattern: '^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d' };
    const union = (s['anyOf'] ?? s['oneOf']) as Json[] | undefined;
    if (union) return { anyOf: union.map((m) => (isNullableObjectPlaceholder(m) ? { type: 'null' } : this.convert(m, where))) };
    if (s['allOf'] || (s['properties'] && s['type'] === 'object')) return this.plain(s, where);
    const nullable = s['nullable'] === true;
    const out: Json = {};
    let type = s['type'] as string | undefined;
    if (type === 'number' && (s['format'] === 'int32' || s['format'] === 'int64' || s['format'] === 'int16' || s['format'] === 'uint8')) type = 'integer';
    if (type !== undefined) out['type'] = nullable ? [type, 'null'] : type;
    if (Array.isArray(s['enum'])) out['enum'] = nullable ? [...(s['enum'] as unknown[]), null] : s['enum'];
    if (typeof s['pattern'] === 'string') out['pattern'] = s['pattern'];
    for (const k of ['minimum', 'maximum'] as const) if (typeof s[k] === 'number') out[k] = s[k];
    if (s['items'] !== undefined) out['items'] = this.convert(s['items'] as Json, `${where}[]`);
    if (type === 'object' && s['properties'] === undefined && s['additionalProperties'] !== undefined) out['type'] = nullable ? ['object', 'null'] : 'object';
    return out;
  }
}

export interface SchemaProblem {
  readonly path: string;
  readonly problem: string;
}

export interface SchemaCheck {
  /** Problems found in `value` as the named Graph type (`microsoft.graph.event`), [] when it conforms. */
  problems(value: unknown): SchemaProblem[];
}

const cache = new Map<string, SchemaCheck>();

function explain(error: ErrorObject): SchemaProblem {
  const path = error.instancePath || '/';
  if (error.keyword === 'additionalProperties') return { path, problem: `property '${String(error.params['additionalProperty'])}' is not in Graph's v1.0 schema` };
  return { path, problem: `${error.message ?? error.keyword}${error.params['allowedValues'] ? ` (${JSON.stringify(error.params['allowedValues'])})` : ''}` };
}

/** A strict check for one component schema; `expanded` names navigation properties the request `$expand`ed. */
export function graphSchema(name: string, expanded: readonly string[] = []): SchemaCheck {
  const key = `${name}|${[...expanded].sort().join(',')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const converter = new Converter(openApiSubset().components.schemas, new Set(expanded));
  const root = converter.ref(name);
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate: ValidateFunction = ajv.compile({ ...root, definitions: converter.definitions });
  const check: SchemaCheck = {
    problems(value) {
      if (validate(value)) return [];
      // `if/then/else` and `anyOf` repeat the real problem in their own words; keep the specific ones.
      const errors = (validate.errors ?? []).filter((e) => !['if', 'anyOf'].includes(e.keyword));
      const seen = new Set<string>();
      return errors.map(explain).filter((p) => {
        const k = `${p.path} ${p.problem}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
    },
  };
  cache.set(key, check);
  return check;
}

/** The methods the subset allows on a Graph path template (`/users/{user-id}/events`), lower case. */
export function allowedMethods(pathTemplate: string): string[] | undefined {
  const path = openApiSubset().paths[pathTemplate];
  return path ? Object.keys(path).filter((k) => ['get', 'post', 'patch', 'put', 'delete'].includes(k)) : undefined;
}

/** The request body schema of an action (`/users/{user-id}/events/{event-id}/accept`), as a strict check. */
export function requestBodyProperties(pathTemplate: string, method: string): Record<string, unknown> | undefined {
  const op = openApiSubset().paths[pathTemplate]?.[method] as { requestBody?: { content?: Record<string, { schema?: Json }> } } | undefined;
  return op?.requestBody?.content?.['application/json']?.schema?.['properties'] as Record<string, unknown> | undefined;
}

/**
 * Alexa's own schemas for the skill manifest and the interaction model, taken from the Swagger 2
 * definitions that ship in ask-smapi-model (spec.json) and turned into JSON Schema for ajv.
 *
 * Swagger 2 is not JSON Schema, so three things are rewritten:
 * - `x-…` vendor keys are dropped (ajv's strict mode rejects unknown keywords);
 * - polymorphic types (Swagger's string `discriminator`, subtypes via `allOf` + `x-discriminator-value`)
 *   become ajv's `discriminator` over a `oneOf`, each subtype flattened into one object schema;
 * - objects with declared properties are closed (`additionalProperties: false`), as SMAPI rejects
 *   unknown properties: a misspelt key is a deploy failure, not something to ignore.
 */
import { readFileSync } from 'node:fs';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { v1 } from 'ask-smapi-model';

type Json = Record<string, unknown>;

const SCHEMA_ID = 'smapi';
const REF_PREFIX = '#/definitions/';

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function loadDefinitions(): Record<string, Json> {
  const spec: unknown = JSON.parse(readFileSync(require.resolve('ask-smapi-model/spec.json'), 'utf8'));
  if (!isJson(spec) || !isJson(spec.definitions))
    throw new Error('ask-smapi-model spec.json has no definitions');
  return spec.definitions as Record<string, Json>;
}

/** Drops vendor keys and closes every object schema that lists its properties. */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!isJson(node)) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('x-') || key === 'discriminator') continue;
    // `properties` and `definitions` hold names, not keywords: their keys are kept as they are.
    out[key] =
      key === 'properties' && isJson(value)
        ? Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, toJsonSchema(schema)]))
        : toJsonSchema(value);
  }
  if (out.type === 'object' && isJson(out.properties) && out.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  return out;
}

interface Subtype {
  name: string;
  value: string;
  /** The subtype's own parts of its `allOf`, the base reference removed. */
  own: Json[];
}

function subtypesOf(base: string, definitions: Record<string, Json>): Subtype[] {
  const baseRef = `${REF_PREFIX}${base}`;
  return Object.entries(definitions).flatMap(([name, definition]) => {
    const parts = Array.isArray(definition.allOf) ? definition.allOf.filter(isJson) : [];
    if (!parts.some((part) => part.$ref === baseRef)) return [];
    const value = definition['x-discriminator-value'];
    return [
      { name, value: typeof value === 'string' ? value : name, own: parts.filter((p) => p.$ref !== baseRef) },
    ];
  });
}

/** A subtype as one closed object: the base's properties and requirements plus its own. */
function flatten(base: Json, subtype: Subtype, field: string): Json {
  const parts = [base, ...subtype.own];
  const properties = Object.assign(
    {},
    ...parts.map((part) => (isJson(part.properties) ? part.properties : {})),
  );
  properties[field] = { const: subtype.value };
  const required = [...new Set(parts.flatMap((part) => (Array.isArray(part.required) ? part.required : [])))];
  return { type: 'object', required, properties };
}

/** The base becomes a dispatcher: the discriminator picks the subtype the object must match. */
function dispatcher(field: string, subtypes: readonly Subtype[]): Json {
  return {
    type: 'object',
    required: [field],
    properties: { [field]: { enum: subtypes.map((subtype) => subtype.value) } },
    discriminator: { propertyName: field },
    oneOf: subtypes.map((subtype) => ({ $ref: `${REF_PREFIX}${subtype.name}` })),
  };
}

function smapiDefinitions(): Record<string, unknown> {
  const swagger = loadDefinitions();
  const definitions: Record<string, unknown> = {};
  for (const [name, definition] of Object.entries(swagger)) definitions[name] = toJsonSchema(definition);
  for (const [base, definition] of Object.entries(swagger)) {
    const field = definition.discriminator;
    if (typeof field !== 'string') continue;
    const subtypes = subtypesOf(base, swagger);
    for (const subtype of subtypes) {
      definitions[subtype.name] = toJsonSchema(flatten(definition, subtype, field));
    }
    definitions[base] = dispatcher(field, subtypes);
  }
  return definitions;
}

/** Formats named in the spec; ajv ships none, and ajv-formats is not a dependency. */
const FORMATS: Record<string, (value: string) => boolean> = {
  uri: (value) => URL.canParse(value),
  'ISO 4217 format': (value) => /^[A-Z]{3}$/.test(value),
  'ISO_8601#Durations format': (value) =>
    /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/.test(value),
};

let ajv: Ajv | undefined;

function smapiAjv(): Ajv {
  if (ajv) return ajv;
  ajv = new Ajv({ allErrors: true, strict: true, discriminator: true });
  for (const [name, validate] of Object.entries(FORMATS)) ajv.addFormat(name, validate);
  ajv.addSchema({ $id: SCHEMA_ID, definitions: smapiDefinitions() });
  return ajv;
}

const MAX_LISTED = 6;

function listed(values: readonly unknown[]): string {
  const shown = values.slice(0, MAX_LISTED).map((value) => JSON.stringify(value));
  return values.length > MAX_LISTED ? `${shown.join(', ')} … (${values.length} in all)` : shown.join(', ');
}

/** One line per problem: where it is in the document, and what is wrong there. */
function describe(error: ErrorObject): string {
  const at = error.instancePath === '' ? '(root)' : error.instancePath;
  const { params } = error;
  if (error.keyword === 'additionalProperties')
    return `${at}: unknown property "${params.additionalProperty}"`;
  if (error.keyword === 'required') return `${at}: missing required property "${params.missingProperty}"`;
  if (error.keyword === 'enum') return `${at}: ${error.message}: ${listed(params.allowedValues)}`;
  return `${at}: ${error.message}`;
}

export class SmapiSchema<T> {
  private compiled: ValidateFunction<T> | undefined;

  constructor(readonly definition: string) {}

  private get validate(): ValidateFunction<T> {
    this.compiled ??= smapiAjv().getSchema<T>(`${SCHEMA_ID}${REF_PREFIX}${this.definition}`);
    if (!this.compiled) throw new Error(`ask-smapi-model has no definition ${this.definition}`);
    return this.compiled;
  }

  /** Readable problems, one per line; empty when the document is valid. */
  problems(document: unknown): string[] {
    if (this.validate(document)) return [];
    // A failed dispatch on a discriminator repeats what the `required` or `enum` error already says.
    const errors = (this.validate.errors ?? []).filter((error) => error.keyword !== 'discriminator');
    return [...new Set(errors.map(describe))];
  }

  /** The document, typed, or an error listing every problem with where it is. */
  parse(document: unknown, source: string): T {
    const problems = this.problems(document);
    if (problems.length > 0) {
      throw new Error(`${source} does not match ${this.definition}:\n  ${problems.join('\n  ')}`);
    }
    return document as T;
  }
}

export const MANIFEST_SCHEMA = new SmapiSchema<v1.skill.Manifest.SkillManifestEnvelope>(
  'v1.skill.Manifest.SkillManifestEnvelope',
);

export const INTERACTION_MODEL_SCHEMA = new SmapiSchema<v1.skill.interactionModel.InteractionModelData>(
  'v1.skill.interactionModel.InteractionModelData',
);

import type { FastifySerializerCompiler } from 'fastify/types/schema';
import fastJson from 'fast-json-stringify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

type JsonSchema = { [keyword: string]: unknown };

const isSchemaObject = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `anyOf: [X, null]` as `type: [X's type, 'null']`, which fast-json-stringify writes without trying each branch. */
const collapseNullable = (schema: JsonSchema): JsonSchema => {
  const { anyOf, ...rest } = schema;
  if (!Array.isArray(anyOf) || anyOf.length !== 2) return schema;
  const [first, second] = anyOf as unknown[];
  const isNull = (branch: unknown) => isSchemaObject(branch) && branch.type === 'null' && Object.keys(branch).length === 1;
  const other = isNull(second) ? first : isNull(first) ? second : null;
  if (!isSchemaObject(other) || typeof other.type !== 'string' || 'anyOf' in other) return schema;
  return { ...rest, ...other, type: [other.type, 'null'] };
};

/**
 * What fast-json-stringify needs: it writes only the listed properties whatever the object holds, so
 * `additionalProperties: false` adds nothing there, while it would make a union branch fail on an extra field that
 * zod simply left out (an office closure's id inside its opening status).
 */
const forSerialisation = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(forSerialisation);
  if (!isSchemaObject(node)) return node;
  const result: JsonSchema = {};
  for (const [keyword, value] of Object.entries(node)) {
    if (keyword === '$schema' || (keyword === 'additionalProperties' && value === false)) continue;
    result[keyword] = forSerialisation(value);
  }
  return collapseNullable(result);
};

/**
 * The response schema as JSON Schema, or null when it cannot be one (a transform, a custom check, a Buffer
 * download). Inlined, without the ids the OpenAPI document uses, in draft 7 (the dialect fast-json-stringify's Ajv reads).
 */
const jsonSchemaOf = (schema: z.ZodType): JsonSchema | null => {
  try {
    const jsonSchema = forSerialisation(z.toJSONSchema(schema, { io: 'output', target: 'draft-07', unrepresentable: 'throw', metadata: z.registry(), reused: 'inline' }));
    return isSchemaObject(jsonSchema) ? jsonSchema : null;
  } catch {
    return null;
  }
};

/**
 * Response serialisation compiled from the route's response schema, as Fastify does for JSON Schema: one generated
 * function writes exactly the listed properties, instead of zod re-validating and copying every answer before
 * JSON.stringify. Nothing unlisted leaves the server either way; schemas that JSON Schema cannot express keep zod's.
 */
export const serializerCompiler: FastifySerializerCompiler<z.ZodType> = (route) => {
  // Compiled on a route's first answer rather than at start: ~150 ms for every route is start-up time (decision 027).
  let serialise: ((data: unknown) => string) | undefined;
  const compile = (): ((data: unknown) => string) => {
    const jsonSchema = route.schema instanceof z.ZodType ? jsonSchemaOf(route.schema) : null;
    if (jsonSchema === null) return zodSerializerCompiler(route);
    const compiled: (data: unknown) => string = fastJson(jsonSchema);
    return compiled;
  };
  return (data) => (serialise ??= compile())(data);
};

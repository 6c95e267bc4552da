import fc from 'fast-check';
import { z } from 'zod';

/** The part of JSON Schema (draft 2020-12) that `z.toJSONSchema` writes for the contracts' request schemas. */
type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
};

export type SchemaArbitraryOptions = {
  /** Ids of real records, so uuid fields sometimes point at something that exists. */
  ids: readonly string[];
  /** Valid values the schema cannot say (a transform checks them), by property name: `insz`, `iban`, … */
  byName: Readonly<Record<string, fc.Arbitrary<unknown>>>;
};

/** What a hostile client sends: NUL bytes, lone surrogates, extreme integers, dates out of any range, wrong types. */
export const hostileValues: readonly unknown[] = [
  '\u0000',
  'Jan\u0000Peeters',
  '\ud800',
  'x\udfffy',
  '\udc00\ud800',
  'x'.repeat(10_001),
  `${'ë'.repeat(300)}\u0000`,
  '',
  ' ',
  '0001-01-01',
  '9999-12-31',
  '1899-12-31',
  '2200-01-01',
  '2026-02-30',
  '+202026-01-01',
  '0001-01-01T00:00:00Z',
  '9999-12-31T23:59:59+14:00',
  2 ** 31,
  2 ** 31 - 1,
  2 ** 53 - 1,
  -(2 ** 53 - 1),
  -(2 ** 31) - 1,
  -1,
  0,
  1.5,
  1e308,
  null,
  true,
  [],
  {},
  ['\u0000'],
  { '\u0000': '\ud800' },
];

const hostile = fc.constantFrom(...hostileValues);

const day = 86_400_000;
const dateRange = { min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T23:59:59Z'), noInvalidDate: true };
// Most dates near the test clock (2026) reach the rules; the rest probe the edges of the accepted range.
const nearNow = { min: new Date('2025-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true };

const civilDate = fc.oneof(
  { weight: 4, arbitrary: fc.date(nearNow).map((date) => date.toISOString().slice(0, 10)) },
  { weight: 1, arbitrary: fc.date(dateRange).map((date) => date.toISOString().slice(0, 10)) },
  { weight: 1, arbitrary: fc.constantFrom('1900-01-01', '2199-12-31', '2028-02-29') },
);

const instant = fc.oneof(
  { weight: 4, arbitrary: fc.date(nearNow).map((date) => new Date(Math.floor(date.getTime() / day) * day + 9 * 3_600_000).toISOString()) },
  { weight: 1, arbitrary: fc.date(dateRange).map((date) => date.toISOString()) },
);

// Any code point but NUL, as whole code points (no lone surrogates): what a person may type.
const text = (minLength: number, maxLength: number) =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .string({ unit: 'binary', minLength, maxLength: Math.max(minLength, Math.min(40, Math.floor(maxLength / 2))) })
        .filter((value) => !value.includes('\u0000')),
    },
    { weight: 1, arbitrary: fc.constant('ë'.repeat(Math.max(minLength, Math.min(maxLength, 10_000)))) },
  );

const integer = (schema: JsonSchema) => {
  const min = Math.max(schema.minimum ?? (schema.exclusiveMinimum === undefined ? Number.MIN_SAFE_INTEGER : schema.exclusiveMinimum + 1), Number.MIN_SAFE_INTEGER);
  const max = Math.min(schema.maximum ?? (schema.exclusiveMaximum === undefined ? Number.MAX_SAFE_INTEGER : schema.exclusiveMaximum - 1), Number.MAX_SAFE_INTEGER);
  return fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min, max: Math.min(max, min + 10) }) },
    { weight: 1, arbitrary: fc.integer({ min, max }) },
    { weight: 1, arbitrary: fc.constantFrom(min, max) },
  );
};

const stringOf = (schema: JsonSchema, options: SchemaArbitraryOptions): fc.Arbitrary<unknown> => {
  if (schema.format === 'date') return civilDate;
  if (schema.format === 'date-time') return instant;
  if (schema.format === 'uuid') return options.ids.length > 0 ? fc.oneof(fc.constantFrom(...options.ids), fc.uuid({ version: 4 })) : fc.uuid({ version: 4 });
  if (schema.format === 'email') return fc.constantFrom('jan.peeters@example.test', 'a+b@wijk.example.be', `${'x'.repeat(64)}@example.test`);
  if (schema.pattern !== undefined) return fc.stringMatching(new RegExp(schema.pattern));
  return text(schema.minLength ?? 0, schema.maxLength ?? 200);
};

type Mode = 'valid' | 'mixed';

const withHostile = (valid: fc.Arbitrary<unknown>, mode: Mode) =>
  mode === 'valid' ? valid : fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: hostile });

const build = (schema: JsonSchema, mode: Mode, name: string, root: JsonSchema, options: SchemaArbitraryOptions): fc.Arbitrary<unknown> => {
  if (schema.$ref !== undefined) {
    const target = root.$defs?.[schema.$ref.replace('#/$defs/', '')];
    if (!target) throw new Error(`unresolved ${schema.$ref}`);
    return build(target, mode, name, root, options);
  }
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((alternative) => build(alternative, mode, name, root, options)));
  if (schema.allOf) {
    const { allOf, ...own } = schema;
    return build(Object.assign({}, ...allOf, own) as JsonSchema, mode, name, root, options);
  }
  if (schema.type === 'object') {
    const properties = schema.properties ?? {};
    const model = Object.fromEntries(Object.entries(properties).map(([key, property]) => [key, build(property, mode, key, root, options)]));
    return fc.record(model, { requiredKeys: (schema.required ?? []).filter((key) => key in properties) });
  }
  if (schema.type === 'array') {
    if (schema.prefixItems) return fc.tuple(...schema.prefixItems.map((item) => build(item, mode, name, root, options)));
    const item = schema.items ? build(schema.items, mode, name, root, options) : fc.jsonValue();
    const minLength = schema.minItems ?? 0;
    return withHostile(fc.array(item, { minLength, maxLength: Math.max(minLength, Math.min(schema.maxItems ?? 3, 3)) }), mode);
  }
  const byName = options.byName[name];
  if (byName) return withHostile(byName, mode);
  if (schema.const !== undefined) return withHostile(fc.constant(schema.const), mode);
  if (schema.enum) return withHostile(fc.constantFrom(...schema.enum), mode);
  if (schema.type === 'string') return withHostile(stringOf(schema, options), mode);
  if (schema.type === 'integer') return withHostile(integer(schema), mode);
  if (schema.type === 'number') return withHostile(fc.double({ min: schema.minimum ?? -1e9, max: schema.maximum ?? 1e9, noNaN: true }), mode);
  if (schema.type === 'boolean') return withHostile(fc.boolean(), mode);
  if (schema.type === 'null') return withHostile(fc.constant(null), mode);
  return withHostile(fc.jsonValue(), mode);
};

/**
 * Request values derived from a zod schema (through its input JSON Schema): half of them accepted by the schema
 * (its refinements included), so they reach the handler with edge values; the other half with hostile leaves.
 */
export const requestArbitrary = (schema: z.ZodType, options: SchemaArbitraryOptions): fc.Arbitrary<unknown> => {
  const root = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const accepted = build(root, 'valid', '', root, options).filter((value) => schema.safeParse(value).success);
  return fc.oneof(accepted, build(root, 'mixed', '', root, options));
};

const uuid = '6f1c2d3e-4a5b-4c6d-8e7f-901234567890';
const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Raw (already percent-encoded) query values: NUL, a lone surrogate's bytes, broken escapes, extreme numbers and dates. */
const hostileQueryValues: readonly string[] = [
  '%00',
  'Jan%00',
  '%ED%A0%80',
  '%FF',
  '%',
  '%E2%82',
  'x'.repeat(5000),
  '0001-01-01',
  '9999-12-31',
  '2147483648',
  '9007199254740993',
  '-1',
  '1e400',
  'NaN',
  '',
];

/** Well-formed cursors (base64url JSON) whose sort keys have the wrong number or types of values. */
const hostileCursors: readonly string[] = [
  [1, 2],
  [null, null],
  ['a', 'b'],
  ['a', 'b', 'c'],
  ['2026-01-01T00:00:00.000Z', 'not-a-uuid'],
  ['not-a-date', uuid],
  ['+275760-09-13T00:00:00.000Z', uuid],
  ['\u0000', uuid],
  ['Peeters\u0000', 'Jan', uuid],
  ['\ud800', 'x', uuid],
  [{}, []],
  'text',
  {},
  [uuid, uuid, uuid],
].map(cursorOf);

/**
 * Query strings derived from a query schema: half of them accepted by the schema (a real cursor can be passed in
 * `byName.cursor`), the other half mixing in hostile raw values that `URLSearchParams` could not even write (such as
 * the bytes of a lone surrogate) and cursors carrying values of the wrong types.
 */
export const queryStringArbitrary = (schema: z.ZodType, options: SchemaArbitraryOptions): fc.Arbitrary<string> => {
  const root = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const parameters = (mode: Mode) =>
    fc
      .tuple(
        ...Object.entries(root.properties ?? {}).map(([key, property]) => {
          const valid = build(property, 'valid', key, root, options).map((value) => encodeURIComponent(String(value)));
          const hostile = fc.constantFrom(...(key === 'cursor' ? hostileCursors : hostileQueryValues));
          const value = mode === 'valid' ? valid : fc.oneof(valid, { weight: 2, arbitrary: hostile }, fc.base64String({ maxLength: 60 }));
          return fc.option(
            value.map((text): [string, string] => [key, text]),
            { nil: undefined },
          );
        }),
      )
      .map((pairs) => pairs.filter((pair) => pair !== undefined));
  const accepted = parameters('valid').filter((pairs) => schema.safeParse(Object.fromEntries(pairs.map(([key, text]) => [key, decodeURIComponent(text)]))).success);
  return fc.oneof(accepted, parameters('mixed')).map((pairs) => pairs.map(([key, text]) => `${key}=${text}`).join('&'));
};

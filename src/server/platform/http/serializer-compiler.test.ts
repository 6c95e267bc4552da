import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { serializerCompiler } from './serializer-compiler';

const compile = (schema: z.ZodType) => serializerCompiler({ schema, method: 'GET', url: '/api/test', httpStatus: '200' });

describe('compiled response serialisation', () => {
  const schema = z.object({
    id: z.string(),
    secret: z.string().optional(),
    owner: z.object({ name: z.string() }).nullable(),
    items: z.array(z.object({ label: z.string(), at: z.iso.date().nullable() })),
    status: z.discriminatedUnion('state', [
      z.object({ state: z.literal('open'), until: z.string() }),
      z.object({ state: z.literal('closed'), closure: z.object({ reason: z.string() }).nullable() }),
    ]),
    details: z.record(z.string(), z.unknown()).optional(),
  });
  const serialise = compile(schema);

  it('writes only the listed fields, at every depth and in every union branch', () => {
    const written = serialise({
      id: 'a',
      insz: '90051710153',
      owner: { name: 'An', iban: 'BE71096123456769' },
      items: [{ label: 'x', at: null, hidden: true }],
      status: { state: 'closed', closure: { id: 'c1', reason: 'Kerstmis' } },
      details: { rule: 'R5' },
    });
    expect(JSON.parse(written)).toEqual({
      id: 'a',
      owner: { name: 'An' },
      items: [{ label: 'x', at: null }],
      status: { state: 'closed', closure: { reason: 'Kerstmis' } },
      details: { rule: 'R5' },
    });
    expect(written).not.toMatch(/insz|iban|hidden|c1/);
  });

  it('writes the same JSON as zod for valid answers (optional fields absent or present, nulls kept)', () => {
    const answers = [
      { id: 'a', owner: null, items: [], status: { state: 'open', until: '12:00' } },
      { id: 'b', secret: 's', owner: { name: 'Bram' }, items: [{ label: 'y', at: '2026-11-24' }], status: { state: 'closed', closure: null } },
    ];
    for (const answer of answers) expect(JSON.parse(serialise(answer))).toEqual(schema.parse(answer));
  });

  it('refuses an answer without a required field, so the error handler answers 500 rather than half a record', () => {
    expect(() => serialise({ owner: null, items: [], status: { state: 'open', until: '12:00' } })).toThrow();
  });

  it('keeps zod for what JSON Schema cannot express', () => {
    const custom = compile(z.object({ code: z.custom<string>((value) => typeof value === 'string' && value.startsWith('R')) }));
    expect(JSON.parse(custom({ code: 'R5', extra: 1 }))).toEqual({ code: 'R5' });
    expect(() => custom({ code: 'X' })).toThrow();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { idSchema, textSchema } from './common';
import { cursorSchema, encodeCursor, listQuerySchema } from './pagination';

const key = z.tuple([textSchema, textSchema, idSchema]);
const cursor = cursorSchema(key);
const base64UrlOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('cursors: decoded and type-checked at the contract', () => {
  it('a cursor the server encoded decodes to the same sort key, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }).filter((text) => !text.includes('\u0000')),
        fc.string({ unit: 'binary', maxLength: 40 }).filter((text) => !text.includes('\u0000')),
        fc.uuid({ version: 4 }),
        (lastName, firstName, id) => {
          expect(cursor.parse(encodeCursor([lastName, firstName, id]))).toEqual([lastName, firstName, id]);
        },
      ),
    );
  });

  it('encodes as Node does (base64url without padding), so cursors handed out before stay valid', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 3 }), (values) => encodeCursor(values) === base64UrlOf(values)));
  });

  it.each([
    ['wrong types', base64UrlOf([1, 2, 3])],
    ['too few values', base64UrlOf(['Claeys', 'Jan'])],
    ['not a uuid', base64UrlOf(['Claeys', 'Jan', 'x'])],
    ['a NUL in a value', base64UrlOf(['Claeys\u0000', 'Jan', '00000000-0000-4000-8000-000000000000'])],
    ['not JSON', Buffer.from('{').toString('base64url')],
    ['not UTF-8', Buffer.from([0xff, 0xfe]).toString('base64url')],
    ['not base64url', 'a+b/c='],
    ['too long', 'a'.repeat(501)],
  ])('refuses a cursor with %s', (_reason, text) => {
    expect(cursor.safeParse(text).success).toBe(false);
  });

  it('q is text without NUL; limit is bounded', () => {
    const query = listQuerySchema(key);
    expect(query.safeParse({ q: 'Jan\u0000' }).success).toBe(false);
    expect(query.parse({ q: ' Jan ', limit: '20' })).toEqual({ q: 'Jan', limit: 20 });
    expect(query.safeParse({ limit: '201' }).success).toBe(false);
  });
});

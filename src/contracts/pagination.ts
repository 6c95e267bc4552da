import { z } from 'zod';
import { textSchema } from './common';

// base64url of UTF-8 with btoa/atob and TextEncoder, so the contract runs in the browser as well as on the server.
const toBase64Url = (text: string): string =>
  btoa(Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join(''))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');

const fromBase64Url = (text: string): string =>
  new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(atob(text.replaceAll('-', '+').replaceAll('_', '/')), (char) => char.charCodeAt(0)));

/** Keyset pagination: the cursor is the sort key of the last row seen, opaque to clients. */
export const encodeCursor = (key: readonly string[]): string => toBase64Url(JSON.stringify(key));

/**
 * The cursor a list hands out, decoded and checked against the list's sort-key types here, so a forged or stale
 * cursor is a 400 and never reaches SQL with a value of the wrong type.
 */
export const cursorSchema = <Key extends z.ZodTuple>(key: Key) =>
  z
    .string()
    .max(500)
    .regex(/^[A-Za-z0-9_-]*$/, 'Not a cursor')
    .transform((text, context): z.output<Key> => {
      const decoded = (() => {
        try {
          return key.safeParse(JSON.parse(fromBase64Url(text)));
        } catch {
          return null;
        }
      })();
      if (decoded?.success) return decoded.data;
      context.addIssue({ code: 'custom', message: 'The cursor is not valid' });
      return z.NEVER;
    });

/** `?q=&limit=&cursor=`: the one list convention of the API; `cursorKey` lists the types of the list's sort key. */
export const listQuerySchema = <Key extends z.ZodTuple>(cursorKey: Key) =>
  z
    .object({
      q: textSchema.trim().max(100).optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
      cursor: cursorSchema(cursorKey).optional(),
    })
    .strict();

export const pageSchema = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

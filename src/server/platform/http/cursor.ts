import { z } from 'zod';
import { AppError } from './app-error';

/** Keyset pagination: the cursor is the sort key of the last row seen, opaque to clients. */
export const encodeCursor = (key: readonly string[]): string => Buffer.from(JSON.stringify(key)).toString('base64url');

export const decodeCursor = (cursor: string | undefined, length: number): string[] | null => {
  if (cursor === undefined) return null;
  try {
    return z.array(z.string()).length(length).parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new AppError('validation', 'VALIDATION_FAILED', 'The cursor is not valid', { issues: [{ path: 'querystring.cursor', message: 'invalid' }] });
  }
};

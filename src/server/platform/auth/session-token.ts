import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, well above ASVS's 128-bit floor. */
export const createSessionToken = (): string => randomBytes(32).toString('base64url');

export const hashSessionToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export const createCsrfToken = (): string => randomBytes(32).toString('base64url');

export const sessionCookieName = (isSecureTransport: boolean): string => (isSecureTransport ? '__Host-wijkwerk-session' : 'wijkwerk-session');

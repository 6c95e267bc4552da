import { Secret, TOTP } from 'otpauth';

const periodSeconds = 30;

/** A new 160-bit TOTP secret, base32 as authenticator apps expect it. */
export const createTotpSecret = (): string => new Secret({ size: 20 }).base32;

/** The `otpauth://` URI an authenticator app reads from the QR code. */
export const totpUri = (secret: string, accountEmail: string, issuer: string): string =>
  new TOTP({ issuer, label: accountEmail, secret: Secret.fromBase32(secret), period: periodSeconds }).toString();

/**
 * The 30-second step a code belongs to, or null when it is wrong. One step of clock drift either way is allowed;
 * the caller refuses a step it accepted before, so a code works once.
 */
export const matchTotpStep = (secret: string, code: string, now: Date): number | null => {
  const delta = TOTP.validate({ token: code, secret: Secret.fromBase32(secret), period: periodSeconds, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : Math.floor(now.getTime() / 1000 / periodSeconds) + delta;
};

/** The code an authenticator shows at `now` (used by tests and the e2e journeys). */
export const totpCodeAt = (secret: string, now: Date): string => TOTP.generate({ secret: Secret.fromBase32(secret), period: periodSeconds, timestamp: now.getTime() });

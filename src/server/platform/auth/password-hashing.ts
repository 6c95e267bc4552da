import { hash, verify } from '@node-rs/argon2';

// OWASP Password Storage Cheat Sheet minimum for argon2id: m = 19 MiB, t = 2, p = 1.
const argon2idOptions = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, argon2idOptions);

export const verifyPassword = (passwordHash: string, password: string): Promise<boolean> => verify(passwordHash, password, argon2idOptions);

let dummyHash: Promise<string> | undefined;

/** Verifies against a throwaway hash so an unknown account costs as much time as a wrong password. */
export const spendVerificationTime = async (password: string): Promise<void> => {
  dummyHash ??= hashPassword('wijkwerk-timing-equaliser');
  await verify(await dummyHash, password, argon2idOptions);
};

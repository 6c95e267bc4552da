import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount, buildOrganiser } from '../../testing/factories';
import { createTestDatabase } from '../../testing/test-database';
import type { DatabaseHandle } from '../db/database';
import { AppError } from '../http/app-error';
import { consumeOneTimeLink, findOneTimeLink, issueOneTimeLink } from './one-time-links';
import { oneTimeLinks } from './schema';

const now = new Date('2026-11-24T09:00:00Z');
const context = { requestId: 'test', ip: '127.0.0.1', now };
const codeOf = (result: unknown) => (result instanceof AppError ? result.code : 'LINK');

describe('one-time links (platform/auth)', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  const issue = async (validForMinutes = 60) => {
    const organiser = await buildOrganiser(database.db);
    const account = await buildAccount(database.db, organiser.id, 'coordinator');
    const input = { purpose: 'invitation' as const, organiserId: organiser.id, recipient: { accountId: account.id }, validForMinutes };
    const issued = await database.db.transaction((tx) => issueOneTimeLink(tx, context, input));
    return { ...issued, input, accountId: account.id };
  };

  const consume = (token: string, at = now, purpose: 'invitation' | 'password_reset' = 'invitation') =>
    database.db.transaction((tx) => consumeOneTimeLink(tx, { purpose, token, now: at }));

  it('gives a 43-character token once and stores only its SHA-256', async () => {
    const { token, expiresAt, accountId } = await issue();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(expiresAt).toEqual(new Date(now.getTime() + 3_600_000));
    const rows = await database.db.select().from(oneTimeLinks).where(eq(oneTimeLinks.accountId, accountId));
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0]?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('works once: the second use is LINK_USED; finding it first does not use it', async () => {
    const { token, accountId } = await issue();
    const found = await database.db.transaction((tx) => findOneTimeLink(tx, { purpose: 'invitation', token, now }));
    expect(found).toMatchObject({ accountId, purpose: 'invitation' });
    expect(await consume(token)).toMatchObject({ accountId });
    expect(codeOf(await consume(token))).toBe('LINK_USED');
    expect(codeOf(await database.db.transaction((tx) => findOneTimeLink(tx, { purpose: 'invitation', token, now })))).toBe('LINK_USED');
  });

  it('expires at its deadline (LINK_EXPIRED); a changed character or another purpose is LINK_INVALID', async () => {
    const { token, expiresAt } = await issue(5);
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect(codeOf(await consume(tampered))).toBe('LINK_INVALID');
    expect(codeOf(await consume(token, now, 'password_reset'))).toBe('LINK_INVALID');
    expect(codeOf(await consume(token, expiresAt))).toBe('LINK_EXPIRED');
    expect(await consume(token, new Date(expiresAt.getTime() - 1))).toMatchObject({ purpose: 'invitation' });
  });

  it('a new link for the same recipient and purpose replaces the unused one', async () => {
    const first = await issue();
    const second = await database.db.transaction((tx) => issueOneTimeLink(tx, context, first.input));
    expect(codeOf(await consume(first.token))).toBe('LINK_INVALID');
    expect(await consume(second.token)).toMatchObject({ accountId: first.accountId });
  });

  it('a use that rolls back leaves the link usable', async () => {
    const { token } = await issue();
    await expect(
      database.db.transaction(async (tx) => {
        expect(await consumeOneTimeLink(tx, { purpose: 'invitation', token, now })).toMatchObject({ purpose: 'invitation' });
        throw new Error('the caller failed after using the link');
      }),
    ).rejects.toThrow('the caller failed');
    expect(await consume(token)).toMatchObject({ purpose: 'invitation' });
  });

  it.runIf(process.env.TEST_DATABASE_KIND === 'postgres')('two concurrent uses on PostgreSQL: exactly one gets the link', async () => {
    const { token } = await issue();
    let releaseFirst: () => void = () => undefined;
    const firstMayCommit = new Promise<void>((resolve) => {
      releaseFirst = resolve;
    });
    const first = database.db.transaction(async (tx) => {
      const result = await consumeOneTimeLink(tx, { purpose: 'invitation', token, now });
      await firstMayCommit;
      return result;
    });
    // The second UPDATE waits on the first's row lock; it is released only after the first commits.
    const second = database.db.transaction((tx) => consumeOneTimeLink(tx, { purpose: 'invitation', token, now }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    releaseFirst();
    const results = await Promise.all([first, second]);
    expect(results.map(codeOf).sort()).toEqual(['LINK', 'LINK_USED']);
  });
});

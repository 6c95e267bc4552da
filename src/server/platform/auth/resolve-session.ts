import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../db/database';
import { reusableStatement } from '../db/reusable-statement';
import type { Actor } from './actor';
import { accounts, memberships, sessions } from './schema';

type SessionLimits = { idleMinutes: number; now: Date };

// Writing last_seen_at on every request would turn each read into a write; a minute's precision is plenty.
const lastSeenPrecisionMs = 60_000;

// Every authenticated request runs this.
const sessionByToken = reusableStatement(
  () => 'session_by_token',
  (db) =>
    db
      .select({
        organiserId: sessions.organiserId,
        accountId: sessions.accountId,
        csrfToken: sessions.csrfToken,
        stage: sessions.stage,
        lastSeenAt: sessions.lastSeenAt,
        expiresAt: sessions.expiresAt,
        role: memberships.role,
        agency: memberships.agency,
      })
      .from(sessions)
      .innerJoin(memberships, and(eq(memberships.accountId, sessions.accountId), eq(memberships.organiserId, sessions.organiserId)))
      .innerJoin(accounts, and(eq(accounts.id, sessions.accountId), isNull(accounts.disabledAt)))
      .where(eq(sessions.tokenHash, sql.placeholder('tokenHash'))),
);

/** The actor behind a session token, or null when unknown, expired (idle or absolute), or the account is disabled. */
export const resolveSession = async (db: Database, tokenHash: string, { idleMinutes, now }: SessionLimits): Promise<Actor | null> => {
  const [row] = await sessionByToken(db).execute({ tokenHash });
  if (!row) return null;
  const idleDeadline = row.lastSeenAt.getTime() + idleMinutes * 60_000;
  if (now >= row.expiresAt || now.getTime() >= idleDeadline) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() >= lastSeenPrecisionMs) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
  }
  return {
    accountId: row.accountId,
    organiserId: row.organiserId,
    role: row.role,
    agency: row.agency,
    sessionTokenHash: tokenHash,
    sessionStage: row.stage,
    csrfToken: row.csrfToken,
  };
};

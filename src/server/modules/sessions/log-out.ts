import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit';
import { sessions } from '../../platform/auth/schema';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';

/** Deletes the session server-side, so the old cookie is worthless even if it was copied. */
export const logOut = async (tx: Transaction, context: RequestContext): Promise<void> => {
  await tx.delete(sessions).where(eq(sessions.tokenHash, context.actor.sessionTokenHash));
  await recordAudit(tx, context, { action: 'session.delete', entityType: 'account', entityId: context.actor.accountId });
};

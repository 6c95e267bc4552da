import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit';
import { sessions } from '../../platform/auth/schema';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { findAccount } from './account-repository';

/** Logs a member out everywhere in this organiser, e.g. after a lost phone. */
export const endAccountSessions = async (tx: Transaction, context: RequestContext, { accountId }: { accountId: string }): Promise<void> => {
  await findAccount(tx, context, { accountId });
  await tx.delete(sessions).where(and(eq(sessions.accountId, accountId), eq(sessions.organiserId, context.actor.organiserId)));
  await recordAudit(tx, context, { action: 'account.sessions.delete', entityType: 'account', entityId: accountId });
};

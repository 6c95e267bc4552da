import { eq } from 'drizzle-orm';
import type { MessagePreferences, UpdateMessagePreferencesRequest } from '../../../contracts/accounts';
import { recordAudit } from '../../platform/audit/record-audit';
import { accounts } from '../../platform/auth/schema';
import type { Transaction } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { messagePreferenceColumns } from './find-message-preferences';

/** The account holder chooses e-mail or SMS (with a phone) and whether they get the staff digest. */
export const updateMessagePreferences = async (tx: Transaction, context: RequestContext, input: UpdateMessagePreferencesRequest): Promise<MessagePreferences> => {
  const [row] = await tx
    .update(accounts)
    .set({ preferredChannel: input.channel, phone: input.phone, staffDigest: input.staffDigest })
    .where(eq(accounts.id, context.actor.accountId))
    .returning(messagePreferenceColumns);
  if (!row) throw notFound('Account');
  // The phone number is personal data: the trail says that it changed, not what it is.
  await recordAudit(tx, context, {
    action: 'account.messagePreferences.update',
    entityType: 'account',
    entityId: context.actor.accountId,
    changedFields: { channel: input.channel, staffDigest: input.staffDigest, phone: input.phone === null ? 'removed' : 'set' },
  });
  return row;
};

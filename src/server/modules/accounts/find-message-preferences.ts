import { eq } from 'drizzle-orm';
import type { MessagePreferences } from '../../../contracts/accounts';
import { accounts } from '../../platform/auth/schema';
import type { Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';

/** What the own-account page shows and the update answers. */
export const messagePreferenceColumns = { channel: accounts.preferredChannel, phone: accounts.phone, staffDigest: accounts.staffDigest };

/** The account holder's own message settings (decision 036). */
export const findMessagePreferences = async (db: Executor, context: RequestContext): Promise<MessagePreferences> => {
  const [row] = await db.select(messagePreferenceColumns).from(accounts).where(eq(accounts.id, context.actor.accountId));
  if (!row) throw notFound('Account');
  return row;
};

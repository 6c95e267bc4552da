import { eq } from 'drizzle-orm';
import { accounts } from '../platform/auth/schema';
import type { Transaction } from '../platform/db/database';
import { queueMessage } from '../modules/messages/queue-message';
import { messages } from '../modules/messages/schema';

const hour = 60 * 60_000;

/**
 * Berichten with a history to try it on: an invitation that went out yesterday, and the counsellor's e-mail about a
 * declined referral that failed after every try (the demo's mail server was "down"), ready to be sent again.
 */
export const loadDemoMessages = async (tx: Transaction, organiserId: string, now: Date): Promise<void> => {
  const accountId = async (email: string) => {
    const [row] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, email));
    if (!row) throw new Error(`Demo account ${email} is missing`);
    return row.id;
  };
  const context = { requestId: 'demo', ip: '127.0.0.1', organiserId };
  const yesterday = new Date(now.getTime() - 24 * hour);
  const invitation = await queueMessage(
    tx,
    { ...context, now: yesterday },
    {
      recipient: { kind: 'account', accountId: await accountId('coach@westhoek.demo') },
      template: 'account-invitation',
      data: { name: 'Wout Lefevere', link: 'https://wijkwerk.demo/uitnodiging', expiresAt: new Date(yesterday.getTime() + 7 * 24 * hour) },
    },
  );
  await tx
    .update(messages)
    .set({ status: 'sent', attempts: 1, sentAt: new Date(yesterday.getTime() + 60_000) })
    .where(eq(messages.id, invitation.id));

  const decided = await queueMessage(
    tx,
    { ...context, now: new Date(now.getTime() - 3 * hour) },
    {
      recipient: { kind: 'account', accountId: await accountId('counsellor@westhoek.demo') },
      template: 'referral-decided',
      data: { candidateName: 'Bart Vandamme', referredOn: '2026-11-02', decision: 'declined', reason: 'Bart koos voor een opleiding bij de VDAB.' },
    },
  );
  await tx.update(messages).set({ status: 'failed', attempts: 8, lastError: 'E-mail not accepted: SMTP 451' }).where(eq(messages.id, decided.id));
};

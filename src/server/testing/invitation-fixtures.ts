import { and, desc, eq } from 'drizzle-orm';
import type { TemplateKey } from '../../contracts/messages';
import type { Database } from '../platform/db/database';
import { messages } from '../modules/messages/schema';

/** The newest message of a template to an address, as the outbox holds it. */
export const outboxMessage = async (db: Database, email: string, template: TemplateKey) => {
  const [row] = await db
    .select()
    .from(messages)
    .where(and(eq(messages.recipientEmail, email), eq(messages.template, template)))
    .orderBy(desc(messages.createdAt))
    .limit(1);
  return row;
};

/** The link of the newest message, and the token in its fragment. */
export const outboxLink = async (db: Database, email: string, template: TemplateKey): Promise<{ link: string; token: string }> => {
  const message = await outboxMessage(db, email, template);
  const link = message?.data.link;
  if (typeof link !== 'string') throw new Error(`no ${template} message to ${email}`);
  return { link, token: new URL(link).hash.slice(1) };
};

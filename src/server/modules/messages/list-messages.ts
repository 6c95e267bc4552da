import { and, desc, eq, ilike, or, sql } from 'drizzle-orm';
import type { ListMessagesQuery, MessageSummary } from '../../../contracts/messages';
import { encodeCursor } from '../../../contracts/pagination';
import type { Transaction } from '../../platform/db/database';
import { containsPattern } from '../../platform/db/like-pattern';
import type { RequestContext } from '../../platform/http/request-context';
import { presentSummary } from './message-repository';
import { messages } from './schema';

/** The outbox, newest first, filtered by status, channel and recipient (name, e-mail or phone). */
export const listMessages = async (
  tx: Transaction,
  context: RequestContext,
  query: ListMessagesQuery,
): Promise<{ items: MessageSummary[]; nextCursor: string | null }> => {
  const after = query.cursor;
  const pattern = query.q ? containsPattern(query.q) : undefined;
  const rows = await tx
    .select()
    .from(messages)
    .where(
      and(
        eq(messages.organiserId, context.actor.organiserId),
        query.status ? eq(messages.status, query.status) : undefined,
        query.channel ? eq(messages.channel, query.channel) : undefined,
        pattern ? or(ilike(messages.recipientName, pattern), ilike(messages.recipientEmail, pattern), ilike(messages.recipientPhone, pattern)) : undefined,
        after ? sql`(${messages.createdAt}, ${messages.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentSummary),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
  };
};

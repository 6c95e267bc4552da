import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { MessageLanguage, PrintListQuery } from '../../../contracts/messages';
import { addDays } from '../../../domain/time/civil-date-arithmetic';
import { parseCivilDate } from '../../../domain/time/civil-date';
import { instantOfCivilTime } from '../../../domain/time/instant-of-civil-time';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Transaction } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/request-context';
import { renderLettersPdf } from './render-letters-pdf';
import { renderMessage } from './render-message';
import { messages } from './schema';

const midnight = { hour: 0, minute: 0 };

const emptyText: Record<MessageLanguage, string> = { nl: 'Geen brieven voor deze dag.', fr: 'Pas de lettres pour ce jour.', en: 'No letters for this day.' };

/**
 * The print list of one Brussels day: every letter written that day, one PDF (decision 039). Letters still queued
 * become `printed`, with one audit row naming them; printing the day again gives the same letters, so a jammed
 * printer loses nothing.
 */
export const printLetters = async (tx: Transaction, context: RequestContext, { date }: PrintListQuery): Promise<Buffer> => {
  const day = parseCivilDate(date);
  const rows = await tx
    .select()
    .from(messages)
    .where(
      and(
        eq(messages.organiserId, context.actor.organiserId),
        eq(messages.channel, 'letter'),
        inArray(messages.status, ['queued', 'printed']),
        gte(messages.createdAt, new Date(instantOfCivilTime(day, midnight))),
        lt(messages.createdAt, new Date(instantOfCivilTime(addDays(day, 1), midnight))),
      ),
    )
    .orderBy(asc(messages.createdAt), asc(messages.id));
  const letters = rows.flatMap((row) => (row.recipientAddress ? [{ ...row, address: row.recipientAddress, rendered: renderMessage(row) }] : []));
  const newlyPrinted = rows.filter((row) => row.status === 'queued').map((row) => row.id);
  if (newlyPrinted.length > 0) {
    await tx
      .update(messages)
      .set({ status: 'printed', sentAt: context.now })
      .where(and(inArray(messages.id, newlyPrinted), eq(messages.status, 'queued')));
  }
  await recordAudit(tx, context, {
    action: 'messages.print',
    entityType: 'print-list',
    entityId: date,
    changedFields: { printed: newlyPrinted, letters: letters.length },
  });
  return renderLettersPdf(date, letters, emptyText.nl);
};

import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { MessageChannel, MessageLanguage, MessageStatus, TemplateKey } from '../../../contracts/messages';
import { accounts } from '../../platform/auth/schema';
import type { Transaction } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import type { AnonymousContext, RequestContext } from '../../platform/http/request-context';
import { organisers } from '../../platform/tenancy/schema';
import { offices } from '../offices/schema';
import { participants } from '../participants/schema';
import { chooseChannel } from './choose-channel';
import { enqueueDelivery } from './enqueue-delivery';
import type { PostalAddress, Sender } from './message-parts';
import { messageTemplates, type TemplateData } from './message-templates';
import { messages } from './schema';

/**
 * Who the message is for. An account or a participant record brings its own addresses, channel preference and
 * language; `contact` is someone with no record here (a counsellor named on a referral).
 */
export type MessageRecipient =
  | { kind: 'account'; accountId: string }
  | { kind: 'participant'; participantId: string }
  | { kind: 'contact'; name: string; email: string | null; phone: string | null; language: MessageLanguage };

/** A logged-in request, or a public one (password reset) that names the organiser the message is from. */
export type QueueContext = RequestContext | (AnonymousContext & { organiserId: string });

export type QueueMessageInput<Key extends TemplateKey> = { recipient: MessageRecipient; template: Key; data: TemplateData<Key> };

export type QueuedMessage = { id: string; channel: MessageChannel; status: MessageStatus };

type ResolvedRecipient = {
  accountId: string | null;
  participantId: string | null;
  name: string;
  email: string | null;
  phone: string | null;
  address: PostalAddress | null;
  preferred: Parameters<typeof chooseChannel>[0];
  language: MessageLanguage;
};

const messageLanguageOf = (language: string): MessageLanguage => {
  const base = language.slice(0, 2);
  return base === 'fr' || base === 'en' ? base : 'nl';
};

const officeColumns = { name: offices.name, street: offices.street, postcode: offices.postcode, city: offices.city, phone: offices.phone, email: offices.email };

/** The organiser and its first office, copied into the message so it names the contact valid when it was written. */
const senderQuery = (tx: Transaction, organiserId: string) =>
  tx
    .select({ organiserName: organisers.name, office: officeColumns })
    .from(organisers)
    .leftJoin(offices, eq(offices.organiserId, organisers.id))
    .where(eq(organisers.id, organiserId))
    .orderBy(asc(offices.createdAt), asc(offices.id))
    .limit(1);

type Addressed = { recipient: ResolvedRecipient; sender: Sender };

/** Recipient and sender in one statement: the sender's query with the recipient's record joined in. */
const resolveAddresses = async (tx: Transaction, organiserId: string, recipient: MessageRecipient): Promise<Addressed> => {
  if (recipient.kind === 'contact') {
    const [row] = await senderQuery(tx, organiserId);
    if (!row) throw notFound('Organiser');
    const { name, email, phone, language } = recipient;
    return { sender: row, recipient: { accountId: null, participantId: null, name, email, phone, address: null, preferred: 'email', language } };
  }
  if (recipient.kind === 'account') {
    const [row] = await tx
      .select({
        organiserName: organisers.name,
        office: officeColumns,
        account: { name: accounts.displayName, email: accounts.email, phone: accounts.phone, preferred: accounts.preferredChannel, locale: accounts.locale },
      })
      .from(organisers)
      .leftJoin(offices, eq(offices.organiserId, organisers.id))
      .leftJoin(accounts, eq(accounts.id, recipient.accountId))
      .where(eq(organisers.id, organiserId))
      .orderBy(asc(offices.createdAt), asc(offices.id))
      .limit(1);
    if (!row?.account) throw notFound('Account');
    const { locale, ...account } = row.account;
    return {
      sender: { organiserName: row.organiserName, office: row.office },
      recipient: { accountId: recipient.accountId, participantId: null, ...account, address: null, language: messageLanguageOf(locale) },
    };
  }
  const [row] = await tx
    .select({
      organiserName: organisers.name,
      office: officeColumns,
      participant: {
        firstName: participants.firstName,
        lastName: participants.lastName,
        email: participants.email,
        phone: participants.phone,
        street: participants.street,
        postcode: participants.postcode,
        city: participants.city,
        preferred: participants.preferredChannel,
        language: participants.preferredLanguage,
      },
    })
    .from(organisers)
    .leftJoin(offices, eq(offices.organiserId, organisers.id))
    .leftJoin(participants, and(eq(participants.id, recipient.participantId), eq(participants.organiserId, organisers.id)))
    .where(eq(organisers.id, organiserId))
    .orderBy(asc(offices.createdAt), asc(offices.id))
    .limit(1);
  const participant = row?.participant;
  if (!row || !participant) throw notFound('Participant');
  return {
    sender: { organiserName: row.organiserName, office: row.office },
    recipient: {
      accountId: null,
      participantId: recipient.participantId,
      name: `${participant.firstName} ${participant.lastName}`,
      email: participant.email,
      phone: participant.phone,
      address: { street: participant.street, postcode: participant.postcode, city: participant.city },
      preferred: participant.preferred,
      language: messageLanguageOf(participant.language),
    },
  };
};

/**
 * Puts a message in the outbox, in the transaction of the change that causes it: if that change rolls back, no
 * message exists; if it commits, the message is delivered later even after a crash (decision 035). The channel
 * follows the recipient's preference, falling back when that channel has no address (decision 036). The data is
 * checked against the template's schema here, so a wrong caller fails in its own tests.
 */
export const queueMessage = async <Key extends TemplateKey>(tx: Transaction, context: QueueContext, input: QueueMessageInput<Key>): Promise<QueuedMessage> => {
  const organiserId = 'actor' in context ? context.actor.organiserId : context.organiserId;
  const template = messageTemplates[input.template];
  const data: unknown = template.data.parse(input.data);
  const { recipient, sender } = await resolveAddresses(tx, organiserId, input.recipient);
  const reachable = { email: recipient.email !== null, sms: recipient.phone !== null, letter: recipient.address !== null };
  const chosen = chooseChannel(recipient.preferred, reachable, template.channels);
  const channel = chosen ?? template.channels[0] ?? 'email';
  const status: MessageStatus = chosen === null ? 'not_sent_no_address' : 'queued';
  const [row] = await tx
    .insert(messages)
    .values({
      organiserId,
      recipientAccountId: recipient.accountId,
      recipientParticipantId: recipient.participantId,
      recipientName: recipient.name,
      recipientEmail: recipient.email,
      recipientPhone: recipient.phone,
      recipientAddress: recipient.address,
      channel,
      language: recipient.language,
      template: input.template,
      // The parsed data, as JSON: Dates become ISO text, which the template's schema reads back.
      data: JSON.parse(JSON.stringify(data)) as Record<string, unknown>,
      sender,
      status,
      messageToken: randomUUID(),
      createdAt: context.now,
    })
    .returning({ id: messages.id });
  if (!row) throw new Error('The outbox row was not written');
  // A letter waits for the print list; a message nobody can receive waits for staff.
  if (status === 'queued' && channel !== 'letter') await enqueueDelivery(tx, organiserId, row.id);
  return { id: row.id, channel, status };
};

import { z } from 'zod';
import { civilDateSchema, idSchema } from './common';
import { listQuerySchema, pageSchema } from './pagination';
import type { Role } from './roles';

/** How a message travels: the people's contact preferences (phone included) come down to these three. */
export const messageChannels = ['email', 'sms', 'letter'] as const;
export const messageChannelSchema = z.enum(messageChannels);

/** The languages messages are written in; any other preferred language gets Dutch (decision 036). */
export const messageLanguages = ['nl', 'fr', 'en'] as const;
export const messageLanguageSchema = z.enum(messageLanguages);

/**
 * `queued`: waiting for delivery (a letter: for the print list); `not_sent_no_transport`: no mail server or SMS
 * provider is set up; `not_sent_no_address`: the recipient has no address for any channel the message may use;
 * `printed`: a letter on a printed list.
 */
export const messageStatuses = ['queued', 'sent', 'failed', 'not_sent_no_transport', 'not_sent_no_address', 'printed'] as const;
export const messageStatusSchema = z.enum(messageStatuses);

export const templateKeys = [
  'account-invitation',
  'password-reset',
  'referral-decided',
  'staff-digest',
  'job-request-update',
  'client-application-received',
  'client-application-decided',
  'client-agreement-signing',
  'assignment-proposed',
  'time-entry-resolved',
] as const;
export const templateKeySchema = z.enum(templateKeys);

/** Who gets the morning digest of reminders: the coordinator for everyone, counsellors and coaches for their own people. */
export const staffDigestRoles = ['coordinator', 'counsellor', 'coach'] as const satisfies readonly Role[];

export const messageSummarySchema = z
  .object({
    id: idSchema,
    recipientName: z.string(),
    /** The e-mail address, phone number or postal address the message goes to. */
    address: z.string().nullable(),
    channel: messageChannelSchema,
    language: messageLanguageSchema,
    template: templateKeySchema,
    status: messageStatusSchema,
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    createdAt: z.iso.datetime(),
    sentAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'MessageSummary' });

/** One message as staff open it: what was (or will be) sent, rendered from its template and data. */
export const messageSchema = messageSummarySchema.extend({ subject: z.string(), text: z.string(), canResend: z.boolean() }).meta({ id: 'Message' });

export const messagePageSchema = pageSchema(messageSummarySchema);

export const listMessagesQuerySchema = listQuerySchema(z.tuple([z.iso.datetime(), idSchema]))
  .extend({ status: messageStatusSchema.optional(), channel: messageChannelSchema.optional() })
  .strict();

export const printListQuerySchema = z.object({ date: civilDateSchema }).strict();

export type MessageChannel = z.infer<typeof messageChannelSchema>;
export type MessageLanguage = z.infer<typeof messageLanguageSchema>;
export type MessageStatus = z.infer<typeof messageStatusSchema>;
export type TemplateKey = z.infer<typeof templateKeySchema>;
export type MessageSummary = z.infer<typeof messageSummarySchema>;
export type Message = z.infer<typeof messageSchema>;
export type ListMessagesQuery = z.infer<typeof listMessagesQuerySchema>;
export type PrintListQuery = z.infer<typeof printListQuerySchema>;

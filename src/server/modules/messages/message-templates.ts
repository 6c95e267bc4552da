import type { z } from 'zod';
import type { TemplateKey } from '../../../contracts/messages';
import { accountInvitation } from './templates/account-invitation';
import { jobRequestUpdate } from './templates/job-request-update';
import { clientAgreementSigning } from './templates/client-agreement-signing';
import { clientApplicationDecided } from './templates/client-application-decided';
import { clientApplicationReceived } from './templates/client-application-received';
import { passwordReset } from './templates/password-reset';
import { referralDecided } from './templates/referral-decided';
import { staffDigest } from './templates/staff-digest';
import { assignmentProposed } from './templates/assignment-proposed';
import { timeEntryResolved } from './templates/time-entry-resolved';

/** Every template by key; `satisfies` keeps the contract's key list and this table the same set. */
export const messageTemplates = {
  'account-invitation': accountInvitation,
  'password-reset': passwordReset,
  'referral-decided': referralDecided,
  'staff-digest': staffDigest,
  'job-request-update': jobRequestUpdate,
  'client-application-received': clientApplicationReceived,
  'client-application-decided': clientApplicationDecided,
  'client-agreement-signing': clientAgreementSigning,
  'assignment-proposed': assignmentProposed,
  'time-entry-resolved': timeEntryResolved,
} as const satisfies Record<TemplateKey, { key: TemplateKey }>;

type Templates = typeof messageTemplates;

/** What a caller hands `queueMessage` for a template (dates may be Date or ISO text). */
export type TemplateData<Key extends TemplateKey> = z.input<Templates[Key]['data']>;

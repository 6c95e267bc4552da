import type { TemplateKey } from '../../../contracts/messages';
import { messageTemplates } from './message-templates';

/** The keys of a template's data that staff may not read: a password-reset link would let them log in as the recipient. */
export const secretKeysOf = (template: TemplateKey): readonly string[] => {
  const definition: { hiddenFromStaff?: readonly string[] } = messageTemplates[template];
  return definition.hiddenFromStaff ?? [];
};

/**
 * The data once the message is sent: each secret link becomes its site's address, so the outbox keeps no working
 * token (only its hash lives in one_time_links) while the row still renders. A failed message keeps its link for a
 * resend.
 */
export const withSecretsErased = (template: TemplateKey, data: Record<string, unknown>): Record<string, unknown> => {
  const erased = { ...data };
  for (const key of secretKeysOf(template)) {
    const value = data[key];
    if (typeof value === 'string' && URL.canParse(value)) erased[key] = `${new URL(value).origin}/`;
  }
  return erased;
};

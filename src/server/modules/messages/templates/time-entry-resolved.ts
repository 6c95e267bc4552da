import { z } from 'zod';
import { civilDateOutputSchema } from '../../../../contracts/common';
import { timeEntryResolutions } from '../../../../contracts/time-entries';
import { formatCivilDateFor } from '../format-for-message';
import { defineTemplate } from '../template-types';

const dataSchema = z.object({
  workDate: civilDateOutputSchema,
  resolution: z.enum(timeEntryResolutions),
  reason: z.string().min(1).max(2000),
});

const outcome = {
  nl: { kept: 'Je uren blijven zoals je ze invoerde.', changed: 'Je uren zijn aangepast.', rejected: 'Je uren tellen niet mee.' },
  fr: { kept: 'Vos heures restent comme vous les avez encodées.', changed: 'Vos heures ont été corrigées.', rejected: 'Vos heures ne comptent pas.' },
  en: { kept: 'Your hours stay as you entered them.', changed: 'Your hours were changed.', rejected: 'Your hours do not count.' },
} as const;

/** A wijk-werker hears how the coordinator settled hours the client contested (decision 136). */
export const timeEntryResolved = defineTemplate({
  key: 'time-entry-resolved',
  data: dataSchema,
  channels: ['email', 'sms', 'letter'],
  text: {
    nl: (data, { recipientName }) => ({
      subject: `Je uren van ${formatCivilDateFor('nl', data.workDate)}`,
      greeting: `Dag ${recipientName},`,
      blocks: [
        { kind: 'paragraph', text: `De klant had een vraag over je uren van ${formatCivilDateFor('nl', data.workDate)}. ${outcome.nl[data.resolution]}` },
        { kind: 'paragraph', text: `Waarom: ${data.reason}` },
      ],
      sms: `Je uren van ${formatCivilDateFor('nl', data.workDate)}: ${outcome.nl[data.resolution]} Waarom: ${data.reason}`,
    }),
    fr: (data, { recipientName }) => ({
      subject: `Vos heures du ${formatCivilDateFor('fr', data.workDate)}`,
      greeting: `Bonjour ${recipientName},`,
      blocks: [
        { kind: 'paragraph', text: `Le client avait une question sur vos heures du ${formatCivilDateFor('fr', data.workDate)}. ${outcome.fr[data.resolution]}` },
        { kind: 'paragraph', text: `Pourquoi : ${data.reason}` },
      ],
      sms: `Vos heures du ${formatCivilDateFor('fr', data.workDate)} : ${outcome.fr[data.resolution]} Pourquoi : ${data.reason}`,
    }),
    en: (data, { recipientName }) => ({
      subject: `Your hours of ${formatCivilDateFor('en', data.workDate)}`,
      greeting: `Hello ${recipientName},`,
      blocks: [
        { kind: 'paragraph', text: `The client had a question about your hours of ${formatCivilDateFor('en', data.workDate)}. ${outcome.en[data.resolution]}` },
        { kind: 'paragraph', text: `Why: ${data.reason}` },
      ],
      sms: `Your hours of ${formatCivilDateFor('en', data.workDate)}: ${outcome.en[data.resolution]} Why: ${data.reason}`,
    }),
  },
});

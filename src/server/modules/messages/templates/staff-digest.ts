import { z } from 'zod';
import type { MessageLanguage } from '../../../../contracts/messages';
import { civilDateOutputSchema } from '../../../../contracts/common';
import { formatCivilDateFor } from '../format-for-message';
import { defineTemplate } from '../template-types';
import { nameSchema } from './template-data';

const reminderSchema = z.object({ kind: z.enum(['medical_permission_expiring', 'evaluation_due']), participantName: nameSchema, dueOn: civilDateOutputSchema }).strict();

type Reminder = z.output<typeof reminderSchema>;

const reminderLine: Record<MessageLanguage, (reminder: Reminder) => string> = {
  nl: ({ kind, participantName, dueOn }) =>
    kind === 'medical_permission_expiring'
      ? `${participantName}: de toestemming van de adviserend arts loopt af op ${formatCivilDateFor('nl', dueOn)}.`
      : `${participantName}: de evaluatie moet klaar zijn op ${formatCivilDateFor('nl', dueOn)}.`,
  fr: ({ kind, participantName, dueOn }) =>
    kind === 'medical_permission_expiring'
      ? `${participantName} : l'autorisation du médecin-conseil expire le ${formatCivilDateFor('fr', dueOn)}.`
      : `${participantName} : l'évaluation doit être faite pour le ${formatCivilDateFor('fr', dueOn)}.`,
  en: ({ kind, participantName, dueOn }) =>
    kind === 'medical_permission_expiring'
      ? `${participantName}: the medical adviser's permission ends on ${formatCivilDateFor('en', dueOn)}.`
      : `${participantName}: the evaluation is due on ${formatCivilDateFor('en', dueOn)}.`,
};

/** The morning list of what staff must do soon (medical permissions, evaluations); only sent when there is something. */
export const staffDigest = defineTemplate({
  key: 'staff-digest',
  data: z.object({ date: civilDateOutputSchema, reminders: z.array(reminderSchema).min(1) }).strict(),
  channels: ['email'],
  text: {
    nl: ({ date, reminders }, { recipientName }) => ({
      subject: `Wat u binnenkort moet doen (${formatCivilDateFor('nl', date)})`,
      greeting: `Beste ${recipientName},`,
      blocks: [
        { kind: 'paragraph', text: `Dit moet u binnenkort doen. Het zijn ${reminders.length} punten.` },
        { kind: 'list', items: reminders.map(reminderLine.nl) },
        { kind: 'paragraph', text: 'U krijgt deze e-mail elke ochtend als er iets te doen is. U kunt hem uitzetten bij uw account.' },
      ],
      sms: `Wijk-werken: ${reminders.length} punten om binnenkort te doen. Zie het portaal.`,
    }),
    fr: ({ date, reminders }, { recipientName }) => ({
      subject: `À faire bientôt (${formatCivilDateFor('fr', date)})`,
      greeting: `Bonjour ${recipientName},`,
      blocks: [
        { kind: 'paragraph', text: `Voici ce que vous devez faire bientôt. Il y a ${reminders.length} points.` },
        { kind: 'list', items: reminders.map(reminderLine.fr) },
        { kind: 'paragraph', text: "Vous recevez ce courriel chaque matin s'il y a quelque chose à faire. Vous pouvez l'arrêter dans votre compte." },
      ],
      sms: `Wijk-werken : ${reminders.length} points à faire bientôt. Voir le portail.`,
    }),
    en: ({ date, reminders }, { recipientName }) => ({
      subject: `What to do soon (${formatCivilDateFor('en', date)})`,
      greeting: `Dear ${recipientName},`,
      blocks: [
        { kind: 'paragraph', text: `This is what you need to do soon. There are ${reminders.length} items.` },
        { kind: 'list', items: reminders.map(reminderLine.en) },
        { kind: 'paragraph', text: 'You get this e-mail every morning when there is something to do. You can turn it off in your account.' },
      ],
      sms: `Wijk-werken: ${reminders.length} items to do soon. See the portal.`,
    }),
  },
});

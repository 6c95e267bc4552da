import { z } from 'zod';
import { defineTemplate, type Block } from '../template-types';
import { nameSchema } from './template-data';

const dataSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approved'), clientName: nameSchema, clientNumber: z.number().int().positive() }).strict(),
  z.object({ decision: z.literal('declined'), clientName: nameSchema, reason: z.string().min(1).max(1000) }).strict(),
]);
type Data = z.output<typeof dataSchema>;

const blocks = {
  nl: (data: Data): Block[] =>
    data.decision === 'approved'
      ? [
          { kind: 'paragraph', text: `${data.clientName} is nu gebruiker van wijk-werken. Uw gebruikersnummer is ${data.clientNumber}.` },
          { kind: 'paragraph', text: 'U krijgt ook een e-mail om een wachtwoord te kiezen. Daarna ziet u uw gegevens online.' },
        ]
      : [
          { kind: 'paragraph', text: `We kunnen ${data.clientName} niet inschrijven als gebruiker. De reden:` },
          { kind: 'paragraph', text: data.reason },
        ],
  fr: (data: Data): Block[] =>
    data.decision === 'approved'
      ? [
          { kind: 'paragraph', text: `${data.clientName} est maintenant utilisateur du wijk-werken. Votre numéro d'utilisateur est ${data.clientNumber}.` },
          { kind: 'paragraph', text: 'Vous recevrez aussi un e-mail pour choisir un mot de passe. Ensuite, vous verrez vos données en ligne.' },
        ]
      : [
          { kind: 'paragraph', text: `Nous ne pouvons pas inscrire ${data.clientName} comme utilisateur. La raison :` },
          { kind: 'paragraph', text: data.reason },
        ],
  en: (data: Data): Block[] =>
    data.decision === 'approved'
      ? [
          { kind: 'paragraph', text: `${data.clientName} is now a user of wijk-werken. Your user number is ${data.clientNumber}.` },
          { kind: 'paragraph', text: 'You will also get an e-mail to choose a password. Then you can see your details online.' },
        ]
      : [
          { kind: 'paragraph', text: `We cannot register ${data.clientName} as a user. The reason:` },
          { kind: 'paragraph', text: data.reason },
        ],
};

/** The applicant hears what the coordinator decided on a "Word gebruiker" form: approved (with the number) or declined with the reason. */
export const clientApplicationDecided = defineTemplate({
  key: 'client-application-decided',
  data: dataSchema,
  channels: ['email'],
  text: {
    nl: (data, { recipientName }) => ({
      subject: data.decision === 'approved' ? `Welkom als gebruiker: ${data.clientName}` : `Uw aanvraag: ${data.clientName}`,
      greeting: `Beste ${recipientName},`,
      blocks: blocks.nl(data),
      sms:
        data.decision === 'approved' ? `${data.clientName} is gebruiker van wijk-werken.` : `Uw aanvraag voor ${data.clientName} is niet aanvaard. Meer info per e-mail.`,
    }),
    fr: (data, { recipientName }) => ({
      subject: data.decision === 'approved' ? `Bienvenue comme utilisateur : ${data.clientName}` : `Votre demande : ${data.clientName}`,
      greeting: `Bonjour ${recipientName},`,
      blocks: blocks.fr(data),
      sms:
        data.decision === 'approved'
          ? `${data.clientName} est utilisateur du wijk-werken.`
          : `Votre demande pour ${data.clientName} n'est pas acceptée. Plus d'infos par e-mail.`,
    }),
    en: (data, { recipientName }) => ({
      subject: data.decision === 'approved' ? `Welcome as a user: ${data.clientName}` : `Your application: ${data.clientName}`,
      greeting: `Dear ${recipientName},`,
      blocks: blocks.en(data),
      sms: data.decision === 'approved' ? `${data.clientName} is a user of wijk-werken.` : `Your application for ${data.clientName} was not accepted. More by e-mail.`,
    }),
  },
});

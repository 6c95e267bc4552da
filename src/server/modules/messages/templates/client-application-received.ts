import { z } from 'zod';
import { defineTemplate } from '../template-types';
import { nameSchema } from './template-data';

/** The public "Word gebruiker" form arrived; a coordinator looks at it and writes back. */
export const clientApplicationReceived = defineTemplate({
  key: 'client-application-received',
  data: z.object({ clientName: nameSchema }).strict(),
  channels: ['email'],
  text: {
    nl: ({ clientName }, { sender }) => ({
      subject: `We kregen uw aanvraag: ${clientName}`,
      greeting: 'Beste,',
      blocks: [
        { kind: 'paragraph', text: `Bedankt. ${sender.organiserName} kreeg uw aanvraag om gebruiker te worden voor ${clientName}.` },
        { kind: 'paragraph', text: 'Een medewerker bekijkt ze. U krijgt daarna een e-mail met ons antwoord.' },
      ],
      sms: `${sender.organiserName} kreeg uw aanvraag voor wijk-werken. U krijgt ons antwoord per e-mail.`,
    }),
    fr: ({ clientName }, { sender }) => ({
      subject: `Nous avons reçu votre demande : ${clientName}`,
      greeting: 'Bonjour,',
      blocks: [
        { kind: 'paragraph', text: `Merci. ${sender.organiserName} a reçu votre demande d'inscription comme utilisateur pour ${clientName}.` },
        { kind: 'paragraph', text: 'Un collaborateur va la lire. Vous recevrez ensuite notre réponse par e-mail.' },
      ],
      sms: `${sender.organiserName} a reçu votre demande pour le wijk-werken. Vous recevrez notre réponse par e-mail.`,
    }),
    en: ({ clientName }, { sender }) => ({
      subject: `We received your application: ${clientName}`,
      greeting: 'Hello,',
      blocks: [
        { kind: 'paragraph', text: `Thank you. ${sender.organiserName} received your application to become a user for ${clientName}.` },
        { kind: 'paragraph', text: 'A member of staff will look at it. You will then get our answer by e-mail.' },
      ],
      sms: `${sender.organiserName} received your application for wijk-werken. You will get our answer by e-mail.`,
    }),
  },
});

import { z } from 'zod';
import { formatInstantFor } from '../format-for-message';
import { defineTemplate } from '../template-types';
import { instantDataSchema, linkSchema, nameSchema } from './template-data';

/** Staff sent the gebruikersovereenkomst to sign online: the link shows the text and works once, until it expires. */
export const clientAgreementSigning = defineTemplate({
  key: 'client-agreement-signing',
  data: z.object({ clientName: nameSchema, link: linkSchema, expiresAt: instantDataSchema }).strict(),
  channels: ['email'],
  text: {
    nl: ({ clientName, link, expiresAt }, { sender }) => ({
      subject: `Gebruikersovereenkomst ondertekenen: ${clientName}`,
      greeting: 'Beste,',
      blocks: [
        { kind: 'paragraph', text: `${sender.organiserName} vraagt u de gebruikersovereenkomst van ${clientName} te ondertekenen.` },
        { kind: 'paragraph', text: 'Klik op de knop. U leest de tekst en tikt uw naam.' },
        { kind: 'button', label: 'Overeenkomst lezen en ondertekenen', url: link },
        { kind: 'paragraph', text: `De link werkt tot ${formatInstantFor('nl', expiresAt)}. U kunt hem één keer gebruiken.` },
      ],
      sms: `Onderteken de gebruikersovereenkomst van ${clientName}: ${link}`,
    }),
    fr: ({ clientName, link, expiresAt }, { sender }) => ({
      subject: `Signer la convention d'utilisateur : ${clientName}`,
      greeting: 'Bonjour,',
      blocks: [
        { kind: 'paragraph', text: `${sender.organiserName} vous demande de signer la convention d'utilisateur de ${clientName}.` },
        { kind: 'paragraph', text: 'Cliquez sur le bouton. Vous lisez le texte et tapez votre nom.' },
        { kind: 'button', label: 'Lire et signer la convention', url: link },
        { kind: 'paragraph', text: `Le lien fonctionne jusqu'au ${formatInstantFor('fr', expiresAt)}. Vous pouvez l'utiliser une seule fois.` },
      ],
      sms: `Signez la convention d'utilisateur de ${clientName} : ${link}`,
    }),
    en: ({ clientName, link, expiresAt }, { sender }) => ({
      subject: `Sign the user agreement: ${clientName}`,
      greeting: 'Hello,',
      blocks: [
        { kind: 'paragraph', text: `${sender.organiserName} asks you to sign the user agreement of ${clientName}.` },
        { kind: 'paragraph', text: 'Click the button. You read the text and type your name.' },
        { kind: 'button', label: 'Read and sign the agreement', url: link },
        { kind: 'paragraph', text: `The link works until ${formatInstantFor('en', expiresAt)}. You can use it once.` },
      ],
      sms: `Sign the user agreement of ${clientName}: ${link}`,
    }),
  },
});

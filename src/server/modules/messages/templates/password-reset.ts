import { z } from 'zod';
import { formatInstantFor } from '../format-for-message';
import { defineTemplate } from '../template-types';
import { instantDataSchema, linkSchema, nameSchema } from './template-data';

/** Someone asked a new password for this account; the link works once, for a short time. */
export const passwordReset = defineTemplate({
  key: 'password-reset',
  data: z.object({ name: nameSchema, link: linkSchema, expiresAt: instantDataSchema }).strict(),
  channels: ['email', 'sms'],
  hiddenFromStaff: ['link'],
  text: {
    nl: ({ name, link, expiresAt }) => ({
      subject: 'Een nieuw wachtwoord kiezen',
      greeting: `Beste ${name},`,
      blocks: [
        { kind: 'paragraph', text: 'Iemand vroeg een nieuw wachtwoord voor uw account. Was u dat? Klik dan op de link hieronder.' },
        { kind: 'button', label: 'Nieuw wachtwoord kiezen', url: link },
        { kind: 'paragraph', text: `De link werkt tot ${formatInstantFor('nl', expiresAt)}. U kunt hem één keer gebruiken.` },
        { kind: 'paragraph', text: 'Vroeg u niets? Dan hoeft u niets te doen. Uw wachtwoord blijft hetzelfde.' },
      ],
      sms: `Kies een nieuw wachtwoord voor wijk-werken: ${link} (geldig tot ${formatInstantFor('nl', expiresAt)}). Vroeg u niets? Doe dan niets.`,
    }),
    fr: ({ name, link, expiresAt }) => ({
      subject: 'Choisir un nouveau mot de passe',
      greeting: `Bonjour ${name},`,
      blocks: [
        { kind: 'paragraph', text: "Quelqu'un a demandé un nouveau mot de passe pour votre compte. C'était vous ? Cliquez alors sur le lien ci-dessous." },
        { kind: 'button', label: 'Choisir un nouveau mot de passe', url: link },
        { kind: 'paragraph', text: `Le lien fonctionne jusqu'au ${formatInstantFor('fr', expiresAt)}. Vous pouvez l'utiliser une seule fois.` },
        { kind: 'paragraph', text: "Vous n'avez rien demandé ? Vous ne devez rien faire. Votre mot de passe reste le même." },
      ],
      sms: `Choisissez un nouveau mot de passe pour le wijk-werken : ${link} (valable jusqu'au ${formatInstantFor('fr', expiresAt)}). Rien demandé ? Ne faites rien.`,
    }),
    en: ({ name, link, expiresAt }) => ({
      subject: 'Choose a new password',
      greeting: `Dear ${name},`,
      blocks: [
        { kind: 'paragraph', text: 'Someone asked for a new password for your account. Was that you? Then click the link below.' },
        { kind: 'button', label: 'Choose a new password', url: link },
        { kind: 'paragraph', text: `The link works until ${formatInstantFor('en', expiresAt)}. You can use it once.` },
        { kind: 'paragraph', text: 'Did you not ask for this? Then you do not need to do anything. Your password stays the same.' },
      ],
      sms: `Choose a new password for wijk-werken: ${link} (valid until ${formatInstantFor('en', expiresAt)}). Did not ask? Do nothing.`,
    }),
  },
});

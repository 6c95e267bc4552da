import { z } from 'zod';
import { formatInstantFor } from '../format-for-message';
import { defineTemplate } from '../template-types';
import { instantDataSchema, linkSchema, nameSchema } from './template-data';

/** Staff invited someone to the portal; the link lets them choose a password once, until it expires. */
export const accountInvitation = defineTemplate({
  key: 'account-invitation',
  data: z.object({ name: nameSchema, link: linkSchema, expiresAt: instantDataSchema }).strict(),
  channels: ['email', 'sms'],
  text: {
    nl: ({ name, link, expiresAt }, { sender }) => ({
      subject: `Uitnodiging van ${sender.organiserName}`,
      greeting: `Beste ${name},`,
      blocks: [
        { kind: 'paragraph', text: `${sender.organiserName} nodigt u uit voor het online platform van wijk-werken.` },
        { kind: 'paragraph', text: 'Kies eerst een wachtwoord. Klik daarvoor op de link hieronder.' },
        { kind: 'button', label: 'Wachtwoord kiezen', url: link },
        { kind: 'paragraph', text: `De link werkt tot ${formatInstantFor('nl', expiresAt)}. U kunt hem één keer gebruiken.` },
        { kind: 'paragraph', text: 'Verwachtte u deze uitnodiging niet? Dan hoeft u niets te doen.' },
      ],
      sms: `U bent uitgenodigd voor wijk-werken. Kies een wachtwoord: ${link} (geldig tot ${formatInstantFor('nl', expiresAt)}).`,
    }),
    fr: ({ name, link, expiresAt }, { sender }) => ({
      subject: `Invitation de ${sender.organiserName}`,
      greeting: `Bonjour ${name},`,
      blocks: [
        { kind: 'paragraph', text: `${sender.organiserName} vous invite sur la plateforme en ligne du wijk-werken.` },
        { kind: 'paragraph', text: "Choisissez d'abord un mot de passe. Cliquez pour cela sur le lien ci-dessous." },
        { kind: 'button', label: 'Choisir un mot de passe', url: link },
        { kind: 'paragraph', text: `Le lien fonctionne jusqu'au ${formatInstantFor('fr', expiresAt)}. Vous pouvez l'utiliser une seule fois.` },
        { kind: 'paragraph', text: "Vous n'attendiez pas cette invitation ? Vous ne devez rien faire." },
      ],
      sms: `Vous êtes invité(e) au wijk-werken. Choisissez un mot de passe : ${link} (valable jusqu'au ${formatInstantFor('fr', expiresAt)}).`,
    }),
    en: ({ name, link, expiresAt }, { sender }) => ({
      subject: `Invitation from ${sender.organiserName}`,
      greeting: `Dear ${name},`,
      blocks: [
        { kind: 'paragraph', text: `${sender.organiserName} invites you to the wijk-werken online platform.` },
        { kind: 'paragraph', text: 'First choose a password. Click the link below to do so.' },
        { kind: 'button', label: 'Choose a password', url: link },
        { kind: 'paragraph', text: `The link works until ${formatInstantFor('en', expiresAt)}. You can use it once.` },
        { kind: 'paragraph', text: 'Did you not expect this invitation? Then you do not need to do anything.' },
      ],
      sms: `You are invited to wijk-werken. Choose a password: ${link} (valid until ${formatInstantFor('en', expiresAt)}).`,
    }),
  },
});

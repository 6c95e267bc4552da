import { z } from 'zod';
import { defineTemplate } from '../template-types';
import { nameSchema } from './template-data';

const dataSchema = z.discriminatedUnion('event', [
  z.object({ event: z.literal('received'), activity: nameSchema }).strict(),
  z.object({ event: z.literal('matching'), activity: nameSchema }).strict(),
  z.object({ event: z.literal('cancelled'), activity: nameSchema, reason: z.string().min(1).max(500) }).strict(),
]);

/** A client contact hears about a klusje asked on the public form: it arrived, we look for a wijk-werker, or it was stopped with a reason. */
export const jobRequestUpdate = defineTemplate({
  key: 'job-request-update',
  data: dataSchema,
  channels: ['email'],
  text: {
    nl: (data, { recipientName }) => ({
      subject:
        data.event === 'received'
          ? `Uw klusje is aangekomen: ${data.activity}`
          : data.event === 'matching'
            ? `We zoeken een wijk-werker: ${data.activity}`
            : `Uw klusje gaat niet door: ${data.activity}`,
      greeting: `Beste ${recipientName},`,
      blocks:
        data.event === 'received'
          ? [{ kind: 'paragraph', text: `We kregen uw vraag voor een klusje: ${data.activity}. We bekijken ze en laten u iets weten.` }]
          : data.event === 'matching'
            ? [{ kind: 'paragraph', text: `We zoeken nu een wijk-werker voor uw klusje: ${data.activity}. We bellen of mailen u als iemand gevonden is.` }]
            : [
                { kind: 'paragraph', text: `Uw klusje gaat niet door: ${data.activity}. De reden:` },
                { kind: 'paragraph', text: data.reason },
              ],
      sms: `Nieuws over uw klusje (${data.activity}). Meer info bij ons kantoor.`,
    }),
    fr: (data, { recipientName }) => ({
      subject:
        data.event === 'received'
          ? `Votre demande est arrivée : ${data.activity}`
          : data.event === 'matching'
            ? `Nous cherchons un wijk-werker : ${data.activity}`
            : `Votre demande n'aura pas lieu : ${data.activity}`,
      greeting: `Bonjour ${recipientName},`,
      blocks:
        data.event === 'received'
          ? [{ kind: 'paragraph', text: `Nous avons reçu votre demande : ${data.activity}. Nous l'examinons et vous tenons au courant.` }]
          : data.event === 'matching'
            ? [{ kind: 'paragraph', text: `Nous cherchons un wijk-werker pour votre demande : ${data.activity}. Nous vous contacterons dès que quelqu'un est trouvé.` }]
            : [
                { kind: 'paragraph', text: `Votre demande n'aura pas lieu : ${data.activity}. La raison :` },
                { kind: 'paragraph', text: data.reason },
              ],
      sms: `Nouvelles de votre demande (${data.activity}). Plus d'infos à notre bureau.`,
    }),
    en: (data, { recipientName }) => ({
      subject:
        data.event === 'received'
          ? `Your job request arrived: ${data.activity}`
          : data.event === 'matching'
            ? `We are looking for a wijk-werker: ${data.activity}`
            : `Your job request will not go ahead: ${data.activity}`,
      greeting: `Dear ${recipientName},`,
      blocks:
        data.event === 'received'
          ? [{ kind: 'paragraph', text: `We received your job request: ${data.activity}. We will look at it and let you know.` }]
          : data.event === 'matching'
            ? [{ kind: 'paragraph', text: `We are now looking for a wijk-werker for your job: ${data.activity}. We will call or e-mail you once someone is found.` }]
            : [
                { kind: 'paragraph', text: `Your job request will not go ahead: ${data.activity}. The reason:` },
                { kind: 'paragraph', text: data.reason },
              ],
      sms: `News about your job request (${data.activity}). More from our office.`,
    }),
  },
});

import { z } from 'zod';
import type { MessageLanguage } from '../../../../contracts/messages';
import { civilDateOutputSchema } from '../../../../contracts/common';
import { formatCivilDateFor } from '../format-for-message';
import { defineTemplate, type Block } from '../template-types';
import { nameSchema } from './template-data';

const ruleSchema = z.string().regex(/^R\d{1,2}$/);

const decisionSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('accepted') }).strict(),
  z.object({ decision: z.literal('declined'), reason: z.string().min(1).max(1000) }).strict(),
  z.object({ decision: z.literal('refused'), rules: z.array(ruleSchema).min(1) }).strict(),
]);

const dataSchema = z.object({ candidateName: nameSchema, referredOn: civilDateOutputSchema }).and(decisionSchema);

type Data = z.output<typeof dataSchema>;

/** The rules a referral can be refused under at intake, in words (R1 domicile, R2 referral channel). */
const ruleWords: Record<MessageLanguage, Record<string, string>> = {
  nl: { R1: 'De woonplaats ligt niet in Vlaanderen of niet in ons werkgebied.', R2: 'Wie een leefloon krijgt, wordt door het OCMW toegeleid, niet door de VDAB.' },
  fr: {
    R1: "Le domicile n'est pas en Flandre ou pas dans notre zone.",
    R2: "Une personne qui reçoit le revenu d'intégration est orientée par le CPAS, pas par le VDAB.",
  },
  en: { R1: 'The home address is not in Flanders or not in our area.', R2: 'Someone on leefloon is referred by the OCMW, not by the VDAB.' },
};

const ruleLine = (language: MessageLanguage, rule: string): string => {
  const other = { nl: `Regel ${rule} van wijk-werken.`, fr: `Règle ${rule} du wijk-werken.`, en: `Rule ${rule} of wijk-werken.` };
  return `${rule}: ${ruleWords[language][rule] ?? other[language]}`;
};

const decisionBlocks: Record<MessageLanguage, (data: Data) => Block[]> = {
  nl: (data) => {
    if (data.decision === 'accepted')
      return [{ kind: 'paragraph', text: `${data.candidateName} kan starten met wijk-werken. We nemen contact op voor de volgende stap.` }];
    if (data.decision === 'declined')
      return [
        { kind: 'paragraph', text: `We kunnen ${data.candidateName} niet laten starten. De reden:` },
        { kind: 'paragraph', text: data.reason },
      ];
    return [
      { kind: 'paragraph', text: `${data.candidateName} kan niet starten. De regels van wijk-werken laten het niet toe:` },
      { kind: 'list', items: data.rules.map((rule) => ruleLine('nl', rule)) },
    ];
  },
  fr: (data) => {
    if (data.decision === 'accepted') return [{ kind: 'paragraph', text: `${data.candidateName} peut commencer le wijk-werken. Nous prendrons contact pour la suite.` }];
    if (data.decision === 'declined')
      return [
        { kind: 'paragraph', text: `${data.candidateName} ne peut pas commencer. La raison :` },
        { kind: 'paragraph', text: data.reason },
      ];
    return [
      { kind: 'paragraph', text: `${data.candidateName} ne peut pas commencer. Les règles du wijk-werken ne le permettent pas :` },
      { kind: 'list', items: data.rules.map((rule) => ruleLine('fr', rule)) },
    ];
  },
  en: (data) => {
    if (data.decision === 'accepted') return [{ kind: 'paragraph', text: `${data.candidateName} can start wijk-werken. We will contact you about the next step.` }];
    if (data.decision === 'declined')
      return [
        { kind: 'paragraph', text: `${data.candidateName} cannot start. The reason:` },
        { kind: 'paragraph', text: data.reason },
      ];
    return [
      { kind: 'paragraph', text: `${data.candidateName} cannot start. The rules of wijk-werken do not allow it:` },
      { kind: 'list', items: data.rules.map((rule) => ruleLine('en', rule)) },
    ];
  },
};

const outcome: Record<MessageLanguage, Record<Data['decision'], string>> = {
  nl: { accepted: 'aanvaard', declined: 'niet aanvaard', refused: 'niet toegelaten' },
  fr: { accepted: 'acceptée', declined: 'non acceptée', refused: 'non admise' },
  en: { accepted: 'accepted', declined: 'not accepted', refused: 'not admitted' },
};

/** A counsellor hears what became of a referral they made: accepted, declined with a reason, or refused under a rule. */
export const referralDecided = defineTemplate({
  key: 'referral-decided',
  data: dataSchema,
  channels: ['email', 'sms', 'letter'],
  text: {
    nl: (data, { recipientName }) => ({
      subject: `Toeleiding ${outcome.nl[data.decision]}: ${data.candidateName}`,
      greeting: `Beste ${recipientName},`,
      blocks: [{ kind: 'paragraph', text: `U leidde ${data.candidateName} toe op ${formatCivilDateFor('nl', data.referredOn)}.` }, ...decisionBlocks.nl(data)],
      sms: `Uw toeleiding van ${data.candidateName} is ${outcome.nl[data.decision]}. Meer info in het portaal of bij ons kantoor.`,
    }),
    fr: (data, { recipientName }) => ({
      subject: `Orientation ${outcome.fr[data.decision]} : ${data.candidateName}`,
      greeting: `Bonjour ${recipientName},`,
      blocks: [{ kind: 'paragraph', text: `Vous avez orienté ${data.candidateName} le ${formatCivilDateFor('fr', data.referredOn)}.` }, ...decisionBlocks.fr(data)],
      sms: `Votre orientation de ${data.candidateName} est ${outcome.fr[data.decision]}. Plus d'infos dans le portail ou à notre bureau.`,
    }),
    en: (data, { recipientName }) => ({
      subject: `Referral ${outcome.en[data.decision]}: ${data.candidateName}`,
      greeting: `Dear ${recipientName},`,
      blocks: [{ kind: 'paragraph', text: `You referred ${data.candidateName} on ${formatCivilDateFor('en', data.referredOn)}.` }, ...decisionBlocks.en(data)],
      sms: `Your referral of ${data.candidateName} is ${outcome.en[data.decision]}. More in the portal or from our office.`,
    }),
  },
});

import { z } from 'zod';
import { civilDateOutputSchema } from '../../../../contracts/common';
import { formatCivilDateFor } from '../format-for-message';
import { defineTemplate } from '../template-types';
import { linkSchema, nameSchema } from './template-data';

const dataSchema = z.object({
  clientName: nameSchema,
  city: nameSchema,
  firstDate: civilDateOutputSchema,
  startTime: z.string().regex(/^\d{2}:\d{2}$/),
  weekly: z.boolean(),
  portalUrl: linkSchema,
});

/** A wijk-werker hears of a job proposed to them, and answers in the portal (or by phone to the office). */
export const assignmentProposed = defineTemplate({
  key: 'assignment-proposed',
  data: dataSchema,
  channels: ['email', 'sms', 'letter'],
  text: {
    nl: (data, { recipientName }) => ({
      subject: `Nieuw werk voor jou: ${data.clientName} in ${data.city}`,
      greeting: `Dag ${recipientName},`,
      blocks: [
        {
          kind: 'paragraph',
          text: `We hebben werk voor jou bij ${data.clientName} in ${data.city}. ${data.weekly ? 'Elke week, de eerste keer' : 'Op'} ${formatCivilDateFor('nl', data.firstDate)} om ${data.startTime}.`,
        },
        { kind: 'paragraph', text: 'Wil je dit doen? Zeg ja of nee in Mijn planning. Of bel ons.' },
        { kind: 'button', label: 'Naar Mijn planning', url: data.portalUrl },
      ],
      sms: `Nieuw werk: ${data.clientName}, ${data.city}, ${formatCivilDateFor('nl', data.firstDate)} ${data.startTime}. Zeg ja of nee: ${data.portalUrl}`,
    }),
    fr: (data, { recipientName }) => ({
      subject: `Nouveau travail pour vous : ${data.clientName} à ${data.city}`,
      greeting: `Bonjour ${recipientName},`,
      blocks: [
        {
          kind: 'paragraph',
          text: `Nous avons du travail pour vous chez ${data.clientName} à ${data.city}. ${data.weekly ? 'Chaque semaine, la première fois le' : 'Le'} ${formatCivilDateFor('fr', data.firstDate)} à ${data.startTime}.`,
        },
        { kind: 'paragraph', text: 'Voulez-vous le faire ? Répondez oui ou non dans Mon planning, ou appelez-nous.' },
        { kind: 'button', label: 'Vers Mon planning', url: data.portalUrl },
      ],
      sms: `Nouveau travail : ${data.clientName}, ${data.city}, ${formatCivilDateFor('fr', data.firstDate)} ${data.startTime}. Répondez : ${data.portalUrl}`,
    }),
    en: (data, { recipientName }) => ({
      subject: `New work for you: ${data.clientName} in ${data.city}`,
      greeting: `Hello ${recipientName},`,
      blocks: [
        {
          kind: 'paragraph',
          text: `We have work for you at ${data.clientName} in ${data.city}. ${data.weekly ? 'Every week, the first time on' : 'On'} ${formatCivilDateFor('en', data.firstDate)} at ${data.startTime}.`,
        },
        { kind: 'paragraph', text: 'Do you want to do it? Say yes or no in My planning, or call us.' },
        { kind: 'button', label: 'Go to My planning', url: data.portalUrl },
      ],
      sms: `New work: ${data.clientName}, ${data.city}, ${formatCivilDateFor('en', data.firstDate)} ${data.startTime}. Answer: ${data.portalUrl}`,
    }),
  },
});

import { describe, expect, it } from 'vitest';
import { messageLanguages, templateKeys, type TemplateKey } from '../../../../contracts/messages';
import type { Sender } from '../message-parts';
import { messageTemplates, type TemplateData } from '../message-templates';
import { renderMessage } from '../render-message';

/** Example data for every template; typed, so a template added without examples fails the typecheck. */
const examples: { [Key in TemplateKey]: readonly TemplateData<Key>[] } = {
  'account-invitation': [{ name: 'Saïdjah Peeters', link: 'https://wijkwerk.example/uitnodiging#t0k3n', expiresAt: '2026-12-01T16:30:00.000Z' }],
  'password-reset': [{ name: 'An Maes', link: 'https://wijkwerk.example/nieuw-wachtwoord#t0k3n', expiresAt: new Date('2026-11-24T10:00:00Z') }],
  'referral-decided': [
    { candidateName: 'Jan Claes', referredOn: '2026-11-02', decision: 'accepted' },
    { candidateName: 'Jan Claes', referredOn: '2026-11-02', decision: 'declined', reason: 'Geen wijk-werkopdracht in de buurt van Poperinge.' },
    { candidateName: 'Jan Claes', referredOn: '2026-11-02', decision: 'refused', rules: ['R1', 'R2'] },
  ],
  'client-application-received': [{ clientName: 'Marleen Vandamme' }],
  'client-application-decided': [
    { decision: 'approved', clientName: 'OCMW Veurne', clientNumber: 12 },
    { decision: 'declined', clientName: 'OCMW Veurne', reason: 'Het adres ligt buiten ons werkgebied.' },
  ],
  'client-agreement-signing': [{ clientName: 'OCMW Veurne', link: 'https://wijkwerk.example/ondertekenen#t0k3n', expiresAt: '2026-12-08T16:30:00.000Z' }],
  'staff-digest': [
    {
      date: '2026-11-24',
      reminders: [
        { kind: 'medical_permission_expiring', participantName: 'Els Wouters', dueOn: '2026-12-10' },
        { kind: 'evaluation_due', participantName: 'Tom Jacobs', dueOn: '2026-12-15' },
      ],
    },
  ],
  'job-request-update': [
    { event: 'received', activity: 'Gras maaien' },
    { event: 'matching', activity: 'Gras maaien' },
    { event: 'cancelled', activity: 'Gras maaien', reason: 'U vond zelf al iemand.' },
  ],
  'assignment-proposed': [
    { clientName: 'OCMW Veurne', city: 'Veurne', firstDate: '2026-12-08', startTime: '09:00', weekly: true, portalUrl: 'https://wijkwerk.example/mijn-planning' },
    { clientName: 'Marleen Vandamme', city: 'Ieper', firstDate: '2026-12-10', startTime: '13:30', weekly: false, portalUrl: 'https://wijkwerk.example/mijn-planning' },
  ],
  'time-entry-resolved': [
    { workDate: '2026-11-24', resolution: 'kept', reason: 'De klant was het vergeten; de uren kloppen.' },
    { workDate: '2026-11-25', resolution: 'changed', reason: 'Het was twee uur, niet drie.' },
    { workDate: '2026-11-26', resolution: 'rejected', reason: 'Die dag was er geen werk.' },
  ],
};

const sender: Sender = {
  organiserName: 'Wijk-werken Westhoek',
  office: { name: 'Kantoor Ieper', street: 'Markt 1', postcode: '8900', city: 'Ieper', phone: '057 00 00 00', email: 'ieper@westhoek.example' },
};

const leftovers = /undefined|null|NaN|\[object|\{\{|\}\}|\$\{|Invalid Date/;

const cases = templateKeys.flatMap((template) =>
  examples[template].flatMap((data, index) => messageLanguages.map((language) => ({ name: `${template} #${index + 1} in ${language}`, template, data, language }))),
);

describe('templates: every template in every language renders with its example data', () => {
  it('has an example for every template', () => {
    expect(Object.keys(messageTemplates).sort()).toEqual([...templateKeys].sort());
    for (const template of templateKeys) expect(examples[template].length, template).toBeGreaterThan(0);
  });

  it.each(cases)('$name: no missing variable; the organiser and its office in text, HTML and SMS', ({ template, data, language }) => {
    const rendered = renderMessage({ template, data, language, recipientName: 'Els Vandenberghe', sender });
    for (const [part, body] of Object.entries(rendered)) {
      expect(body, part).not.toMatch(leftovers);
      expect(body.length, part).toBeGreaterThan(0);
    }
    for (const body of [rendered.text, rendered.html]) {
      expect(body).toContain('Wijk-werken Westhoek');
      expect(body).toContain('Kantoor Ieper');
      expect(body).toContain('057 00 00 00');
      expect(body).toContain('ieper@westhoek.example');
      expect(body).toContain('Markt 1, 8900 Ieper');
    }
    expect(rendered.sms).toContain('Wijk-werken Westhoek');
    expect(rendered.sms).toContain('057 00 00 00');
    expect(rendered.html).toContain(`<html lang="${language}">`);
  });

  it('short B1 sentences: no sentence in the Dutch text is longer than 20 words', () => {
    for (const { template, data } of cases.filter((item) => item.language === 'nl')) {
      const { text } = renderMessage({ template, data, language: 'nl', recipientName: 'Els', sender });
      for (const sentence of text.split(/[.?!:\n]+/)) expect(sentence.trim().split(/\s+/).length, `${template}: ${sentence}`).toBeLessThanOrEqual(20);
    }
  });

  it('escapes every value in the HTML: a name or reason with markup is text, not markup', () => {
    const hostile = '<script>alert("x")</script> & <img src=x onerror=1>';
    const rendered = renderMessage({
      template: 'referral-decided',
      data: { candidateName: hostile, referredOn: '2026-11-02', decision: 'declined', reason: hostile },
      language: 'nl',
      recipientName: hostile,
      sender: { organiserName: hostile, office: null },
    });
    expect(rendered.html).not.toContain('<script');
    expect(rendered.html).not.toContain('<img');
    expect(rendered.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=1&gt;');
    expect(rendered.text).toContain(hostile);
  });

  it('without an office the message still names the organiser', () => {
    const rendered = renderMessage({
      template: 'password-reset',
      data: examples['password-reset'][0],
      language: 'fr',
      recipientName: 'An',
      sender: { organiserName: 'Wijk-werken Westhoek', office: null },
    });
    expect(rendered.text).toContain('Wijk-werken Westhoek');
    expect(rendered.text).not.toMatch(leftovers);
  });

  it('stored data that no longer fits the template fails to render instead of sending half a message', () => {
    expect(() => renderMessage({ template: 'account-invitation', data: { name: 'An' }, language: 'nl', recipientName: 'An', sender })).toThrow();
  });
});

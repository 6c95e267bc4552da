import type { MessageLanguage, TemplateKey } from '../../../contracts/messages';
import type { Sender } from './message-parts';
import { messageTemplates } from './message-templates';
import type { Block, MessageContent } from './template-types';

/** What the layout needs of a message row to render it. */
export type RenderableMessage = { template: TemplateKey; data: unknown; language: MessageLanguage; recipientName: string; sender: Sender };

export type RenderedMessage = { subject: string; text: string; html: string; sms: string };

const layoutWords: Record<MessageLanguage, { signOff: string; questions: string; phone: string }> = {
  nl: { signOff: 'Met vriendelijke groeten,', questions: 'Vragen? Neem contact op met ons kantoor:', phone: 'Tel.' },
  fr: { signOff: 'Bien cordialement,', questions: 'Des questions ? Contactez notre bureau :', phone: 'Tél.' },
  en: { signOff: 'Kind regards,', questions: 'Questions? Contact our office:', phone: 'Phone' },
};

const escapeHtml = (value: string): string =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

const officeLines = (sender: Sender, language: MessageLanguage): string[] => {
  const { office } = sender;
  if (!office) return [];
  return [
    layoutWords[language].questions,
    office.name,
    `${office.street}, ${office.postcode} ${office.city}`,
    `${layoutWords[language].phone} ${office.phone}`,
    office.email,
  ];
};

const blockText = (block: Block): string => {
  if (block.kind === 'paragraph') return block.text;
  if (block.kind === 'button') return `${block.label}: ${block.url}`;
  return block.items.map((item) => `- ${item}`).join('\n');
};

const blockHtml = (block: Block): string => {
  if (block.kind === 'paragraph') return `<p>${escapeHtml(block.text)}</p>`;
  if (block.kind === 'button') {
    const style = 'display:inline-block;padding:12px 20px;background:#00548a;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold';
    return `<p><a href="${escapeHtml(block.url)}" style="${style}">${escapeHtml(block.label)}</a></p><p style="font-size:14px">${escapeHtml(block.url)}</p>`;
  }
  return `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
};

const renderText = (content: MessageContent, sender: Sender, language: MessageLanguage): string =>
  [content.greeting, ...content.blocks.map(blockText), `${layoutWords[language].signOff}\n${sender.organiserName}`, officeLines(sender, language).join('\n')]
    .filter((part) => part !== '')
    .join('\n\n');

const renderHtml = (content: MessageContent, sender: Sender, language: MessageLanguage): string => {
  const office = officeLines(sender, language).map(escapeHtml).join('<br>');
  return [
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:600px">',
    `<p>${escapeHtml(content.greeting)}</p>`,
    ...content.blocks.map(blockHtml),
    `<p>${escapeHtml(layoutWords[language].signOff)}<br>${escapeHtml(sender.organiserName)}</p>`,
    office === '' ? '' : `<p style="font-size:14px;color:#444444">${office}</p>`,
    '</body></html>',
  ].join('');
};

const renderSms = (content: MessageContent, sender: Sender, language: MessageLanguage): string =>
  [content.sms, sender.office ? `${sender.organiserName}, ${layoutWords[language].phone} ${sender.office.phone}` : sender.organiserName].join(' ');

/** The template's content for the message's language in the layout every message shares: HTML, text and SMS. */
export const renderMessage = (message: RenderableMessage): RenderedMessage => {
  const content = messageTemplates[message.template].content(message.data, message.language, { recipientName: message.recipientName, sender: message.sender });
  return {
    subject: content.subject,
    text: renderText(content, message.sender, message.language),
    html: renderHtml(content, message.sender, message.language),
    sms: renderSms(content, message.sender, message.language),
  };
};

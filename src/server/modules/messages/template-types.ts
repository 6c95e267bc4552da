import type { z } from 'zod';
import type { MessageChannel, MessageLanguage, TemplateKey } from '../../../contracts/messages';
import type { Sender } from './message-parts';

/**
 * What a template says, as blocks rather than markup: the layout turns them into HTML (every value escaped), plain
 * text, an SMS and a letter, so no template writes HTML by hand.
 */
export type Block = { kind: 'paragraph'; text: string } | { kind: 'button'; label: string; url: string } | { kind: 'list'; items: readonly string[] };

export type MessageContent = {
  subject: string;
  /** The opening line, with the name as the template chooses it. */
  greeting: string;
  blocks: readonly Block[];
  /** The whole SMS before the organiser's signature: short, with at most one link. */
  sms: string;
};

export type RenderContext = { recipientName: string; sender: Sender };

/** One template: its data's schema, the channels it may travel by, and its text in every message language. */
export type MessageTemplate<Key extends TemplateKey, Schema extends z.ZodType> = {
  key: Key;
  data: Schema;
  /** In order of the fallback (decision 036); a reset link is useless on paper, so some templates leave letter out. */
  channels: readonly MessageChannel[];
  text: Record<MessageLanguage, (data: z.output<Schema>, context: RenderContext) => MessageContent>;
  /** Data only the recipient may see: a link that logs in as them. Staff opening the message in Berichten see it blanked. */
  hiddenFromStaff?: readonly (keyof z.output<Schema> & string)[];
};

/**
 * A template with `content`, which checks stored data against the schema before rendering: a row that does not fit
 * fails there rather than rendering half a message.
 */
export const defineTemplate = <Key extends TemplateKey, Schema extends z.ZodType>(template: MessageTemplate<Key, Schema>) => ({
  ...template,
  content: (data: unknown, language: MessageLanguage, context: RenderContext): MessageContent => template.text[language](template.data.parse(data), context),
});

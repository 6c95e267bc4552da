import type { MessageLanguage } from '../../../contracts/messages';

const locales: Record<MessageLanguage, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-BE' };

const dateFormats = new Map<MessageLanguage, Intl.DateTimeFormat>();
const dateTimeFormats = new Map<MessageLanguage, Intl.DateTimeFormat>();

const cached = (cache: Map<MessageLanguage, Intl.DateTimeFormat>, language: MessageLanguage, options: Intl.DateTimeFormatOptions) => {
  const found = cache.get(language);
  if (found) return found;
  const format = new Intl.DateTimeFormat(locales[language], { ...options, timeZone: 'Europe/Brussels' });
  cache.set(language, format);
  return format;
};

/** An instant as people in Belgium read it: "2 december 2026 om 14:30". */
export const formatInstantFor = (language: MessageLanguage, instant: Date): string =>
  cached(dateTimeFormats, language, { dateStyle: 'long', timeStyle: 'short' }).format(instant);

/** A civil date (`YYYY-MM-DD`, already Brussels): "2 december 2026". Noon UTC lies on the same date in Brussels. */
export const formatCivilDateFor = (language: MessageLanguage, date: string): string =>
  cached(dateFormats, language, { dateStyle: 'long' }).format(new Date(`${date}T12:00:00Z`));

import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import fr from './fr.json';
import nlBE from './nl-BE.json';

export const supportedLocales = ['nl-BE', 'fr', 'en'] as const;
export type Locale = (typeof supportedLocales)[number];
export const defaultLocale: Locale = 'nl-BE';

const storageKey = 'wijkwerk.locale';

export const isLocale = (value: unknown): value is Locale => supportedLocales.some((locale) => locale === value);

/** Dates and numbers follow Belgian conventions whatever the language (day-month order, 24-hour clock). */
export const formattingLocale = (locale: string): string => (locale === 'nl-BE' ? 'nl-BE' : `${locale.slice(0, 2)}-BE`);

export const readStoredLocale = (): Locale => {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLocale(stored) ? stored : defaultLocale;
  } catch {
    // Private browsing modes may refuse storage; the default language is still a working answer.
    return defaultLocale;
  }
};

const storeLocale = (locale: string): void => {
  try {
    window.localStorage.setItem(storageKey, locale);
  } catch {
    // Not remembering the choice is acceptable; failing the switch is not.
  }
};

export const i18n = i18next.createInstance();

/** Synchronous init with bundled resources, so the first render already has its texts. */
export const initI18n = (locale: Locale = readStoredLocale()) => {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources: { 'nl-BE': { translation: nlBE }, fr: { translation: fr }, en: { translation: en } },
      lng: locale,
      fallbackLng: defaultLocale,
      supportedLngs: [...supportedLocales],
      load: 'currentOnly',
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
    });
    i18n.on('languageChanged', (language) => {
      document.documentElement.lang = language;
      storeLocale(language);
    });
    document.documentElement.lang = locale;
  }
  return i18n;
};

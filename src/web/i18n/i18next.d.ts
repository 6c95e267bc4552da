import type nlBE from './nl-BE.json';

// nl-BE is the source language: typing keys against it makes a missing or misspelt key a compile error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nlBE };
  }
}

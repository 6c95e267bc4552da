import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../contracts/errors';
import { roles } from '../../contracts/roles';
import en from './en.json';
import fr from './fr.json';
import nlBE from './nl-BE.json';

type Tree = { [key: string]: string | Tree };

const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)))),
  );

const variables = (text: string): string[] => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1] ?? '').sort();

const source = flatten(nlBE);

describe('translations', () => {
  it.each([
    ['fr', flatten(fr)],
    ['en', flatten(en)],
  ])('%s has exactly the keys of nl-BE, each with the same placeholders and some text', (_language, translation) => {
    expect(Object.keys(translation).sort()).toEqual(Object.keys(source).sort());
    for (const [key, text] of Object.entries(translation)) {
      expect({ key, variables: variables(text) }).toEqual({ key, variables: variables(source[key] ?? '') });
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('words every error code of the API contract', () => {
    const missing = errorCodes.filter((code) => !(`errors.${code}` in source));
    expect(missing).toEqual([]);
  });

  // The domain returns these in `code` and `details.reasons[].code` (eligibility R1–R3/R22, trajectory R5, agreement R7).
  it('words every rule reason the participant screens can receive', () => {
    const reasonCodes = [
      'DOMICILE_OUTSIDE_FLANDERS',
      'DOMICILE_POSTCODE_INVALID',
      'REFERRAL_MISSING',
      'VDAB_REFERRAL_REQUIRES_VDAB_REGISTRATION',
      'OCMW_REFERRAL_REQUIRES_LEEFLOON',
      'VDAB_REFERRAL_OF_LEEFLOON_RECIPIENT',
      'LEEFLOON_VDAB_REGISTRATION_EXPECTED',
      'MEDICAL_ADVISER_PERMISSION_MISSING',
      'MEDICAL_ADVISER_PERMISSION_NOT_VALID_ON_DATE',
      'NOT_AVAILABLE_FOR_LABOUR_MARKET',
      'TRAJECTORY_EXTENSION_LIMIT_REACHED',
      'TRAJECTORY_EXTENSION_OUTSIDE_WINDOW',
      'TRAJECTORY_EXTENSION_BEFORE_START',
      'TRAJECTORY_ALREADY_ENDED',
      'TRAJECTORY_END_AFTER_MAXIMUM',
      'AGREEMENT_NOT_SIGNED',
      'DOMICILE_OUTSIDE_ORGANISER_AREA',
      'AREA_MUNICIPALITY_REQUIRED',
      'NEW_REFERRAL_REQUIRED',
      'NEW_AGREEMENT_REQUIRED',
    ];
    expect(reasonCodes.filter((code) => !(`reasons.${code}` in source))).toEqual([]);
  });

  it('names every role', () => {
    expect(roles.filter((role) => !(`roles.${role}` in source))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { CLIENT_CATEGORIES } from '../clients/client-category';
import { parseCivilDate } from '../time/civil-date';
import { isActivityAllowed, type ActivityAllowedInput } from './activity-allowed';
import { FLEMISH_ACTIVITY_CATALOGUE } from './activity-catalogue';
import { MAIN_ACTIVITIES } from './main-activities';
import { unknownActivitiesInSubset, type MunicipalityActivitySubset } from './municipality-activity-subset';

const d = parseCivilDate;
const poperinge: MunicipalityActivitySubset = {
  municipalityNisCode: '33021',
  choices: [
    { activityCode: 'small_garden_maintenance.mowing', from: d('2018-01-01'), to: null },
    { activityCode: 'household_support.washing_textiles', from: d('2018-01-01'), to: null },
    { activityCode: 'accompanying_persons.lunchtime_supervision', from: d('2018-01-01'), to: null },
    { activityCode: 'small_repairs.grave_maintenance', from: d('2018-01-01'), to: d('2023-12-31') },
  ],
};
const mowing: ActivityAllowedInput = {
  clientCategory: 'private_person',
  activityCode: 'small_garden_maintenance.mowing',
  municipalitySubset: poperinge,
  date: d('2026-05-04'),
  pwaHistory: { clientDidActivityUnderPwa: false, participantDidActivityUnderPwa: false },
};

describe('activity catalogue (R15)', () => {
  it('R15: eight main activities; every sub-activity has a unique code, a Dutch label and a known category', () => {
    expect(MAIN_ACTIVITIES).toHaveLength(8);
    const codes = FLEMISH_ACTIVITY_CATALOGUE.map((activity) => activity.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const activity of FLEMISH_ACTIVITY_CATALOGUE) {
      expect(activity.code.startsWith(`${activity.mainActivity}.`)).toBe(true);
      expect(activity.labelNl.length).toBeGreaterThan(3);
      expect(activity.clientCategories.every((category) => (CLIENT_CATEGORIES as readonly string[]).includes(category))).toBe(true);
    }
    expect(new Set(FLEMISH_ACTIVITY_CATALOGUE.map((activity) => activity.mainActivity))).toEqual(new Set(MAIN_ACTIVITIES));
  });

  it('R15: a municipality subset may only name listed activities', () => {
    expect(unknownActivitiesInSubset(poperinge, FLEMISH_ACTIVITY_CATALOGUE)).toEqual([]);
    const withUnknown = { ...poperinge, choices: [...poperinge.choices, { activityCode: 'household_support.cleaning', from: d('2018-01-01'), to: null }] };
    expect(unknownActivitiesInSubset(withUnknown, FLEMISH_ACTIVITY_CATALOGUE).map((reason) => reason.code)).toEqual(['MUNICIPALITY_SUBSET_UNKNOWN_ACTIVITY']);
  });
});

describe('isActivityAllowed (R15, R16)', () => {
  it.each([
    ['R15: mowing for a household, chosen by the municipality', {}, []],
    ['R15: an unknown activity (household cleaning moved to dienstencheques)', { activityCode: 'household_support.cleaning' }, ['R15:ACTIVITY_UNKNOWN']],
    ['R15: mowing is not listed for schools', { clientCategory: 'school' }, ['R15:ACTIVITY_NOT_FOR_CLIENT_CATEGORY']],
    ['R15: lunchtime supervision for a school', { clientCategory: 'school', activityCode: 'accompanying_persons.lunchtime_supervision' }, []],
    ['R15: hedge trimming not chosen by this municipality', { activityCode: 'small_garden_maintenance.hedge_trimming' }, ['R15:ACTIVITY_NOT_CHOSEN_BY_MUNICIPALITY']],
    ['R15: grave maintenance dropped by the municipality after 2023', { activityCode: 'small_repairs.grave_maintenance' }, ['R15:ACTIVITY_NOT_CHOSEN_BY_MUNICIPALITY']],
    ['R15: grave maintenance while still chosen (2023)', { activityCode: 'small_repairs.grave_maintenance', date: d('2023-12-31') }, []],
    [
      'R16: washing textiles needs PWA history of client and participant',
      { activityCode: 'household_support.washing_textiles' },
      ['R16:PWA_TRANSITIONAL_ACTIVITY_CLIENT_WITHOUT_PWA_HISTORY', 'R16:PWA_TRANSITIONAL_ACTIVITY_PARTICIPANT_WITHOUT_PWA_HISTORY'],
    ],
    [
      'R16: washing textiles when only the client did it under the PWA',
      { activityCode: 'household_support.washing_textiles', pwaHistory: { clientDidActivityUnderPwa: true, participantDidActivityUnderPwa: false } },
      ['R16:PWA_TRANSITIONAL_ACTIVITY_PARTICIPANT_WITHOUT_PWA_HISTORY'],
    ],
    [
      'R16: washing textiles when both did it under the PWA',
      { activityCode: 'household_support.washing_textiles', pwaHistory: { clientDidActivityUnderPwa: true, participantDidActivityUnderPwa: true } },
      [],
    ],
    [
      'R15, R16: every reason at once',
      { clientCategory: 'non_profit', activityCode: 'household_support.big_cleaning' },
      [
        'R15:ACTIVITY_NOT_FOR_CLIENT_CATEGORY',
        'R15:ACTIVITY_NOT_CHOSEN_BY_MUNICIPALITY',
        'R16:PWA_TRANSITIONAL_ACTIVITY_CLIENT_WITHOUT_PWA_HISTORY',
        'R16:PWA_TRANSITIONAL_ACTIVITY_PARTICIPANT_WITHOUT_PWA_HISTORY',
      ],
    ],
  ] as const)('%s', (_label, overrides, expected) => {
    const verdict = isActivityAllowed({ ...mowing, ...overrides });
    expect(verdict.reasons.map((reason) => `${reason.rule}:${reason.code}`)).toEqual(expected);
    expect(verdict.allowed).toBe(expected.length === 0);
  });
});

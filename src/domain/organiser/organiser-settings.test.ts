import { describe, expect, it } from 'vitest';
import { parseCivilDate } from '../time/civil-date';
import { chequePriceEffectiveFrom, interMunicipalChequePriceCents, organiserChequePriceOn, validateOrganiserSettings } from './organiser-settings';

const d = parseCivilDate;
const westhoek = {
  chequePriceDecisions: [
    { priceCents: 745, decidedOn: d('2017-10-20') },
    { priceCents: 695, decidedOn: d('2025-06-12') },
  ],
};

describe('organiser settings (R9)', () => {
  it('R9: a price decision takes effect on 1 January of the following year', () => {
    expect(chequePriceEffectiveFrom(d('2025-06-12'))).toBe('2026-01-01');
    expect(chequePriceEffectiveFrom(d('2025-12-31'))).toBe('2026-01-01');
  });

  it.each([
    ['R9: the 2017 decision applies from 2018-01-01', '2018-01-01', 745],
    ['R9: a 2025 decision does not apply on 2025-12-31', '2025-12-31', 745],
    ['R9: a 2025 decision applies from 2026-01-01', '2026-01-01', 695],
    ['R9: no price before any decision took effect', '2017-12-31', null],
  ] as const)('%s', (_label, date, price) => {
    expect(organiserChequePriceOn(westhoek, d(date))).toBe(price);
  });

  it('R9: valid settings pass; off-band prices and same-year decisions are refused with every reason', () => {
    expect(validateOrganiserSettings(westhoek).allowed).toBe(true);
    const invalid = validateOrganiserSettings({
      chequePriceDecisions: [
        { priceCents: 620, decidedOn: d('2024-03-01') },
        { priceCents: 800, decidedOn: d('2024-09-01') },
      ],
    });
    expect(invalid.reasons.map((reason) => reason.code)).toEqual([
      'CHEQUE_PRICE_NOT_ON_STEP',
      'CHEQUE_PRICE_ABOVE_MAXIMUM',
      'CHEQUE_PRICE_NOT_ON_STEP',
      'CHEQUE_PRICE_DECISIONS_CONFLICT',
    ]);
    expect(validateOrganiserSettings({ chequePriceDecisions: [] }).reasons.map((reason) => reason.code)).toEqual(['CHEQUE_PRICE_MISSING']);
  });

  it('R9: without consensus the lowest municipal price applies', () => {
    expect(interMunicipalChequePriceCents([745, 645, 695], null)).toBe(645);
    expect(interMunicipalChequePriceCents([745, 645], 745)).toBe(745);
  });
});

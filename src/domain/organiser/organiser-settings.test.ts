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

  it('R9: valid settings pass; off-band prices are refused with every reason', () => {
    expect(validateOrganiserSettings(westhoek).allowed).toBe(true);
    const invalid = validateOrganiserSettings({
      chequePriceDecisions: [
        { priceCents: 620, decidedOn: d('2024-03-01') },
        { priceCents: 800, decidedOn: d('2024-09-01') },
      ],
    });
    expect(invalid.reasons.map((reason) => reason.code)).toEqual(['CHEQUE_PRICE_NOT_ON_STEP', 'CHEQUE_PRICE_ABOVE_MAXIMUM', 'CHEQUE_PRICE_NOT_ON_STEP']);
    expect(validateOrganiserSettings({ chequePriceDecisions: [] }).reasons.map((reason) => reason.code)).toEqual(['CHEQUE_PRICE_MISSING']);
  });

  describe('R9: a later decision taken before the effective date replaces the earlier one', () => {
    // €7.45 since 2018; on 2025-03-10 the council decides €6.45 for 2026, on 2025-09-22 it changes that to €6.95.
    const revised = {
      chequePriceDecisions: [
        ...westhoek.chequePriceDecisions.slice(0, 1),
        { priceCents: 645, decidedOn: d('2025-03-10') },
        { priceCents: 695, decidedOn: d('2025-09-22') },
      ],
    };

    it('R9: two decisions in 2025 (€6.45 on 10 March, €6.95 on 22 September) are accepted', () => {
      expect(validateOrganiserSettings(revised)).toEqual({ allowed: true, reasons: [] });
    });

    it.each([
      ['R9: on 2025-12-31 the €7.45 of 2018 still applies', '2025-12-31', 745],
      ['R9: from 2026-01-01 the September decision (€6.95) applies, not the March one (€6.45)', '2026-01-01', 695],
    ] as const)('%s', (_label, date, price) => {
      expect(organiserChequePriceOn(revised, d(date))).toBe(price);
    });

    it('R9: the order in which decisions are listed does not matter', () => {
      expect(organiserChequePriceOn({ chequePriceDecisions: [...revised.chequePriceDecisions].reverse() }, d('2026-01-01'))).toBe(695);
    });

    it('R9: two different prices decided on the same day are refused (no later one to prefer)', () => {
      const sameDay = {
        chequePriceDecisions: [
          { priceCents: 645, decidedOn: d('2025-03-10') },
          { priceCents: 695, decidedOn: d('2025-03-10') },
        ],
      };
      expect(validateOrganiserSettings(sameDay).reasons).toEqual([
        { code: 'CHEQUE_PRICE_DECISIONS_CONFLICT', rule: 'R9', details: { decidedOn: '2025-03-10', effectiveFrom: '2026-01-01' } },
      ]);
    });
  });

  it('R9: without consensus the lowest municipal price applies', () => {
    expect(interMunicipalChequePriceCents([745, 645, 695], null)).toBe(645);
    expect(interMunicipalChequePriceCents([745, 645], 745)).toBe(745);
  });
});

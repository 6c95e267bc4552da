import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCivilDate } from '../time/civil-date';
import { chequeExpiry, isChequeValidOn } from './cheque-expiry';
import { isChequePriceAllowed } from './cheque-price';
import { chequesNeeded, chequesNeededForEntries } from './cheques-needed';

const d = parseCivilDate;

describe('cheques needed (R8)', () => {
  it.each([
    ['R8: 0:00 h needs 0 cheques', 0, 0],
    ['R8: 0:01 h needs 1 cheque', 1, 1],
    ['R8: 1:00 h needs 1 cheque', 60, 1],
    ['R8: 1:01 h needs 2 cheques', 61, 2],
    ['R8: 2:30 h needs 3 cheques', 150, 3],
  ] as const)('%s', (_label, minutes, cheques) => {
    expect(chequesNeeded(minutes)).toBe(cheques);
  });

  it('R8: counted per entry: two entries of 0:30 need 2 cheques', () => {
    expect(chequesNeededForEntries([{ minutes: 30 }, { minutes: 30 }])).toBe(2);
  });

  it('R8: property — cheques cover the minutes with less than one hour to spare', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1440 }), (minutes) => {
        const cheques = chequesNeeded(minutes);
        expect(cheques * 60).toBeGreaterThanOrEqual(minutes);
        expect(cheques * 60 - minutes).toBeLessThan(60);
      }),
    );
  });
});

describe('cheque validity (R13)', () => {
  it.each([
    ['R13: issued 2024-03-15, valid through 2025-03-14', '2024-03-15', '2025-03-14', null],
    ['R13: issued on leap day 2024-02-29, valid through 2025-02-28', '2024-02-29', '2025-02-28', null],
    ['R13: issued 2019-01-10 (expired before COVID 2021), 12 months', '2019-01-10', '2020-01-09', null],
    ['R13: COVID 2021 — issued 2021-03-29, valid 15 months', '2021-03-29', '2022-06-28', 'covid-2021-issued-through-2021-03-29'],
    ['R13: COVID 2021 — issued 2020-06-10, still valid on 2021-03-29, 15 months', '2020-06-10', '2021-09-09', 'covid-2021-issued-through-2021-03-29'],
    ['R13: COVID 2021 — issued 2020-03-30, its normal last day is 2021-03-29, 15 months', '2020-03-30', '2021-06-29', 'covid-2021-issued-through-2021-03-29'],
    ['R13: COVID 2021 — issued 2020-03-29 expired on 2021-03-28, no extension', '2020-03-29', '2021-03-28', null],
    ['R13: issued 2021-03-30, after the measure, 12 months', '2021-03-30', '2022-03-29', null],
  ] as const)('%s', (_label, issued, lastValid, extension) => {
    expect(chequeExpiry(d(issued))).toMatchObject({ lastValidDate: lastValid, appliedExtensionId: extension });
  });

  it('R13: a cheque expiring between 29 March and 1 June 2021 by another measure gets 3 more months', () => {
    const expiry = chequeExpiry(d('2020-05-01'), undefined, [
      {
        id: 'test',
        legalBasis: 'test',
        sources: ['S8'],
        rule: { kind: 'extra_months_for_expiry_dates', expiringFrom: d('2021-03-29'), expiringThrough: d('2021-06-01'), extraMonths: 3 },
      },
    ]);
    expect(expiry).toMatchObject({ normalLastValidDate: '2021-04-30', lastValidDate: '2021-07-30', appliedExtensionId: 'test' });
  });

  it('R13: valid on its last day, not the day after', () => {
    expect(isChequeValidOn(d('2024-03-15'), d('2025-03-14'))).toBe(true);
    expect(isChequeValidOn(d('2024-03-15'), d('2025-03-15'))).toBe(false);
  });
});

describe('cheque price (R9)', () => {
  it.each([
    ['R9: €5.95 allowed', 595, []],
    ['R9: €6.45 allowed', 645, []],
    ['R9: €6.95 allowed', 695, []],
    ['R9: €7.45 allowed', 745, []],
    ['R9: €5.45 below the minimum', 545, ['CHEQUE_PRICE_BELOW_MINIMUM']],
    ['R9: €7.95 above the maximum', 795, ['CHEQUE_PRICE_ABOVE_MAXIMUM']],
    ['R9: €6.20 is not on a €0.50 step', 620, ['CHEQUE_PRICE_NOT_ON_STEP']],
    ['R9: €8.00 above the maximum and off-step', 800, ['CHEQUE_PRICE_ABOVE_MAXIMUM', 'CHEQUE_PRICE_NOT_ON_STEP']],
  ] as const)('%s', (_label, priceCents, codes) => {
    const verdict = isChequePriceAllowed(priceCents, d('2026-01-01'));
    expect(verdict.reasons.map((reason) => reason.code)).toEqual(codes);
    expect(verdict.allowed).toBe(codes.length === 0);
  });
});

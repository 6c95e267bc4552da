import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCivilDate } from '../time/civil-date';
import { clientMayBePlanned, type ClientPlanningInput } from './client-planning-gate';

const ready: ClientPlanningInput = { agreementSignedOn: parseCivilDate('2025-11-20'), registrationFeePaidForYears: [2025, 2026] };

describe('client planning gate (R7, R17)', () => {
  it.each([
    ['R17: agreement signed and the fee of 2026 paid: may be planned', ready, 2026, []],
    ['R17: no signed agreement', { ...ready, agreementSignedOn: null }, 2026, ['R7:CLIENT_AGREEMENT_NOT_SIGNED']],
    ['R17: the fee of 2027 is not paid', ready, 2027, ['R17:CLIENT_REGISTRATION_FEE_UNPAID']],
    ["R17: last year's fee does not count for this year", { ...ready, registrationFeePaidForYears: [2025] }, 2026, ['R17:CLIENT_REGISTRATION_FEE_UNPAID']],
    ['R17: an agreement signed in 2025 does not plan 2024', { ...ready, registrationFeePaidForYears: [2024] }, 2024, ['R7:CLIENT_AGREEMENT_NOT_SIGNED']],
    [
      'R17: neither: both reasons',
      { agreementSignedOn: null, registrationFeePaidForYears: [] },
      2026,
      ['R7:CLIENT_AGREEMENT_NOT_SIGNED', 'R17:CLIENT_REGISTRATION_FEE_UNPAID'],
    ],
  ] as const)('%s', (_label, client, year, expected) => {
    expect(clientMayBePlanned(client, year).reasons.map((reason) => `${reason.rule}:${reason.code}`)).toEqual(expected);
  });

  it('R17: property — allowed exactly when the year is paid and the agreement was signed in or before it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2018, max: 2040 }),
        fc.uniqueArray(fc.integer({ min: 2018, max: 2040 })),
        fc.option(fc.integer({ min: 2018, max: 2040 })),
        (year, paid, signedYear) => {
          const verdict = clientMayBePlanned(
            { agreementSignedOn: signedYear === null ? null : parseCivilDate(`${signedYear}-06-30`), registrationFeePaidForYears: paid },
            year,
          );
          expect(verdict.allowed).toBe(paid.includes(year) && signedYear !== null && signedYear <= year);
        },
      ),
    );
  });
});

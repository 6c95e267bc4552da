import { describe, expect, it } from 'vitest';
import { CLIENT_CATEGORIES } from '../clients/client-category';
import { parseCivilDate } from '../time/civil-date';
import { fiscalCertificateFor } from './fiscal-certificate';

const d = parseCivilDate;
const purchases = [
  { paidOn: d('2024-12-31'), chequeCount: 10, amountPaidCents: 7450 },
  { paidOn: d('2025-01-01'), chequeCount: 20, amountPaidCents: 14900 },
  { paidOn: d('2025-06-15'), chequeCount: 3, amountPaidCents: 2235 },
];

describe('fiscal certificate (R21)', () => {
  it('R21: a private person gets a certificate for cheques paid in the calendar year', () => {
    expect(fiscalCertificateFor('private_person', 2025, purchases)).toEqual({
      issued: true,
      certificate: {
        year: 2025,
        chequeCount: 23,
        amountPaidCents: 17135,
        reductionPercent: 20,
        reductionPercentConfirmed: false,
        indicativeReductionCents: 3427,
        ceilingCents: null,
      },
    });
  });

  // The same €171.35 (23 cheques) paid in different income years: the rate is a dated scheme parameter.
  it.each([
    ['R21: income year 2018 — 30 %, €171.35 → €51.41', 2018, 30, true, 5141],
    ['R21: income year 2019 — still 30 %, €171.35 → €51.41', 2019, 30, true, 5141],
    ['R21: income year 2020 — 20 %, €171.35 → €34.27', 2020, 20, true, 3427],
    ['R21: income year 2024 — 20 %, €171.35 → €34.27', 2024, 20, true, 3427],
    ['R21: income year 2025 — 20 % marked to confirm', 2025, 20, false, 3427],
    ['R21: income year 2026 — 20 % marked to confirm', 2026, 20, false, 3427],
  ] as const)('%s', (_label, year, reductionPercent, reductionPercentConfirmed, indicativeReductionCents) => {
    const paidInYear = [
      { paidOn: d(`${year}-03-01`), chequeCount: 20, amountPaidCents: 14900 },
      { paidOn: d(`${year}-11-30`), chequeCount: 3, amountPaidCents: 2235 },
    ];
    expect(fiscalCertificateFor('private_person', year, paidInYear)).toMatchObject({
      issued: true,
      certificate: { year, amountPaidCents: 17135, reductionPercent, reductionPercentConfirmed, indicativeReductionCents },
    });
  });

  it.each(CLIENT_CATEGORIES.filter((category) => category !== 'private_person'))('R21: %s (a legal entity) gets no certificate', (category) => {
    expect(fiscalCertificateFor(category, 2025, purchases)).toMatchObject({ issued: false, reasons: [{ code: 'FISCAL_CERTIFICATE_PRIVATE_PERSONS_ONLY', rule: 'R21' }] });
  });

  it('R21: no certificate for a year without payments', () => {
    expect(fiscalCertificateFor('private_person', 2023, purchases)).toMatchObject({ issued: false, reasons: [{ code: 'NO_CHEQUES_PAID_IN_YEAR' }] });
  });
});

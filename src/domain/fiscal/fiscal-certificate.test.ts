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
      certificate: { year: 2025, chequeCount: 23, amountPaidCents: 17135, reductionPercent: 30, indicativeReductionCents: 5141, ceilingCents: null },
    });
  });

  it.each(CLIENT_CATEGORIES.filter((category) => category !== 'private_person'))('R21: %s (a legal entity) gets no certificate', (category) => {
    expect(fiscalCertificateFor(category, 2025, purchases)).toMatchObject({ issued: false, reasons: [{ code: 'FISCAL_CERTIFICATE_PRIVATE_PERSONS_ONLY', rule: 'R21' }] });
  });

  it('R21: no certificate for a year without payments', () => {
    expect(fiscalCertificateFor('private_person', 2023, purchases)).toMatchObject({ issued: false, reasons: [{ code: 'NO_CHEQUES_PAID_IN_YEAR' }] });
  });
});

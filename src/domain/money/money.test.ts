import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCHEME_PARAMETERS } from '../parameters/scheme-parameter-table';
import { SCHEME_START_DATE } from '../parameters/scheme-start';
import { civilDateFromParts, daysInMonth, parseCivilDate } from '../time/civil-date';
import { allowanceForEntries } from './allowance';
import { paymentStatementFor, type PayableEntry } from './payment-statement';
import { roundHalfUpDivide } from './rounding';
import { metresFromKm, travelAllowanceFor } from './travel-allowance';

const d = parseCivilDate;
const anyDate = fc
  .tuple(fc.integer({ min: 2018, max: 2040 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([year, month, day]) => civilDateFromParts(year, month, Math.min(day, daysInMonth(year, month))));

describe('rounding (decision 105)', () => {
  it.each([
    [3, 2, 2],
    [5, 2, 3],
    [4, 3, 1],
    [151_500, 100_000, 2],
    [0, 7, 0],
  ] as const)('%i / %i rounds half up to %i', (numerator, denominator, expected) => {
    expect(roundHalfUpDivide(numerator, denominator)).toBe(expected);
  });
});

describe('allowance (R10)', () => {
  it.each([
    ['R10: 1:00 h pays €4.10', 60, 410],
    ['R10: 1:01 h pays 2 started hours, €8.20', 61, 820],
    ['R10: 0:15 h pays 1 started hour', 15, 410],
    ['R10: 3:00 h pays €12.30', 180, 1230],
  ] as const)('%s', (_label, minutes, cents) => {
    expect(allowanceForEntries([{ date: d('2026-02-10'), minutes }]).totalCents).toBe(cents);
  });

  it.each([
    ['R10 (pro rata alternative): 1:01 h pays 417 cents', 61, 417],
    ['R10 (pro rata alternative): 0:15 h pays 103 cents (102.5 rounded half up)', 15, 103],
  ] as const)('%s', (_label, minutes, cents) => {
    expect(allowanceForEntries([{ date: d('2026-02-10'), minutes }], undefined, 'per_minute_pro_rata').totalCents).toBe(cents);
  });
});

describe('travel allowance (R11)', () => {
  it.each([
    ['R11: round trip 10.0 km pays nothing', '2024-06-01', 'round_trip', 10_000, 0],
    ['R11: round trip 10.1 km is paid (all km, 17 ct → 171.7 → 172 cents)', '2024-06-01', 'round_trip', 10_100, 172],
    ['R11: one way 5.0 km (the flyer\'s "meer dan 5 km") pays nothing', '2024-06-01', 'one_way', 5_000, 0],
    ['R11: one way 5.05 km = round trip 10.1 km is paid', '2024-06-01', 'one_way', 5_050, 172],
    ['R11: 20 km on 2023-12-31 at 15 ct = €3.00', '2023-12-31', 'round_trip', 20_000, 300],
    ['R11: 20 km on 2024-01-01 at 17 ct = €3.40', '2024-01-01', 'round_trip', 20_000, 340],
    ['R11: 20 km on 2024-12-31 at 17 ct = €3.40', '2024-12-31', 'round_trip', 20_000, 340],
    ['R11: 20 km on 2025-01-01 at 17.34 ct = €3.468 → €3.47', '2025-01-01', 'round_trip', 20_000, 347],
    ['R11: 20 km on 2026-01-01 at 17.69 ct = €3.538 → €3.54', '2026-01-01', 'round_trip', 20_000, 354],
  ] as const)('%s', (_label, date, measured, metres, cents) => {
    expect(travelAllowanceFor(d(date), { measured, metres }).amountCents).toBe(cents);
  });

  it('R11: below the threshold the reason says why', () => {
    expect(travelAllowanceFor(d('2024-06-01'), { measured: 'round_trip', metres: 10_000 }).reason).toEqual({
      code: 'TRAVEL_ROUND_TRIP_NOT_ABOVE_THRESHOLD',
      rule: 'R11',
      details: { roundTripMetres: 10_000, thresholdMetres: 10_000 },
    });
  });

  it('R11 (alternative basis, decision 104): only the km above 10 km are paid — 20 km at 17 ct pays €1.70', () => {
    const table = {
      ...SCHEME_PARAMETERS,
      travelAllowanceKmBasis: [{ validFrom: SCHEME_START_DATE, value: 'km_above_threshold' as const, sources: ['product' as const] }],
    };
    expect(travelAllowanceFor(d('2024-06-01'), { measured: 'round_trip', metres: 20_000 }, table)).toMatchObject({ paidMetres: 10_000, amountCents: 170 });
  });

  it('R11: decimal km from a form become whole metres', () => {
    expect([metresFromKm(10.1), metresFromKm(10), metresFromKm(0.0004)]).toEqual([10_100, 10_000, 0]);
  });
});

describe('payment statement (R10–R12)', () => {
  it('R12: allowance plus travel, nothing withheld', () => {
    const statement = paymentStatementFor([
      { date: d('2026-02-10'), minutes: 180, travel: { measured: 'one_way', metres: 12_000 } },
      { date: d('2026-02-12'), minutes: 61, travel: null },
    ]);
    expect(statement).toMatchObject({ allowanceCents: 2050, travelCents: 425, totalCents: 2475, withheldCents: 0 });
  });

  it('R10–R12: property — every amount is integer cents and totals equal the sum of their lines', () => {
    const entry = fc.record({
      date: anyDate,
      minutes: fc.integer({ min: 1, max: 1440 }),
      travel: fc.option(fc.record({ measured: fc.constantFrom('one_way' as const, 'round_trip' as const), metres: fc.integer({ min: 0, max: 200_000 }) }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), fc.constantFrom('per_started_hour' as const, 'per_minute_pro_rata' as const), (entries: PayableEntry[], basis) => {
        const statement = paymentStatementFor(entries);
        const amounts = [...statement.allowanceLines, ...statement.travelLines].map((line) => line.amountCents);
        for (const amount of [...amounts, statement.totalCents]) expect(Number.isSafeInteger(amount)).toBe(true);
        expect(statement.allowanceCents).toBe(statement.allowanceLines.reduce((sum, line) => sum + line.amountCents, 0));
        expect(statement.travelCents).toBe(statement.travelLines.reduce((sum, line) => sum + line.amountCents, 0));
        expect(statement.totalCents).toBe(statement.allowanceCents + statement.travelCents);
        const proRata = allowanceForEntries(entries, undefined, basis);
        expect(proRata.totalCents).toBe(proRata.lines.reduce((sum, line) => sum + line.amountCents, 0));
      }),
    );
  });

  it('R10: property — per started hour never pays less than pro rata', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 1440 }), (date, minutes) => {
        const entries = [{ date, minutes }];
        expect(allowanceForEntries(entries).totalCents).toBeGreaterThanOrEqual(allowanceForEntries(entries, undefined, 'per_minute_pro_rata').totalCents);
      }),
    );
  });
});

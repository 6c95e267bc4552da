import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { chequeExpiry } from '../cheques/cheque-expiry';
import { buildHoursLedger } from '../limits/hours-ledger';
import { hoursCountersOn } from '../limits/hours-counters';
import { paymentStatementFor } from '../money/payment-statement';
import { schemeParametersOn } from '../parameters/parameter-lookup';
import { trajectoryWindow } from '../trajectory/trajectory-window';
import { civilDateFromParts, dayOf, daysInMonth, monthOf, yearOf, type CivilDate } from './civil-date';
import { civilDateOfInstant } from './civil-date-of-instant';
import { addWorkingDays } from './working-days';

const domainRoot = join(import.meta.dirname, '..');
// Offices deal in instants (opening hours) and belong to another module; everything else works on civil dates.
const civilDateModules = (directory: string): string[] =>
  readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return relative(domainRoot, path) === 'offices' ? [] : civilDateModules(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });

const resultsOn = (date: CivilDate) => {
  const window = trajectoryWindow({ startDate: date, extensionsGranted: 1, endedOn: null, pwaTransitional: null, interimWorkDates: [] });
  return {
    parameters: schemeParametersOn(date),
    window,
    counters: hoursCountersOn(buildHoursLedger([{ date, minutes: 125 }]), date, window),
    expiry: chequeExpiry(date),
    deadline: addWorkingDays(date, 5),
    // 23:30 UTC: already the next day in Brussels, in winter and in summer.
    brusselsDate: civilDateOfInstant(new Date(Date.UTC(yearOf(date), monthOf(date) - 1, dayOf(date), 23, 30))),
    payment: paymentStatementFor([{ date, minutes: 61, travel: { measured: 'round_trip', metres: 23_456 } }]),
  };
};

describe('time-zone independence', () => {
  const originalZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalZone;
  });

  it('no civil-date module reads the clock or the machine time zone (UTC-only Date use is allowed)', () => {
    const forbidden =
      /Date\.now\(|new Date\((?!Date\.UTC\()|Date\.parse\(|getTimezoneOffset|\.get(?:Hours|Minutes|Date|Day|Month|FullYear)\(|\.set(?:Hours|Date|Month|FullYear)\(|toLocale(?:Date|Time)?String|Temporal\.Now|Intl\.DateTimeFormat/;
    // civil-date-of-instant.ts converts instants with a formatter bound to Europe/Brussels, never the machine's zone
    // (the property test below runs it under other zones).
    const offenders = civilDateModules(domainRoot)
      .filter((path) => relative(domainRoot, path) !== join('time', 'civil-date-of-instant.ts'))
      .filter((path) => forbidden.test(readFileSync(path, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('property: the same inputs give the same results in UTC, Pacific/Auckland and America/Los_Angeles', () => {
    const anyDate = fc
      .tuple(fc.integer({ min: 2018, max: 2040 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
      .map(([year, month, day]) => civilDateFromParts(year, month, Math.min(day, daysInMonth(year, month))));
    fc.assert(
      fc.property(anyDate, (date) => {
        const perZone = ['UTC', 'Pacific/Auckland', 'America/Los_Angeles'].map((zone) => {
          process.env.TZ = zone;
          return JSON.stringify(resultsOn(date));
        });
        expect(new Set(perZone).size).toBe(1);
      }),
      { numRuns: 50 },
    );
  });
});

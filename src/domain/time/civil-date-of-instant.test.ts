import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { civilDateOfInstant } from './civil-date-of-instant';

describe('civilDateOfInstant', () => {
  it.each([
    ['23:30 UTC on 31 December is already 1 January in Brussels (winter, UTC+1)', '2026-12-31T23:30:00Z', '2027-01-01'],
    ['22:30 UTC on 30 June is 1 July in Brussels (summer, UTC+2)', '2026-06-30T22:30:00Z', '2026-07-01'],
    ['21:59 UTC on 30 June is still 30 June', '2026-06-30T21:59:00Z', '2026-06-30'],
  ])('%s', (_case, instant, expected) => {
    expect(civilDateOfInstant(new Date(instant))).toBe(expected);
  });

  it('property: agrees with Temporal.ZonedDateTime (the implementation it replaced) over 1900–2199, near midnight too', () => {
    const day = 86_400_000;
    const anyInstant = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2199, 11, 30) });
    // Brussels midnight falls between 21:00 and 00:00 UTC in every year covered (UTC+0 up to UTC+2).
    const nearMidnight = anyInstant.chain((ms) => fc.integer({ min: -4 * 3_600_000, max: 3_600_000 }).map((offset) => Math.floor(ms / day) * day + offset));
    fc.assert(
      fc.property(fc.oneof(anyInstant, nearMidnight), (ms) => {
        const expected = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO('Europe/Brussels').toPlainDate().toString();
        expect(civilDateOfInstant(new Date(ms))).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});

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
});

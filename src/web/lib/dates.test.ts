import { describe, expect, it } from 'vitest';
import { addDaysTo, brusselsDateTime, formatInstant, todayInBrussels } from './dates';

describe('Brussels dates', () => {
  it("takes today's date from the Brussels clock, not the device's", () => {
    expect(todayInBrussels(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25');
    expect(todayInBrussels(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
    expect(todayInBrussels(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  });

  it('sends an intake time with the offset of that day, winter or summer', () => {
    expect(brusselsDateTime('2026-11-25', '10:30')).toBe('2026-11-25T10:30:00+01:00');
    expect(brusselsDateTime('2026-07-01', '09:00')).toBe('2026-07-01T09:00:00+02:00');
    expect(brusselsDateTime('2026-02-30', '09:00')).toBeNull();
    expect(brusselsDateTime('2026-11-25', '9u')).toBeNull();
  });

  it('adds days across month ends and reads an instant back in Brussels time', () => {
    expect(addDaysTo('2026-12-31', 1)).toBe('2027-01-01');
    expect(formatInstant('2026-11-25T09:30:00Z', 'nl-BE')).toBe('woensdag 25 november 2026 om 10:30');
  });
});

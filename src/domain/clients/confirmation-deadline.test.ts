import { describe, expect, it } from 'vitest';
import { parseCivilDate } from '../time/civil-date';
import { clientConfirmationDeadline, isAutoConfirmedOn } from './confirmation-deadline';

const d = parseCivilDate;

describe('client confirmation deadline', () => {
  it('5 working days, skipping weekends and public holidays (decision 107)', () => {
    expect(clientConfirmationDeadline(d('2024-12-20'))).toBe('2024-12-30');
    expect(isAutoConfirmedOn(d('2024-12-20'), d('2024-12-30'))).toBe(false);
    expect(isAutoConfirmedOn(d('2024-12-20'), d('2024-12-31'))).toBe(true);
  });
});

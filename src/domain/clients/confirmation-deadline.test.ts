import { describe, expect, it } from 'vitest';
import { accidentReportDeadline } from '../insurance/accident-report-deadline';
import { checkOrganiserArea } from '../organiser/organiser-area';
import { parseCivilDate } from '../time/civil-date';
import { clientConfirmationDeadline, isAutoConfirmedOn } from './confirmation-deadline';

const d = parseCivilDate;

describe('deadlines', () => {
  it('client confirmation: 5 working days, skipping weekends and public holidays (decision 107)', () => {
    expect(clientConfirmationDeadline(d('2024-12-20'))).toBe('2024-12-30');
    expect(isAutoConfirmedOn(d('2024-12-20'), d('2024-12-30'))).toBe(false);
    expect(isAutoConfirmedOn(d('2024-12-20'), d('2024-12-31'))).toBe(true);
  });

  it('R20: an accident on Friday 2025-04-18 must be reported by 2025-04-30 (Easter Monday skipped)', () => {
    expect(accidentReportDeadline(d('2025-04-18'))).toBe('2025-04-30');
  });

  it.each([
    ['R19: 59,999 inhabitants is too small', 59_999, false],
    ['R19: 60,000 inhabitants is enough', 60_000, true],
  ] as const)('%s', (_label, inhabitants, allowed) => {
    expect(checkOrganiserArea(inhabitants, d('2026-01-01')).allowed).toBe(allowed);
  });
});

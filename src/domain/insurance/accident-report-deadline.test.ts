import { describe, expect, it } from 'vitest';
import { parseCivilDate } from '../time/civil-date';
import { accidentReportDeadline } from './accident-report-deadline';

describe('accident report deadline (R20)', () => {
  it('R20: an accident on Friday 2025-04-18 must be reported by 2025-04-30 (Easter Monday skipped)', () => {
    expect(accidentReportDeadline(parseCivilDate('2025-04-18'))).toBe('2025-04-30');
  });
});

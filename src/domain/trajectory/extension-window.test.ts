import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCHEME_PARAMETERS, type SchemeParameterTable } from '../parameters/scheme-parameter-table';
import { addDays, daysBetween } from '../time/civil-date-arithmetic';
import { civilDateFromParts, parseCivilDate } from '../time/civil-date';
import { checkExtensionWindow, extensionWindowOf } from './extension-window';
import { checkTrajectoryExtension } from './trajectory-extension';

const d = parseCivilDate;
const start = d('2024-01-15');

describe('extension window around the 6-monthly evaluation (R5)', () => {
  it('R5: a trajectory started 2024-01-15 has its evaluation due on 2024-07-14; the window runs 2024-06-14 to 2024-08-13', () => {
    expect(extensionWindowOf(start, 0)).toEqual({ dueDate: '2024-07-14', opensOn: '2024-06-14', closesOn: '2024-08-13' });
  });

  it.each([
    ['R5: day 1 of the trajectory cannot extend', '2024-01-15', false],
    ['R5: 31 days before the due date is too early', '2024-06-13', false],
    ['R5: 30 days before the due date the window opens', '2024-06-14', true],
    ['R5: on the due date itself', '2024-07-14', true],
    ['R5: 30 days after the due date (the appointment slipped) still extends', '2024-08-13', true],
    ['R5: 31 days after the due date is too late', '2024-08-14', false],
  ] as const)('%s', (_label, requestedOn, allowed) => {
    const verdict = checkExtensionWindow({ startDate: start, extensionsGranted: 0, requestedOn: d(requestedOn) });
    expect(verdict.allowed).toBe(allowed);
    expect(verdict.reasons.map((reason) => `${reason.rule}:${reason.code}`)).toEqual(allowed ? [] : ['R5:TRAJECTORY_EXTENSION_OUTSIDE_WINDOW']);
  });

  it('R5: the refusal names the due date and both ends of the window, so the screen can say when it is possible', () => {
    const [reason] = checkExtensionWindow({ startDate: start, extensionsGranted: 0, requestedOn: start }).reasons;
    expect(reason?.details).toEqual({ dueDate: '2024-07-14', opensOn: '2024-06-14', closesOn: '2024-08-13', requestedOn: '2024-01-15' });
  });

  it('R5: a start on 31 August has its evaluation due on the last day of February, the window crossing month ends', () => {
    expect(extensionWindowOf(d('2024-08-31'), 0)).toEqual({ dueDate: '2025-02-28', opensOn: '2025-01-29', closesOn: '2025-03-30' });
  });

  it('R5: the extension itself is refused on day 1 and in the window allowed (checkTrajectoryExtension)', () => {
    const on = (requestedOn: string) => checkTrajectoryExtension({ startDate: start, extensionsGranted: 0, endedOn: null, requestedOn: d(requestedOn) });
    expect(on('2024-01-15').reasons.map((reason) => reason.code)).toEqual(['TRAJECTORY_EXTENSION_OUTSIDE_WINDOW']);
    expect(on('2024-07-01').allowed).toBe(true);
    expect(on('2024-01-14').reasons.map((reason) => reason.code)).toEqual(['TRAJECTORY_EXTENSION_BEFORE_START']);
  });

  it('R5: the window is a dated parameter, read on the start date: a new version applies to trajectories started from its date', () => {
    const narrower: SchemeParameterTable = {
      ...SCHEME_PARAMETERS,
      extensionWindowDaysBeforeDue: [...SCHEME_PARAMETERS.extensionWindowDaysBeforeDue, { validFrom: d('2026-01-01'), value: 14, sources: ['product'] }],
    };
    expect(extensionWindowOf(d('2025-12-31'), 0, narrower)).toEqual({ dueDate: '2026-06-30', opensOn: '2026-05-31', closesOn: '2026-07-30' });
    expect(extensionWindowOf(d('2026-01-01'), 0, narrower)).toEqual({ dueDate: '2026-06-30', opensOn: '2026-06-16', closesOn: '2026-07-30' });
  });

  it('R5: property — an extension is in the window exactly when it is at most 30 days from the due date', () => {
    const dates = fc
      .record({ year: fc.integer({ min: 2018, max: 2039 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
      .map(({ year, month, day }) => civilDateFromParts(year, month, day));
    fc.assert(
      fc.property(dates, fc.integer({ min: -240, max: 240 }), (startDate, offset) => {
        const { dueDate } = extensionWindowOf(startDate, 0);
        const requestedOn = addDays(dueDate, offset);
        expect(checkExtensionWindow({ startDate, extensionsGranted: 0, requestedOn }).allowed).toBe(Math.abs(daysBetween(dueDate, requestedOn)) <= 30);
      }),
    );
  });
});

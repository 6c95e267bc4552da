import { describe, expect, it } from 'vitest';
import { parseCivilDate } from '../time/civil-date';
import { checkOrganiserArea } from './organiser-area';

describe('organiser area (R19)', () => {
  it.each([
    ['R19: 59,999 inhabitants is too small', 59_999, false],
    ['R19: 60,000 inhabitants is enough', 60_000, true],
  ] as const)('%s', (_label, inhabitants, allowed) => {
    expect(checkOrganiserArea(inhabitants, parseCivilDate('2026-01-01')).allowed).toBe(allowed);
  });
});

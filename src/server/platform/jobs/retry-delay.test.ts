import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './retry-delay';

describe('retryDelayMs: exponential backoff with jitter', () => {
  it.each([
    { failedAttempt: 1, random: 0, delayMs: 15_000 },
    { failedAttempt: 1, random: 0.999_999, delayMs: 30_000 },
    { failedAttempt: 2, random: 0, delayMs: 30_000 },
    { failedAttempt: 2, random: 0.5, delayMs: 45_000 },
    { failedAttempt: 3, random: 0, delayMs: 60_000 },
    { failedAttempt: 4, random: 0, delayMs: 120_000 },
    { failedAttempt: 7, random: 0, delayMs: 960_000 },
    { failedAttempt: 8, random: 0, delayMs: 1_800_000 },
    { failedAttempt: 9, random: 0.75, delayMs: 3_150_000 },
    { failedAttempt: 50, random: 0.5, delayMs: 2_700_000 },
  ])('after failed attempt $failedAttempt with random $random: $delayMs ms', ({ failedAttempt, random, delayMs }) => {
    expect(retryDelayMs(failedAttempt, random)).toBe(delayMs);
  });

  it('never shrinks from one attempt to the next at the same jitter, and stays within 15 s to 1 hour', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempt, random) => {
        const delay = retryDelayMs(attempt, random);
        expect(delay).toBeGreaterThanOrEqual(15_000);
        expect(delay).toBeLessThanOrEqual(3_600_000);
        expect(retryDelayMs(attempt + 1, random)).toBeGreaterThanOrEqual(delay);
      }),
    );
  });
});

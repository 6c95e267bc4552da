const firstDelayMs = 30_000;
const longestDelayMs = 60 * 60_000;

/**
 * How long a failed job waits before its next attempt: doubling from 30 s per attempt, capped at one hour, with
 * "equal jitter" (half fixed, half random) so jobs that failed together (a mail server down) do not return together.
 * `random` is in [0, 1), as `Math.random` gives.
 */
export const retryDelayMs = (failedAttempt: number, random: number): number => {
  const exponent = Math.max(0, Math.min(failedAttempt - 1, 20));
  const ceiling = Math.min(firstDelayMs * 2 ** exponent, longestDelayMs);
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
};

/** The one source of "now" on the server, so tests can move time (session expiry, rate limits, office status). */
export type Clock = { now: () => Date };

export const systemClock: Clock = { now: () => new Date() };

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Database } from '../db/database';
import { defineJob } from './define-job';

// The definition never touches the database itself; the job's own run does.
const noDatabase = {} as Database;
const context = { attempt: 1, maxAttempts: 3, now: new Date('2026-12-01T06:00:00Z') };

describe('defineJob', () => {
  it('hands run the payload as its schema parsed it', async () => {
    const seen: number[] = [];
    const definition = defineJob({
      kind: 'test.parse',
      payload: z.object({ count: z.number().int() }),
      maxAttempts: 3,
      run: (_db, payload) => {
        seen.push(payload.count);
        return Promise.resolve();
      },
    });
    await definition.run(noDatabase, { count: 7 }, context);
    expect(seen).toEqual([7]);
  });

  it('a stored payload that does not fit the schema fails the run before it starts', async () => {
    const definition = defineJob({ kind: 'test.bad', payload: z.object({ count: z.number() }), maxAttempts: 1, run: () => Promise.resolve() });
    await expect(definition.run(noDatabase, { count: 'zeven' }, context)).rejects.toThrow('The payload does not fit job kind test.bad');
  });

  it('refuses a kind that could never run (maxAttempts below 1)', () => {
    expect(() => defineJob({ kind: 'test.never', payload: z.object({}), maxAttempts: 0, run: () => Promise.resolve() })).toThrow(RangeError);
  });

  it('onGiveUp gets the parsed payload; without one, giving up does nothing', async () => {
    const gaveUp: string[] = [];
    const withGiveUp = defineJob({
      kind: 'test.give-up',
      payload: z.object({ id: z.string() }),
      maxAttempts: 1,
      run: () => Promise.resolve(),
      onGiveUp: (_db, payload, { error }) => {
        gaveUp.push(`${payload.id}: ${error}`);
        return Promise.resolve();
      },
    });
    await withGiveUp.giveUp(noDatabase, { id: 'm-1' }, { error: 'smtp down', attempt: 1 });
    expect(gaveUp).toEqual(['m-1: smtp down']);
    const without = defineJob({ kind: 'test.quiet', payload: z.object({}), maxAttempts: 1, run: () => Promise.resolve() });
    await expect(without.giveUp(noDatabase, {}, { error: 'x', attempt: 1 })).resolves.toBeUndefined();
  });
});

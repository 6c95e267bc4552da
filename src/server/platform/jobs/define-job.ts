import { z } from 'zod';
import type { JobDefinition, JobPayload, JobSpec } from './job-definition';

/**
 * Declares a kind of job. The stored payload is parsed with the kind's schema on every run, so a row written by an
 * older version or by hand fails that job with a clear error instead of reaching `run` mistyped.
 */
export const defineJob = <Payload extends JobPayload>(spec: JobSpec<Payload>): JobDefinition => {
  if (!Number.isInteger(spec.maxAttempts) || spec.maxAttempts < 1) {
    throw new RangeError(`Job kind ${spec.kind}: maxAttempts must be a whole number of at least 1.`);
  }
  return {
    kind: spec.kind,
    maxAttempts: spec.maxAttempts,
    run: async (db, payload, context) => {
      const parsed = spec.payload.safeParse(payload);
      if (!parsed.success) throw new Error(`The payload does not fit job kind ${spec.kind}: ${z.prettifyError(parsed.error)}`);
      await spec.run(db, parsed.data, context);
    },
    giveUp: async (db, payload, context) => {
      if (!spec.onGiveUp) return;
      const parsed = spec.payload.safeParse(payload);
      // A payload that never parsed has nothing the give-up step could act on.
      if (parsed.success) await spec.onGiveUp(db, parsed.data, context);
    },
  };
};

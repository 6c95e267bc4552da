import { runJobPass, prepareJobWorker, type JobRunnerOptions } from './run-due-jobs';

export type JobRunner = { stop: () => Promise<void> };

/**
 * Polls for due jobs every `pollIntervalMs` and runs them one at a time. A failing pass (the database away for a
 * moment) is logged and the next poll tries again. `stop` lets the running job finish, then resolves.
 */
export const startJobRunner = (options: JobRunnerOptions & { pollIntervalMs: number }): JobRunner => {
  const worker = prepareJobWorker(options);
  const memory = new Map<string, string>();
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let pass: Promise<void> = Promise.resolve();

  const poll = (): void => {
    pass = runJobPass(worker, options.schedules, memory, () => !stopping)
      .then(() => undefined)
      .catch((error: unknown) => {
        worker.log.error({ workerId: worker.workerId, error: error instanceof Error ? error.message : String(error) }, 'job runner pass failed');
      })
      .finally(() => {
        if (!stopping) timer = setTimeout(poll, options.pollIntervalMs);
      });
  };
  poll();

  return {
    stop: async () => {
      stopping = true;
      clearTimeout(timer);
      await pass;
    },
  };
};

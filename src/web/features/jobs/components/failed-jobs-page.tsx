import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../../../contracts/jobs';
import { Button } from '../../../components/button';
import { ErrorAlert, StatusMessage } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { PagedResults, ScrollingTable } from '../../../components/paged-results';
import { ApiError, errorMessageKey } from '../../../lib/api-error';
import { formatInstant } from '../../../lib/dates';
import { useJobList, useRetryJob } from '../api/jobs';

type Feedback = { tone: 'done' | 'failed'; text: string } | null;

/** Background jobs that gave up (a message that could not be sent, a digest that broke), to fix and try again. */
export const FailedJobsPage = () => {
  const { t, i18n } = useTranslation();
  const jobs = useJobList('failed');
  const retry = useRetryJob();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const items = jobs.data?.pages.flatMap((page) => page.items) ?? [];

  const retryJob = (job: Job) => {
    if (retry.isPending) return;
    setFeedback(null);
    retry.mutate(job.id, {
      onSuccess: () => setFeedback({ tone: 'done', text: t('jobs.retried', { kind: job.kind }) }),
      onError: (error) =>
        setFeedback({ tone: 'failed', text: error instanceof ApiError && error.code === 'ALREADY_EXISTS' ? t('jobs.alreadyQueued') : t(errorMessageKey(error)) }),
    });
  };

  return (
    <>
      <PageHeading title={t('jobs.title')}>{t('jobs.title')}</PageHeading>
      <p>{t('jobs.intro')}</p>
      <StatusMessage>{feedback?.tone === 'done' ? feedback.text : null}</StatusMessage>
      {feedback?.tone === 'failed' ? <ErrorAlert>{feedback.text}</ErrorAlert> : null}
      <PagedResults
        query={jobs}
        itemCount={items.length}
        countText={(count, hasMore) => (hasMore ? t('jobs.countMore', { count }) : t('jobs.count', { count }))}
        emptyText={t('jobs.empty')}
      >
        <ScrollingTable
          caption={t('jobs.tableCaption')}
          head={
            <>
              <th scope="col">{t('jobs.fields.kind')}</th>
              <th scope="col">{t('jobs.fields.failedAt')}</th>
              <th scope="col">{t('jobs.fields.attempts')}</th>
              <th scope="col">{t('jobs.fields.lastError')}</th>
              <th scope="col">{t('jobs.fields.action')}</th>
            </>
          }
        >
          {items.map((job) => {
            const when = formatInstant(job.finishedAt ?? job.createdAt, i18n.language);
            return (
              <tr key={job.id}>
                <th scope="row">
                  <code>{job.kind}</code>
                  {job.platformWide ? <span className="table-note">{t('jobs.platformWide')}</span> : null}
                </th>
                <td>{when}</td>
                <td>{job.maxAttempts === null ? job.attempts : t('jobs.attemptsOf', { attempts: job.attempts, max: job.maxAttempts })}</td>
                <td>{job.lastError ?? t('jobs.noError')}</td>
                <td>
                  <Button variant="secondary" onPress={() => retryJob(job)} aria-label={t('jobs.retryLabel', { kind: job.kind, when })}>
                    {retry.isPending && retry.variables === job.id ? t('jobs.retrying') : t('jobs.retry')}
                  </Button>
                </td>
              </tr>
            );
          })}
        </ScrollingTable>
      </PagedResults>
    </>
  );
};

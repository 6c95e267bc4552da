import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { jobPageSchema, jobSchema, type JobStatus } from '../../../../contracts/jobs';
import { api } from '../../../lib/api';

export const jobsQueryKey = ['jobs'] as const;

const pageSize = 50;

/** Keyset pages ("Meer laden"), like every list of the API. */
export const jobListQueryOptions = (status: JobStatus) =>
  infiniteQueryOptions({
    queryKey: [...jobsQueryKey, 'list', status],
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ status, limit: String(pageSize) });
      if (pageParam) query.set('cursor', pageParam);
      return api.request({ method: 'GET', path: `/api/jobs?${query.toString()}`, schema: jobPageSchema });
    },
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const useJobList = (status: JobStatus) => useInfiniteQuery(jobListQueryOptions(status));

/** A retried job leaves the failed list and joins the queued one. */
export const useRetryJob = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (jobId: string) => api.request({ method: 'POST', path: `/api/jobs/${encodeURIComponent(jobId)}/retry`, schema: jobSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...jobsQueryKey, 'list'] }),
  });
};

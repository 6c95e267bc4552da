import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { activityCatalogueSchema } from '../../../../contracts/activities';
import { clientPageSchema } from '../../../../contracts/clients';
import {
  jobRequestDetailSchema,
  jobRequestPageSchema,
  type ChangeJobRequestStatusRequest,
  type CreateJobRequestRequest,
  type JobRequestDetail,
  type JobRequestStatus,
  type UpdateJobRequestRequest,
} from '../../../../contracts/job-requests';
import { api } from '../../../lib/api';

export const jobRequestsQueryKey = ['job-requests'] as const;

const requestPath = (jobRequestId: string): string => `/api/job-requests/${encodeURIComponent(jobRequestId)}`;

const listQueryOptions = (status: JobRequestStatus | '') =>
  infiniteQueryOptions({
    queryKey: [...jobRequestsQueryKey, 'list', status],
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: '50' });
      if (status) query.set('status', status);
      if (pageParam) query.set('cursor', pageParam);
      return api.request({ method: 'GET', path: `/api/job-requests?${query.toString()}`, schema: jobRequestPageSchema });
    },
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const useJobRequestList = (status: JobRequestStatus | '') => useInfiniteQuery(listQueryOptions(status));

export const useJobRequest = (jobRequestId: string) =>
  useQuery({
    queryKey: [...jobRequestsQueryKey, 'detail', jobRequestId],
    queryFn: () => api.request({ method: 'GET', path: requestPath(jobRequestId), schema: jobRequestDetailSchema }),
  });

/** The activity list for the form's choice; it changes rarely, so it is kept for the session. */
export const useActivityCatalogue = () =>
  useQuery({
    queryKey: ['activities', 'catalogue'],
    queryFn: () => api.request({ method: 'GET', path: '/api/activities', schema: activityCatalogueSchema }),
    staleTime: Infinity,
  });

/** The clients a search finds, for choosing whom the request is for (the first page is enough to choose from). */
export const useClientChoices = (q: string) =>
  useQuery({
    queryKey: ['clients', 'choices', q],
    queryFn: () => {
      const query = new URLSearchParams({ limit: '20' });
      if (q) query.set('q', q);
      return api.request({ method: 'GET', path: `/api/clients?${query.toString()}`, schema: clientPageSchema });
    },
  });

/** Every write answers with the whole request: store it as the detail and let the list refetch. */
const useJobRequestMutation = <TInput>(mutationFn: (input: TInput) => Promise<JobRequestDetail>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (request) => {
      queryClient.setQueryData([...jobRequestsQueryKey, 'detail', request.id], request);
      return queryClient.invalidateQueries({ queryKey: [...jobRequestsQueryKey, 'list'] });
    },
  });
};

export const useCreateJobRequest = () =>
  useJobRequestMutation((body: CreateJobRequestRequest) => api.request({ method: 'POST', path: '/api/job-requests', body, schema: jobRequestDetailSchema }));

export const useUpdateJobRequest = (jobRequestId: string) =>
  useJobRequestMutation((body: UpdateJobRequestRequest) => api.request({ method: 'PUT', path: requestPath(jobRequestId), body, schema: jobRequestDetailSchema }));

export const useChangeJobRequestStatus = (jobRequestId: string) =>
  useJobRequestMutation((body: ChangeJobRequestStatusRequest) =>
    api.request({ method: 'POST', path: `${requestPath(jobRequestId)}/status`, body, schema: jobRequestDetailSchema }),
  );

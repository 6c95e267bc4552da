import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { sessionResponseSchema, type LogInRequest, type SessionResponse } from '../../../../contracts/sessions';
import { api, sessionQueryKey } from '../../../lib/api';
import { ApiError } from '../../../lib/api-error';

const fetchSession = async (): Promise<SessionResponse | null> => {
  try {
    return await api.request({ method: 'GET', path: '/api/session', schema: sessionResponseSchema });
  } catch (error) {
    // Not being logged in is an answer, not a failure.
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
};

export const sessionQueryOptions = queryOptions({
  queryKey: sessionQueryKey,
  queryFn: fetchSession,
  staleTime: 5 * 60_000,
});

export const useSession = () => useQuery(sessionQueryOptions);

export const useLogIn = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LogInRequest) => api.request({ method: 'POST', path: '/api/session', body, schema: sessionResponseSchema }),
    onSuccess: (session) => {
      // Another account may have used this tab before: nothing it loaded may leak into this session.
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
};

export const useLogOut = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.send({ method: 'DELETE', path: '/api/session' }),
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, null);
    },
  });
};

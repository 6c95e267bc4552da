import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { messagePreferencesSchema, type ChangePasswordRequest, type UpdateMessagePreferencesRequest } from '../../../../contracts/accounts';
import { sessionResponseSchema, twoFactorSetupResponseSchema, type LogInRequest, type SessionResponse } from '../../../../contracts/sessions';
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

/** Every step that moves a login on answers with the new session (stage, CSRF token): it replaces the cached one. */
const useSessionStep = <TInput>(mutationFn: (input: TInput) => Promise<SessionResponse>) => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: (session) => queryClient.setQueryData(sessionQueryKey, session) });
};

/** The code from the authenticator app, after the password (stage `second_factor`). */
export const useSubmitSecondFactor = () =>
  useSessionStep((code: string) => api.request({ method: 'POST', path: '/api/session/second-factor', body: { code }, schema: sessionResponseSchema }));

/** A new authenticator secret; it is only in force after a first code confirms it. */
export const useStartTwoFactorSetup = () =>
  useMutation({
    mutationFn: () => api.request({ method: 'POST', path: '/api/account/two-factor', schema: twoFactorSetupResponseSchema }),
  });

export const useConfirmTwoFactor = () =>
  useSessionStep((code: string) => api.request({ method: 'POST', path: '/api/account/two-factor/confirm', body: { code }, schema: sessionResponseSchema }));

export const useChangePassword = () => useMutation({ mutationFn: (body: ChangePasswordRequest) => api.send({ method: 'PUT', path: '/api/account/password', body }) });

export const messagePreferencesQueryOptions = queryOptions({
  queryKey: ['account', 'message-preferences'] as const,
  queryFn: () => api.request({ method: 'GET', path: '/api/account/message-preferences', schema: messagePreferencesSchema }),
});

export const useMessagePreferences = () => useQuery(messagePreferencesQueryOptions);

export const useUpdateMessagePreferences = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMessagePreferencesRequest) =>
      api.request({ method: 'PUT', path: '/api/account/message-preferences', body, schema: messagePreferencesSchema }),
    onSuccess: (preferences) => queryClient.setQueryData(messagePreferencesQueryOptions.queryKey, preferences),
  });
};

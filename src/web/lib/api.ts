import { QueryClient } from '@tanstack/react-query';
import type { SessionResponse } from '../../contracts/sessions';
import { createApiClient } from './api-client';
import { ApiError } from './api-error';

export const sessionQueryKey = ['session'] as const;

const isClientError = (error: unknown): boolean => error instanceof ApiError && error.status >= 400 && error.status < 500;

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // Retrying a 4xx only repeats the same refusal; network blips and 5xx deserve a second try.
      retry: (failureCount, error) => !isClientError(error) && failureCount < 2,
    },
    mutations: { retry: false },
  },
});

/** The CSRF token lives in the session cache, next to the rest of what the server said about the session. */
export const api = createApiClient({
  getCsrfToken: () => queryClient.getQueryData<SessionResponse | null>(sessionQueryKey)?.csrfToken,
  onUnauthenticated: (error) => {
    // A login that still waits for its second factor is not a lost session: asking the server for the session's
    // stage lets the layout send the person to the code (or setup) step instead of back to the password.
    if (error.code === 'SECOND_FACTOR_REQUIRED') {
      void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
      return;
    }
    queryClient.setQueryData(sessionQueryKey, null);
  },
});

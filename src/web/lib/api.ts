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
  onUnauthenticated: () => {
    queryClient.setQueryData(sessionQueryKey, null);
  },
});

import type { z } from 'zod';
import { errorResponseSchema } from '../../contracts/errors';
import { ApiError } from './api-error';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

type ApiClientOptions = {
  /** The current session's CSRF token; the server refuses cookie-authenticated writes without it. */
  getCsrfToken: () => string | undefined;
  /** Called when the server says the session is gone, so the app can send the person to the login page. */
  onUnauthenticated: (error: ApiError) => void;
  fetch?: typeof fetch;
};

type RequestOptions<T> = { method: Method; path: string; body?: unknown; schema: z.ZodType<T> };
type SendOptions = { method: Method; path: string; body?: unknown };

// Logging in, asking "who am I" and typing an authenticator code answer 401 as a normal outcome (a wrong password or
// code), not as an expired session: sending the person to the login page would lose what they typed.
const sessionPath = '/api/session';
const isSessionPath = (path: string): boolean => path === sessionPath || path.startsWith(`${sessionPath}/`);

const statusCode = (status: number): string => {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'VERSION_CONFLICT';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 503) return 'UNAVAILABLE';
  if (status >= 500) return 'INTERNAL';
  return 'UNKNOWN';
};

const errorFrom = async (response: Response): Promise<ApiError> => {
  const body: unknown = await response.json().catch(() => null);
  const parsed = errorResponseSchema.safeParse(body);
  if (!parsed.success) return new ApiError(response.status, statusCode(response.status), response.statusText);
  const { code, message, details, requestId } = parsed.data.error;
  return new ApiError(response.status, code, message, details, requestId);
};

export const createApiClient = (options: ApiClientOptions) => {
  const call = async (method: Method, path: string, body: unknown): Promise<Response> => {
    const headers = new Headers({ accept: 'application/json' });
    if (body !== undefined) headers.set('content-type', 'application/json');
    if (method !== 'GET') {
      const token = options.getCsrfToken();
      if (token) headers.set('x-csrf-token', token);
    }
    // Looked up per call so tests (and polyfills) can replace the global after the client was created.
    const fetchImpl = options.fetch ?? globalThis.fetch;
    let response: Response;
    try {
      response = await fetchImpl(path, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiError(0, 'NETWORK', 'The server could not be reached');
    }
    if (!response.ok) {
      const error = await errorFrom(response);
      if (error.status === 401 && !isSessionPath(path)) options.onUnauthenticated(error);
      throw error;
    }
    return response;
  };

  /** A call whose answer is checked against the contract's response schema. */
  const request = async <T>({ method, path, body, schema }: RequestOptions<T>): Promise<T> => {
    const response = await call(method, path, body);
    const parsed = schema.safeParse(await response.json().catch(() => null));
    if (!parsed.success) throw new ApiError(response.status, 'UNKNOWN', 'The response does not match the contract');
    return parsed.data;
  };

  /** A call that answers without content (204). */
  const send = async ({ method, path, body }: SendOptions): Promise<void> => {
    await call(method, path, body);
  };

  return { request, send };
};

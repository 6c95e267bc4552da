import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createApiClient } from './api-client';
import { ApiError, errorMessageKey } from './api-error';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const setUp = (response: Response | Error, csrfToken: string | undefined = 'token-123') => {
  const fetchMock = vi.fn<typeof fetch>(() => (response instanceof Error ? Promise.reject(response) : Promise.resolve(response)));
  const onUnauthenticated = vi.fn();
  const client = createApiClient({ getCsrfToken: () => csrfToken, onUnauthenticated, fetch: fetchMock });
  const sentHeaders = () => new Headers(fetchMock.mock.calls[0]?.[1]?.headers);
  return { client, fetchMock, onUnauthenticated, sentHeaders };
};

const okSchema = z.object({ ok: z.boolean() });

describe('the API client', () => {
  it('sends the session CSRF token on every write', async () => {
    const { client, sentHeaders, fetchMock } = setUp(json(200, { ok: true }));
    await client.request({ method: 'PUT', path: '/api/offices/1/opening-hours', body: { version: 1 }, schema: okSchema });
    expect(sentHeaders().get('x-csrf-token')).toBe('token-123');
    expect(sentHeaders().get('content-type')).toBe('application/json');
    expect(fetchMock.mock.calls[0]?.[1]?.body).toBe('{"version":1}');
  });

  it('does not send the CSRF token on reads', async () => {
    const { client, sentHeaders } = setUp(json(200, { ok: true }));
    await expect(client.request({ method: 'GET', path: '/api/offices', schema: okSchema })).resolves.toEqual({ ok: true });
    expect(sentHeaders().has('x-csrf-token')).toBe(false);
  });

  it('turns the error envelope into an ApiError with code, details and request id', async () => {
    const body = {
      error: {
        code: 'VALIDATION_FAILED',
        message: 'The request is not valid',
        details: { issues: [{ path: 'body.address.postcode', message: 'A Belgian postcode has four digits' }] },
        requestId: 'req-1',
      },
    };
    const { client } = setUp(json(400, body));
    const error = await client.request({ method: 'POST', path: '/api/offices', body: {}, schema: okSchema }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', requestId: 'req-1' });
    expect((error as ApiError).fieldIssues).toEqual([{ path: 'address.postcode', message: 'A Belgian postcode has four digits' }]);
    expect(errorMessageKey(error)).toBe('errors.VALIDATION_FAILED');
  });

  it('reports a lost session, except when logging in or asking who is logged in', async () => {
    const unauthenticated = { error: { code: 'UNAUTHENTICATED', message: 'Log in first' } };
    const elsewhere = setUp(json(401, unauthenticated));
    await expect(elsewhere.client.request({ method: 'GET', path: '/api/offices', schema: okSchema })).rejects.toThrow(ApiError);
    expect(elsewhere.onUnauthenticated).toHaveBeenCalledTimes(1);

    const login = setUp(json(401, { error: { code: 'INVALID_CREDENTIALS', message: 'wrong' } }));
    await expect(login.client.request({ method: 'POST', path: '/api/session', body: {}, schema: okSchema })).rejects.toMatchObject({
      code: 'INVALID_CREDENTIALS',
    });
    expect(login.onUnauthenticated).not.toHaveBeenCalled();
  });

  it('treats a wrong authenticator code as an answer, not as a lost session', async () => {
    const code = setUp(json(401, { error: { code: 'INVALID_SECOND_FACTOR', message: 'wrong' } }));
    await expect(code.client.request({ method: 'POST', path: '/api/session/second-factor', body: {}, schema: okSchema })).rejects.toMatchObject({
      code: 'INVALID_SECOND_FACTOR',
    });
    expect(code.onUnauthenticated).not.toHaveBeenCalled();

    const unfinished = setUp(json(401, { error: { code: 'SECOND_FACTOR_REQUIRED', message: 'code first' } }));
    await expect(unfinished.client.request({ method: 'GET', path: '/api/participants', schema: okSchema })).rejects.toThrow(ApiError);
    expect(unfinished.onUnauthenticated).toHaveBeenCalledWith(expect.objectContaining({ code: 'SECOND_FACTOR_REQUIRED' }));
  });

  it('names a failure without the error envelope by its HTTP status', async () => {
    const { client } = setUp(new Response('<html>Too many</html>', { status: 429 }));
    await expect(client.request({ method: 'POST', path: '/api/session', body: {}, schema: okSchema })).rejects.toMatchObject({
      status: 429,
      code: 'RATE_LIMITED',
    });
  });

  it('names a body refused as too large by a proxy (413 without the envelope) as such', async () => {
    const { client } = setUp(new Response('<html>Request Entity Too Large</html>', { status: 413 }));
    const error = await client.request({ method: 'POST', path: '/api/participants/x/documents', body: {}, schema: okSchema }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    expect(errorMessageKey(error)).toBe('errors.PAYLOAD_TOO_LARGE');
  });

  it('reports an unreachable server as a network error', async () => {
    const { client } = setUp(new TypeError('Failed to fetch'));
    const error = await client.request({ method: 'GET', path: '/api/health', schema: okSchema }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 0, code: 'NETWORK' });
    expect(errorMessageKey(error)).toBe('errors.NETWORK');
  });

  it('refuses an answer that breaks the contract instead of passing it on', async () => {
    const { client } = setUp(json(200, { ok: 'yes' }));
    await expect(client.request({ method: 'GET', path: '/api/offices', schema: okSchema })).rejects.toMatchObject({ code: 'UNKNOWN' });
  });

  it('accepts an empty 204 for calls without content', async () => {
    const { client, sentHeaders } = setUp(new Response(null, { status: 204 }));
    await expect(client.send({ method: 'DELETE', path: '/api/session' })).resolves.toBeUndefined();
    expect(sentHeaders().get('x-csrf-token')).toBe('token-123');
  });

  it('words an unknown code generically', () => {
    expect(errorMessageKey(new ApiError(418, 'TEAPOT', 'no'))).toBe('errors.UNKNOWN');
    expect(errorMessageKey(new Error('boom'))).toBe('errors.UNKNOWN');
  });
});

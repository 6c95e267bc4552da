import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { initI18n } from '../i18n/i18n';
import { queryClient } from '../lib/api';

/** A JSON answer as the API gives it. */
export const jsonResponse = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/**
 * A web test against a stubbed `fetch`: Dutch texts, an empty query cache before each test (then `seed` fills what
 * the page expects to be loaded already), and the DOM and globals restored after it. Returns the stub to answer with.
 */
export const stubApiForEachTest = (seed: () => void = () => undefined) => {
  const fetchMock = vi.fn<typeof fetch>();
  beforeAll(() => {
    initI18n('nl-BE');
  });
  beforeEach(() => {
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
    queryClient.clear();
    seed();
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });
  return fetchMock;
};

import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Job } from '../../../../contracts/jobs';
import { i18n } from '../../../i18n/i18n';
import { queryClient } from '../../../lib/api';
import { jsonResponse, stubApiForEachTest } from '../../../testing/stubbed-api';
import { FailedJobsPage } from './failed-jobs-page';

const failed: Job = {
  id: '5d8f2a8e-1b2c-4d3e-8f9a-0b1c2d3e4f5a',
  kind: 'messages.deliver',
  status: 'failed',
  platformWide: false,
  attempts: 5,
  maxAttempts: 5,
  runAt: null,
  lastError: 'Mail server refused the message',
  createdAt: '2026-11-24T08:00:00.000Z',
  finishedAt: '2026-11-24T09:15:00.000Z',
};

const fetchMock = stubApiForEachTest();

const renderPage = () =>
  render(
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <FailedJobsPage />
      </I18nextProvider>
    </QueryClientProvider>,
  );

const calledUrl = (index: number): string => {
  const [url] = fetchMock.mock.calls[index] ?? [];
  return typeof url === 'string' ? url : '';
};

describe('Taken: the failed jobs page', () => {
  it('lists failed jobs with kind, Brussels time, attempts and last error, and queues one again', async () => {
    fetchMock
      .mockResolvedValueOnce(jsonResponse(200, { items: [failed], nextCursor: null }))
      .mockResolvedValueOnce(jsonResponse(200, { ...failed, status: 'queued', attempts: 0, finishedAt: null }))
      .mockResolvedValueOnce(jsonResponse(200, { items: [], nextCursor: null }));
    renderPage();
    expect(await screen.findByText('messages.deliver')).toBeDefined();
    expect(calledUrl(0)).toContain('/api/jobs?status=failed');
    expect(screen.getByText('1 mislukte taak')).toBeDefined();
    expect(screen.getByText('5 van 5')).toBeDefined();
    expect(screen.getByText('Mail server refused the message')).toBeDefined();
    // 09:15 UTC in November is 10:15 on the Brussels wall clock.
    expect(screen.getByText(/10:15/)).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: /^Opnieuw proberen: messages\.deliver, mislukt op/ }));
    expect(await screen.findByText('De taak messages.deliver staat opnieuw in de wachtrij.')).toBeDefined();
    expect(calledUrl(1)).toContain(`/api/jobs/${failed.id}/retry`);
    expect(await screen.findByText('Er zijn geen mislukte taken. Alles loopt zoals het hoort.')).toBeDefined();
  });

  it('says so in plain words when the same job is already queued again', async () => {
    fetchMock
      .mockResolvedValueOnce(jsonResponse(200, { items: [failed], nextCursor: null }))
      .mockResolvedValueOnce(jsonResponse(409, { error: { code: 'ALREADY_EXISTS', message: 'The same job is already queued or running' } }));
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: /^Opnieuw proberen/ }));
    expect((await screen.findByRole('alert')).textContent).toBe('Dezelfde taak staat al in de wachtrij of loopt nu. Je hoeft niets te doen.');
  });
});

import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Message } from '../../../../contracts/messages';
import type { SessionResponse } from '../../../../contracts/sessions';
import { i18n } from '../../../i18n/i18n';
import { queryClient } from '../../../lib/api';
import { jsonResponse, stubApiForEachTest } from '../../../testing/stubbed-api';
import { messageQueryOptions } from '../api/messages';
import { MessagePage } from './message-page';

const session: SessionResponse = {
  account: { id: '7f1c1c1e-4a57-4a8e-9d2c-8f0b0c1d2e3f', email: 'coordinator@westhoek.demo', displayName: 'Jana Coördinator', locale: 'nl-BE' },
  organiser: { id: '0b9a1d3e-5c2f-4e6a-8b7d-1a2b3c4d5e6f', slug: 'westhoek', name: 'Wijk-werken Westhoek' },
  role: 'coordinator',
  stage: 'complete',
  twoFactorEnabled: false,
  csrfToken: 'csrf-1',
};

const failed: Message = {
  id: '3c9e8f70-1d2a-4b5c-9e8f-7a6b5c4d3e2f',
  recipientName: 'Ornella Declercq',
  address: 'counsellor@westhoek.demo',
  channel: 'email',
  language: 'nl',
  template: 'referral-decided',
  status: 'failed',
  attempts: 8,
  lastError: 'E-mail not accepted: SMTP 451',
  createdAt: '2026-11-24T08:00:00.000Z',
  sentAt: null,
  subject: 'Toeleiding niet aanvaard: Adinda Vermeersch',
  text: 'Beste Ornella Declercq,\n\nU leidde Adinda Vermeersch toe op 2 november 2026.',
  canResend: true,
};

const fetchMock = stubApiForEachTest(() => {
  queryClient.setQueryData(messageQueryOptions(failed.id).queryKey, failed);
  render(
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <MemoryRouter initialEntries={[`/berichten/${failed.id}`]}>
          <Routes>
            <Route path="/berichten/:messageId" element={<MessagePage session={session} />} />
          </Routes>
        </MemoryRouter>
      </I18nextProvider>
    </QueryClientProvider>,
  );
});

describe('one message in Berichten', () => {
  it('shows what failed, the text as sent, and sends it again on request', async () => {
    expect(screen.getByRole('heading', { level: 1, name: failed.subject })).toBeTruthy();
    expect(screen.getByText('Mislukt')).toBeTruthy();
    expect(screen.getByText('E-mail not accepted: SMTP 451')).toBeTruthy();
    expect(screen.getByText(/U leidde Adinda Vermeersch toe/)).toBeTruthy();

    fetchMock.mockResolvedValueOnce(jsonResponse(200, { ...failed, status: 'queued', attempts: 0, lastError: null, canResend: false }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Opnieuw versturen' }));
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe(`/api/messages/${failed.id}/resend`);
    expect(init?.method).toBe('POST');
    expect(screen.getByRole('status').textContent).toBe('Het bericht staat opnieuw in de wachtrij. Het wordt zo verstuurd.');
    expect(screen.getByText('In de wachtrij')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Opnieuw versturen' })).toBeNull();
  });
});

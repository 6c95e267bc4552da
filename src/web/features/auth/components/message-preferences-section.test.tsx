import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n';
import { queryClient } from '../../../lib/api';
import { jsonResponse, stubApiForEachTest } from '../../../testing/stubbed-api';
import { messagePreferencesQueryOptions } from '../api/session';
import { MessagePreferencesSection } from './message-preferences-section';

const fetchMock = stubApiForEachTest(() => {
  queryClient.setQueryData(messagePreferencesQueryOptions.queryKey, { channel: 'email', phone: null, staffDigest: true });
  render(
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <MessagePreferencesSection role="counsellor" />
      </I18nextProvider>
    </QueryClientProvider>,
  );
});

const save = async () => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
};

describe('Mijn account: how messages reach me', () => {
  it('an SMS needs a phone number before anything is sent; then the choice and the digest opt-out are saved', async () => {
    fireEvent.change(screen.getByLabelText(/Berichten ontvangen via/), { target: { value: 'sms' } });
    await save();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/Gsm-nummer/).getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(screen.getByLabelText(/Gsm-nummer/), { target: { value: '0470 12 34 56' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Elke ochtend een e-mail met wat ik binnenkort moet doen' }));
    fetchMock.mockResolvedValueOnce(jsonResponse(200, { channel: 'sms', phone: '0470 12 34 56', staffDigest: false }));
    await save();
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/account/message-preferences');
    expect(init?.body).toBe(JSON.stringify({ channel: 'sms', phone: '0470 12 34 56', staffDigest: false }));
    expect(screen.getByText('Je keuze is opgeslagen.')).toBeTruthy();
  });
});

import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { SessionResponse } from '../../../../contracts/sessions';
import { i18n } from '../../../i18n/i18n';
import { queryClient, sessionQueryKey } from '../../../lib/api';
import { LoginPage } from './login-page';
import { jsonResponse, stubApiForEachTest } from '../../../testing/stubbed-api';

const completeSession: SessionResponse = {
  account: { id: '7f1c1c1e-4a57-4a8e-9d2c-8f0b0c1d2e3f', email: 'coordinator@westhoek.demo', displayName: 'Koen Coördinator', locale: 'nl-BE' },
  organiser: { id: '0b9a1d3e-5c2f-4e6a-8b7d-1a2b3c4d5e6f', slug: 'westhoek', name: 'Wijk-werken Westhoek' },
  role: 'coordinator',
  stage: 'complete',
  twoFactorEnabled: true,
  csrfToken: 'csrf-1',
};

const limited = () => jsonResponse(429, { error: { code: 'RATE_LIMITED', message: 'Too many failed attempts', requestId: 'r1' } });

const fetchMock = stubApiForEachTest(() => {
  queryClient.setQueryData(sessionQueryKey, null);
});

const renderPage = () =>
  render(
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <MemoryRouter initialEntries={['/aanmelden']}>
          <Routes>
            <Route path="/aanmelden" element={<LoginPage />} />
            <Route path="*" element={<p>Binnen</p>} />
          </Routes>
        </MemoryRouter>
      </I18nextProvider>
    </QueryClientProvider>,
  );

const fill = (name: 'email' | 'password', value: string) => {
  const input = document.querySelector(`input[name="${name}"]`);
  if (!input) throw new Error(`no ${name} field`);
  fireEvent.change(input, { target: { value } });
};

const submit = async () => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Aanmelden' }));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
};

const sentBody = (call: number): unknown => {
  const body = fetchMock.mock.calls[call]?.[1]?.body;
  return typeof body === 'string' ? JSON.parse(body) : undefined;
};

describe('the login page after too many failed attempts', () => {
  it('asks for the authenticator code as well, sends it with the password, and lets the person in', async () => {
    fetchMock.mockResolvedValueOnce(limited()).mockResolvedValueOnce(jsonResponse(200, completeSession));
    renderPage();
    expect(screen.queryByRole('textbox', { name: 'Code uit je authenticator-app' })).toBeNull();
    fill('email', 'coordinator@westhoek.demo');
    fill('password', 'het juiste wachtwoord');
    await submit();
    expect(screen.getByRole('alert').textContent).toContain('Gebruik je een authenticator-app? Typ dan ook de code');

    fireEvent.change(screen.getByRole('textbox', { name: 'Code uit je authenticator-app' }), { target: { value: '123 456' } });
    await submit();
    expect(sentBody(1)).toEqual({ email: 'coordinator@westhoek.demo', password: 'het juiste wachtwoord', code: '123456' });
    expect(await screen.findByText('Binnen')).toBeTruthy();
  });

  it('does not send without the 6 digits once the code is asked, and empties a refused code', async () => {
    fetchMock.mockResolvedValueOnce(limited()).mockResolvedValueOnce(limited());
    renderPage();
    fill('email', 'coordinator@westhoek.demo');
    fill('password', 'een wachtwoord');
    await submit();
    await submit();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Typ de 6 cijfers die je authenticator-app nu toont, bijvoorbeeld 123 456.')).toBeTruthy();
    const codeField = screen.getByRole('textbox', { name: 'Code uit je authenticator-app' });
    fireEvent.change(codeField, { target: { value: '654321' } });
    await submit();
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect((codeField as HTMLInputElement).value).toBe('');
  });
});

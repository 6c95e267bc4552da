import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { SessionResponse } from '../../../../contracts/sessions';
import { i18n } from '../../../i18n/i18n';
import { queryClient, sessionQueryKey } from '../../../lib/api';
import { SecondFactorForm } from './second-factor-page';
import { jsonResponse, stubApiForEachTest } from '../../../testing/stubbed-api';

const session = (stage: SessionResponse['stage']): SessionResponse => ({
  account: { id: '7f1c1c1e-4a57-4a8e-9d2c-8f0b0c1d2e3f', email: 'finance@westhoek.demo', displayName: 'Fien Financiën', locale: 'nl-BE' },
  organiser: { id: '0b9a1d3e-5c2f-4e6a-8b7d-1a2b3c4d5e6f', slug: 'westhoek', name: 'Wijk-werken Westhoek' },
  role: 'finance',
  stage,
  twoFactorEnabled: true,
  csrfToken: 'csrf-1',
});

const fetchMock = stubApiForEachTest(() => {
  queryClient.setQueryData(sessionQueryKey, session('second_factor'));
});

const renderForm = () =>
  render(
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <SecondFactorForm />
      </I18nextProvider>
    </QueryClientProvider>,
  );

const codeField = () => screen.getByRole('textbox', { name: 'Code uit je authenticator-app' });

const submit = async () => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
};

describe('the code step of a login', () => {
  it('asks for a one-time code with the numeric keypad and the phone’s code suggestion', () => {
    renderForm();
    expect(screen.getByRole('heading', { level: 1, name: 'Code uit je authenticator-app' })).toBeTruthy();
    expect(codeField().getAttribute('autocomplete')).toBe('one-time-code');
    expect(codeField().getAttribute('inputmode')).toBe('numeric');
  });

  it('refuses anything but 6 digits before sending, and focuses the field', async () => {
    renderForm();
    fireEvent.change(codeField(), { target: { value: '12345' } });
    await submit();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(codeField().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Typ de 6 cijfers die je authenticator-app nu toont, bijvoorbeeld 123 456.')).toBeTruthy();
    expect(document.activeElement).toBe(codeField());
  });

  it('sends the digits without the space apps show, with the CSRF token, and stores the completed session', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(200, session('complete')));
    renderForm();
    fireEvent.change(codeField(), { target: { value: '123 456' } });
    await submit();
    const [path, init] = fetchMock.mock.calls[0] ?? [];
    expect(path).toBe('/api/session/second-factor');
    expect(init?.body).toBe('{"code":"123456"}');
    expect(new Headers(init?.headers).get('x-csrf-token')).toBe('csrf-1');
    expect(queryClient.getQueryData<SessionResponse>(sessionQueryKey)?.stage).toBe('complete');
  });

  it('says a wrong or used code is wrong, empties the field, and keeps the login (no way back to the password)', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(401, { error: { code: 'INVALID_SECOND_FACTOR', message: 'wrong' } }));
    renderForm();
    fireEvent.change(codeField(), { target: { value: '654321' } });
    await submit();
    expect(screen.getByRole('alert').textContent).toBe('Deze code klopt niet. Typ de 6 cijfers die je app nu toont.');
    expect(screen.getByText('Deze code klopt niet of werd al gebruikt. Typ de 6 cijfers die je app nu toont.')).toBeTruthy();
    expect(codeField()).toHaveProperty('value', '');
    expect(document.activeElement).toBe(codeField());
    expect(queryClient.getQueryData<SessionResponse>(sessionQueryKey)?.stage).toBe('second_factor');
  });

  it('asks to wait after too many wrong codes', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(429, { error: { code: 'RATE_LIMITED', message: 'slow down' } }));
    renderForm();
    fireEvent.change(codeField(), { target: { value: '111111' } });
    await submit();
    expect(screen.getByRole('alert').textContent).toBe('Te veel mislukte pogingen. Wacht een minuut en probeer dan opnieuw.');
  });
});

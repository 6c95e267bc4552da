import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { InvitationPreview } from '../../../../contracts/invitations';
import type { SessionResponse } from '../../../../contracts/sessions';
import { i18n } from '../../../i18n/i18n';
import { queryClient, sessionQueryKey } from '../../../lib/api';
import { jsonResponse, stubApiForEachTest } from '../../../testing/stubbed-api';
import { AcceptInvitationPage } from './accept-invitation-page';
import { ForgotPasswordPage } from './forgot-password-page';
import { NewPasswordPage } from './new-password-page';

const token = 'Ab3_dE5-gH7iJ9kL1mN3oP5qR7sT9uV1wX3yZ5aB7cD';

const preview: InvitationPreview = {
  organiserName: 'Wijk-werken Westhoek',
  role: 'finance',
  email: 'fien@westhoek.demo',
  hasPassword: false,
  expiresAt: '2026-12-01T09:00:00.000Z',
};

const session: SessionResponse = {
  account: { id: '7f1c1c1e-4a57-4a8e-9d2c-8f0b0c1d2e3f', email: 'fien@westhoek.demo', displayName: 'Fien', locale: 'nl-BE' },
  organiser: { id: '0b9a1d3e-5c2f-4e6a-8b7d-1a2b3c4d5e6f', slug: 'westhoek', name: 'Wijk-werken Westhoek' },
  role: 'finance',
  stage: 'complete',
  twoFactorEnabled: false,
  csrfToken: 'csrf-1',
};

const refusal = (status: number, code: string) => jsonResponse(status, { error: { code, message: code, requestId: 'r1' } });

const fetchMock = stubApiForEachTest(() => {
  queryClient.setQueryData(sessionQueryKey, null);
});

const renderAt = (path: string, hash: string) => {
  window.history.replaceState(null, '', `${path}${hash}`);
  return render(
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/uitnodiging" element={<AcceptInvitationPage />} />
            <Route path="/nieuw-wachtwoord" element={<NewPasswordPage />} />
            <Route path="/wachtwoord-vergeten" element={<ForgotPasswordPage />} />
            <Route path="*" element={<p>Binnen</p>} />
          </Routes>
        </MemoryRouter>
      </I18nextProvider>
    </QueryClientProvider>,
  );
};

const press = async (name: string) => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
};

const typeInto = (name: string, value: string) => {
  const input = document.querySelector(`input[name="${name}"]`);
  if (!input) throw new Error(`no ${name} field`);
  fireEvent.change(input, { target: { value } });
};

const sent = (call: number): { url: unknown; body: unknown } => {
  const [url, init] = fetchMock.mock.calls[call] ?? [];
  return { url, body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined };
};

describe('the invitation page', () => {
  it('takes the token from the fragment, clears it from the address, and says what the link offers before the form', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(200, preview));
    renderAt('/uitnodiging', `#${token}`);
    expect(await screen.findByText('Wijk-werken Westhoek nodigt je uit als financieel medewerker.')).toBeTruthy();
    expect(window.location.hash).toBe('');
    expect(sent(0)).toEqual({ url: '/api/invitations/check', body: { token } });
    expect(screen.getByRole('heading', { name: 'Kies een wachtwoord' })).toBeTruthy();
  });

  it('accepts, then logs the person in at the organiser that invited them', async () => {
    fetchMock
      .mockResolvedValueOnce(jsonResponse(200, preview))
      .mockResolvedValueOnce(jsonResponse(200, { email: preview.email, organiserSlug: 'westhoek' }))
      .mockResolvedValueOnce(jsonResponse(200, session));
    renderAt('/uitnodiging', `#${token}`);
    await screen.findByRole('heading', { name: 'Kies een wachtwoord' });
    typeInto('password', 'een eigen lange zin');
    await press('Uitnodiging aanvaarden');
    expect(await screen.findByText('Binnen')).toBeTruthy();
    expect(sent(1)).toEqual({ url: '/api/invitations/accept', body: { token, password: 'een eigen lange zin' } });
    expect(sent(2)).toEqual({ url: '/api/session', body: { email: preview.email, password: 'een eigen lange zin', organiserSlug: 'westhoek' } });
  });

  it.each([
    ['LINK_EXPIRED', 409, 'Deze link is verlopen'],
    ['LINK_USED', 409, 'Deze link is al gebruikt'],
    ['LINK_INVALID', 404, 'Deze link werkt niet'],
  ])('a link refused as %s gets its own page and no form', async (code, status, title) => {
    fetchMock.mockResolvedValueOnce(refusal(status, code));
    renderAt('/uitnodiging', `#${token}`);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeTruthy();
    expect(screen.getByText('Er is niets gewijzigd aan je account.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Uitnodiging aanvaarden' })).toBeNull();
  });

  it('a cut-off link is refused without asking the server', async () => {
    renderAt('/uitnodiging', '#Ab3_dE5');
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze link werkt niet' })).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('someone who already has a login confirms their password; a wrong one is said on the field', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(200, { ...preview, hasPassword: true })).mockResolvedValueOnce(refusal(400, 'INVALID_CREDENTIALS'));
    renderAt('/uitnodiging', `#${token}`);
    await screen.findByRole('heading', { name: 'Bevestig met je wachtwoord' });
    typeInto('password', 'een gok van iemand');
    await press('Uitnodiging aanvaarden');
    expect(document.querySelector('input[name="password"]')?.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Dit wachtwoord klopt niet. Typ het wachtwoord waarmee je je nu al aanmeldt.');
  });
});

describe('forgotten password', () => {
  it('says the same thing whatever the server knows, and where to look', async () => {
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 202 }));
    renderAt('/wachtwoord-vergeten', '');
    typeInto('email', ' fien@westhoek.demo ');
    await press('Link versturen');
    expect(sent(0)).toEqual({ url: '/api/password-reset', body: { email: 'fien@westhoek.demo' } });
    expect(screen.getByRole('status').textContent).toBe(
      'Kijk in je mailbox. Is fien@westhoek.demo bij ons bekend? Dan krijg je binnen enkele minuten een e-mail. De link in die e-mail werkt 1 uur.',
    );
  });

  it('asks to wait after too many requests', async () => {
    fetchMock.mockResolvedValueOnce(refusal(429, 'RATE_LIMITED'));
    renderAt('/wachtwoord-vergeten', '');
    typeInto('email', 'fien@westhoek.demo');
    await press('Link versturen');
    expect(screen.getByRole('alert').textContent).toBe('Je vroeg al een paar keer een link. Wacht een uur en probeer het dan opnieuw.');
  });
});

describe('a new password from the reset link', () => {
  it('explains a refused password on the field and keeps the form; then confirms', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(400, { error: { code: 'PASSWORD_TOO_WEAK', message: 'weak', details: { reason: 'TOO_COMMON' } } }));
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 204 }));
    renderAt('/nieuw-wachtwoord', `#${token}`);
    typeInto('password', 'iloveyou1');
    await press('Wachtwoord opslaan');
    expect(screen.getByRole('alert').textContent).toContain('Dit wachtwoord gebruiken te veel mensen');
    typeInto('password', 'een nieuwe lange zin');
    await press('Wachtwoord opslaan');
    expect(sent(1)).toEqual({ url: '/api/password-reset/complete', body: { token, password: 'een nieuwe lange zin' } });
    expect(screen.getByRole('status').textContent).toContain('Je wachtwoord is gewijzigd.');
  });

  it('a used link gets its page, with a way to ask a new one', async () => {
    fetchMock.mockResolvedValueOnce(refusal(409, 'LINK_USED'));
    renderAt('/nieuw-wachtwoord', `#${token}`);
    typeInto('password', 'een nieuwe lange zin');
    await press('Wachtwoord opslaan');
    expect(screen.getByRole('heading', { level: 1, name: 'Deze link is al gebruikt' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Vraag een nieuwe link om je wachtwoord te wijzigen' }).getAttribute('href')).toBe('/wachtwoord-vergeten');
  });
});

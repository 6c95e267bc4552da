import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { SessionResponse } from '../../../../contracts/sessions';
import { i18n } from '../../../i18n/i18n';
import { queryClient, sessionQueryKey } from '../../../lib/api';
import { qrPath } from './qr-code';
import { TwoFactorSetup } from './two-factor-setup';
import { jsonResponse, stubApiForEachTest } from '../../../testing/stubbed-api';

const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const otpauthUri = `otpauth://totp/Wijkwerk%20Wijk-werken%20Westhoek:finance%40westhoek.demo?issuer=Wijkwerk%20Wijk-werken%20Westhoek&secret=${secret}&algorithm=SHA1&digits=6&period=30`;

const session = (twoFactorEnabled: boolean): SessionResponse => ({
  account: { id: '7f1c1c1e-4a57-4a8e-9d2c-8f0b0c1d2e3f', email: 'finance@westhoek.demo', displayName: 'Fien Financiën', locale: 'nl-BE' },
  organiser: { id: '0b9a1d3e-5c2f-4e6a-8b7d-1a2b3c4d5e6f', slug: 'westhoek', name: 'Wijk-werken Westhoek' },
  role: 'finance',
  stage: 'complete',
  twoFactorEnabled,
  csrfToken: 'csrf-2',
});

const fetchMock = stubApiForEachTest(() => {
  queryClient.setQueryData(sessionQueryKey, session(false));
});

const press = async (name: string) => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
};

const renderSetup = (onConfirmed = vi.fn()) => {
  render(
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <TwoFactorSetup onConfirmed={onConfirmed} />
      </I18nextProvider>
    </QueryClientProvider>,
  );
  return onConfirmed;
};

describe('setting up an authenticator', () => {
  it('explains the app first and asks for nothing until the person says they have one', () => {
    renderSetup();
    expect(screen.getByRole('heading', { name: 'Stap 1: Installeer een authenticator-app' })).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows the QR code of the otpauth URI and the key in groups of four for typing', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(201, { secret, otpauthUri }));
    renderSetup();
    await press('Ik heb de app, toon de QR-code');
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/account/two-factor');
    expect(fetchMock.mock.calls[0]?.[1]?.method).toBe('POST');

    const qr = screen.getByRole('img', { name: 'QR-code om te scannen met je authenticator-app' });
    const { size, path } = qrPath(otpauthUri);
    expect(qr.getAttribute('viewBox')).toBe(`0 0 ${size} ${size}`);
    expect(qr.querySelector('path')?.getAttribute('d')).toBe(path);
    // A 160-bit secret in a URI of this length needs QR version 6 or more (41+ modules) plus the quiet zone.
    expect(size).toBeGreaterThanOrEqual(41 + 8);
    // Every QR code starts with a finder pattern: a 7-module dark square in the top-left corner, after the quiet zone.
    expect(path.startsWith('M4,4h1v1h-1zM5,4h1v1h-1zM6,4h1v1h-1zM7,4h1v1h-1zM8,4h1v1h-1zM9,4h1v1h-1zM10,4h1v1h-1z')).toBe(true);

    expect(screen.getByTestId('totp-secret').textContent).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    expect(screen.getByRole('heading', { name: 'Stap 3: Typ de code uit de app' })).toBeTruthy();
  });

  it('confirms with a code, stores the session that now has the authenticator, and reports it', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(201, { secret, otpauthUri })).mockResolvedValueOnce(jsonResponse(200, session(true)));
    const onConfirmed = renderSetup();
    await press('Ik heb de app, toon de QR-code');
    fireEvent.change(screen.getByRole('textbox', { name: 'Code uit je authenticator-app' }), { target: { value: '987 654' } });
    await press('Bevestigen');
    expect(fetchMock.mock.calls[1]?.[0]).toBe('/api/account/two-factor/confirm');
    expect(fetchMock.mock.calls[1]?.[1]?.body).toBe('{"code":"987654"}');
    expect(onConfirmed).toHaveBeenCalledWith(expect.objectContaining({ twoFactorEnabled: true }));
    expect(queryClient.getQueryData<SessionResponse>(sessionQueryKey)?.twoFactorEnabled).toBe(true);
  });

  it('keeps the QR code on screen when the confirmation code is wrong', async () => {
    fetchMock
      .mockResolvedValueOnce(jsonResponse(201, { secret, otpauthUri }))
      .mockResolvedValueOnce(
        jsonResponse(400, { error: { code: 'INVALID_SECOND_FACTOR', message: 'wrong', details: { issues: [{ path: 'body.code', message: 'wrong' }] } } }),
      );
    renderSetup();
    await press('Ik heb de app, toon de QR-code');
    const field = screen.getByRole('textbox', { name: 'Code uit je authenticator-app' });
    fireEvent.change(field, { target: { value: '000000' } });
    await press('Bevestigen');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('Deze code klopt niet');
    expect(screen.getByRole('img', { name: 'QR-code om te scannen met je authenticator-app' })).toBeTruthy();
  });
});

import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { ChequePriceDecisions } from '../../../../contracts/cheque-prices';
import type { SessionResponse } from '../../../../contracts/sessions';
import { i18n } from '../../../i18n/i18n';
import { queryClient } from '../../../lib/api';
import { jsonResponse, stubApiForEachTest } from '../../../testing/stubbed-api';
import { ChequePriceSettingsPage } from './cheque-price-settings-page';

const session = (role: SessionResponse['role']): SessionResponse => ({
  account: { id: '7f1c1c1e-4a57-4a8e-9d2c-8f0b0c1d2e3f', email: `${role}@westhoek.demo`, displayName: 'Lotte Vanneste', locale: 'nl-BE' },
  organiser: { id: '0b9a1d3e-5c2f-4e6a-8b7d-1a2b3c4d5e6f', slug: 'westhoek', name: 'Wijk-werken Westhoek' },
  role,
  stage: 'complete',
  twoFactorEnabled: false,
  csrfToken: 'csrf-1',
});

const decisions: ChequePriceDecisions = {
  decisions: [
    { id: '1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d', priceCents: 695, decidedOn: '2025-10-14', effectiveFrom: '2026-01-01', replaced: false },
    { id: '2d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d', priceCents: 645, decidedOn: '2024-09-02', effectiveFrom: '2025-01-01', replaced: false },
  ],
};

const calls: Array<{ url: string; method: string; body: unknown }> = [];
const fetchMock = stubApiForEachTest(() => {
  calls.length = 0;
});

const answer = (recorded: ChequePriceDecisions | null) =>
  fetchMock.mockImplementation((input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url;
    const method = init?.method ?? 'GET';
    calls.push({ url, method, body: typeof init?.body === 'string' ? JSON.parse(init.body) : null });
    if (url.includes('/api/cheque-price/decisions')) {
      if (method === 'POST') return Promise.resolve(recorded ? jsonResponse(201, recorded) : jsonResponse(500, {}));
      return Promise.resolve(jsonResponse(200, decisions));
    }
    const date = new URL(url, 'http://localhost').searchParams.get('date') ?? '';
    return Promise.resolve(jsonResponse(200, date < '2025-01-01' ? { date, priceCents: null, decidedOn: null } : { date, priceCents: 695, decidedOn: '2025-10-14' }));
  });

const renderPage = (role: SessionResponse['role']) =>
  render(
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <ChequePriceSettingsPage session={session(role)} />
      </I18nextProvider>
    </QueryClientProvider>,
  );

describe('Prijs van een wijk-werkcheque', () => {
  it('lists the decisions with their effective date and tells the price on a chosen date', async () => {
    answer(null);
    renderPage('coordinator');
    expect(await screen.findByText('14 oktober 2025')).toBeDefined();
    expect(screen.getByRole('columnheader', { name: 'Geldt vanaf' })).toBeDefined();
    expect(screen.getByText('1 januari 2026')).toBeDefined();
    expect(screen.getAllByText(/6,95/).length).toBeGreaterThan(0);
    // A coordinator reads; only the admin records a decision.
    expect(screen.queryByRole('button', { name: 'Beslissing bewaren' })).toBeNull();

    fireEvent.change(screen.getByLabelText('Dag'), { target: { value: '2024-06-01' } });
    expect(await screen.findByText(/Op zaterdag 1 juni 2024 geldt nog geen prijs/)).toBeDefined();
    expect(calls.some((call) => call.url.includes('/api/cheque-price?date=2024-06-01'))).toBe(true);
  });

  it('offers the admin only the prices of the band (5,95 to 7,45 in steps of 0,50) and sends the chosen one', async () => {
    answer({
      decisions: [
        { id: '3d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d', priceCents: 745, decidedOn: '2026-11-20', effectiveFrom: '2027-01-01', replaced: false },
        ...decisions.decisions,
      ],
    });
    renderPage('admin');
    const price = await screen.findByRole('combobox', { name: /^Prijs/ });
    const options = Array.from(price.querySelectorAll('option')).map((option) => option.textContent ?? '');
    expect(options.slice(1).map((text) => text.replace(/\s/g, ' '))).toEqual(['€ 5,95', '€ 6,45', '€ 6,95', '€ 7,45']);

    fireEvent.change(price, { target: { value: '745' } });
    fireEvent.change(screen.getByLabelText(/^Beslist op/), { target: { value: '2026-11-20' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Beslissing bewaren' }));
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(await screen.findByText('De beslissing is bewaard.')).toBeDefined();
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({ priceCents: 745, decidedOn: '2026-11-20' });
    expect(await screen.findByText('1 januari 2027')).toBeDefined();
  });
});

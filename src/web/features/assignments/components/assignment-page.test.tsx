import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../../contracts/assignments';
import type { SessionResponse } from '../../../../contracts/sessions';
import { i18n } from '../../../i18n/i18n';
import { queryClient } from '../../../lib/api';
import { jsonResponse, stubApiForEachTest } from '../../../testing/stubbed-api';
import { AssignmentPage } from './assignment-page';

const session = (role: SessionResponse['role']): SessionResponse => ({
  account: { id: '7f1c1c1e-4a57-4a8e-9d2c-8f0b0c1d2e3f', email: `${role}@westhoek.demo`, displayName: 'Lotte Vanneste', locale: 'nl-BE' },
  organiser: { id: '0b9a1d3e-5c2f-4e6a-8b7d-1a2b3c4d5e6f', slug: 'westhoek', name: 'Wijk-werken Westhoek' },
  role,
  stage: 'complete',
  twoFactorEnabled: false,
  csrfToken: 'csrf-1',
});

const planned: Assignment = {
  id: '00000000-0000-4000-8000-000000000001',
  status: 'planned',
  version: 2,
  jobRequestId: '00000000-0000-4000-8000-000000000009',
  participant: { id: '00000000-0000-4000-8000-000000000002', name: 'Jan Vermeulen' },
  client: { id: '00000000-0000-4000-8000-000000000003', name: 'Marleen Vandamme' },
  activityCode: 'small_garden_maintenance.mowing',
  place: { street: 'Noordstraat 4', postcode: '8630', city: 'Veurne' },
  schedule: { kind: 'weekly', startDate: '2026-12-01', endDate: '2026-12-29', slots: [{ weekday: 2, startTime: '09:00', endTime: '12:00' }], minutesPerSession: 180 },
  oneWayMetres: 2500,
  roundTripMetres: 5000,
  distanceSource: 'staff',
  coach: { id: '00000000-0000-4000-8000-000000000004', name: 'Koen Werkcoach' },
  matchFactors: [{ factor: 'distance', code: 'DISTANCE', points: 20, maxPoints: 25, details: {} }],
  proposedAt: '2026-11-24T08:00:00.000Z',
  answeredVia: 'portal',
  answeredAt: '2026-11-24T09:15:00.000Z',
  statusReason: null,
  planningWarnings: [],
};

const calls: Array<{ url: string; method: string; body: unknown }> = [];
const fetchMock = stubApiForEachTest(() => {
  calls.length = 0;
});

const answerWith = (assignment: Assignment, afterPost: Assignment) =>
  fetchMock.mockImplementation((input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url;
    const method = init?.method ?? 'GET';
    calls.push({ url, method, body: typeof init?.body === 'string' ? JSON.parse(init.body) : null });
    return Promise.resolve(jsonResponse(200, method === 'POST' ? afterPost : assignment));
  });

const renderPage = (role: SessionResponse['role']) =>
  render(
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <MemoryRouter initialEntries={[`/opdrachten/${planned.id}`]}>
          <Routes>
            <Route path="/opdrachten/:assignmentId" element={<AssignmentPage session={session(role)} />} />
          </Routes>
        </MemoryRouter>
      </I18nextProvider>
    </QueryClientProvider>,
  );

describe('the staff assignment page', () => {
  it('shows participant, client, place, schedule, km, coach and why it was proposed; a coordinator cancels with a reason', async () => {
    answerWith(planned, { ...planned, status: 'cancelled', version: 3, statusReason: 'De gebruiker verhuist' });
    renderPage('coordinator');
    expect(await screen.findByRole('heading', { level: 1, name: 'Gras maaien bij Marleen Vandamme' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Jan Vermeulen' }).getAttribute('href')).toBe(`/wijk-werkers/${planned.participant.id}`);
    expect(screen.getByRole('link', { name: 'Marleen Vandamme' }).getAttribute('href')).toBe(`/gebruikers/${planned.client.id}`);
    expect(screen.getByText('Noordstraat 4, 8630 Veurne')).toBeDefined();
    expect(screen.getByText('Elke dinsdag, van 09:00 tot 12:00')).toBeDefined();
    expect(screen.getByText('180 minuten per keer')).toBeDefined();
    expect(screen.getByText('2,5 km enkel, 5 km heen en terug (ingevuld door het kantoor)')).toBeDefined();
    expect(screen.getByText('Koen Werkcoach')).toBeDefined();
    expect(screen.getByText('Afstand: 20 van 25 punten')).toBeDefined();
    expect(screen.getByText(/^In het portaal, op 24 november 2026/)).toBeDefined();
    // Planned work can be closed or cancelled; a proposal's "withdraw" is not offered.
    expect(screen.queryByRole('button', { name: 'Voorstel intrekken' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Opdracht afsluiten (klaar)' })).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Opdracht annuleren' }));
    fireEvent.change(screen.getByLabelText(/^Reden/), { target: { value: 'De gebruiker verhuist' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Bevestigen: opdracht annuleren' }));
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(await screen.findByText('Geannuleerd')).toBeDefined();
    const post = calls.find((call) => call.method === 'POST');
    expect(post?.url).toContain(`/api/assignments/${planned.id}/cancel`);
    expect(post?.body).toEqual({ version: 2, reason: 'De gebruiker verhuist' });
    expect(screen.getByText('De gebruiker verhuist')).toBeDefined();
  });

  it('a proposal shows its planning warnings; an auditor reads without any action', async () => {
    const proposal: Assignment = {
      ...planned,
      status: 'proposed',
      version: 1,
      answeredVia: null,
      answeredAt: null,
      coach: null,
      planningWarnings: [{ code: 'HOURS_MONTH_CAP_EXCEEDED', rule: 'R4', details: { month: '2026-12' } }],
    };
    answerWith(proposal, proposal);
    renderPage('auditor');
    expect(await screen.findByText('Voorgesteld')).toBeDefined();
    expect(screen.getByRole('heading', { level: 2, name: 'Let op bij het plannen' })).toBeDefined();
    expect(screen.getByRole('list', { name: 'Let op bij het plannen' }).textContent).toContain('R4');
    expect(screen.getByText('Geen werkcoach')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Voorstel intrekken' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Wat kan er nog' })).toBeNull();
  });
});

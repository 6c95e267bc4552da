import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { ParticipantHistory } from '../../../../contracts/participants';
import { i18n } from '../../../i18n/i18n';
import { queryClient } from '../../../lib/api';
import { HistorySection } from './history-section';
import { stubApiForEachTest } from '../../../testing/stubbed-api';

const participantId = '5d8f2a8e-1b2c-4d3e-8f9a-0b1c2d3e4f5a';

const history: ParticipantHistory = {
  changes: [
    { action: 'trajectory.start', actor: 'Fien Vandenberghe', actorRole: 'coordinator', occurredAt: '2026-11-24T09:15:00.000Z' },
    { action: 'participant.mystery', actor: null, actorRole: null, occurredAt: '2026-11-23T09:15:00.000Z' },
  ],
  accesses: [{ actor: 'Ornella Declercq', actorRole: 'counsellor', fields: ['insz', 'document:medical_permission'], occurredAt: '2026-11-24T10:00:00.000Z' }],
};

const fetchMock = stubApiForEachTest();

describe('participant history', () => {
  it('loads only when opened, then lists changes and who opened which sensitive data, in Dutch and Brussels time', async () => {
    fetchMock.mockResolvedValue(new Response(JSON.stringify(history), { status: 200, headers: { 'content-type': 'application/json' } }));
    const { container } = render(
      <QueryClientProvider client={queryClient}>
        <I18nextProvider i18n={i18n}>
          <HistorySection participantId={participantId} />
        </I18nextProvider>
      </QueryClientProvider>,
    );
    expect(fetchMock).not.toHaveBeenCalled();
    const details = container.querySelector('details');
    if (!details) throw new Error('no disclosure');
    await act(async () => {
      details.open = true;
      fireEvent(details, new Event('toggle'));
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    const [requested] = fetchMock.mock.calls[0] ?? [];
    expect(typeof requested === 'string' ? requested : '').toContain(`/api/participants/${participantId}/history`);
    expect(await screen.findByText('Traject gestart')).toBeDefined();
    expect(screen.getByText('Andere wijziging (participant.mystery)')).toBeDefined();
    expect(screen.getByText(/Ornella Declercq .* INSZ, document \(Toestemming adviserend arts\)/)).toBeDefined();
    // 09:15 UTC in November is 10:15 on the Brussels wall clock.
    expect(screen.getAllByText(/10:15/)).toHaveLength(2);
  });
});

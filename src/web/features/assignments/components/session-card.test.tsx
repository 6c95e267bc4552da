import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PlannedSession } from '../../../../contracts/assignments';
import { i18n, initI18n } from '../../../i18n/i18n';
import { SessionCard } from './session-card';

beforeAll(() => {
  initI18n('nl-BE');
});
afterEach(cleanup);

const session: PlannedSession = {
  assignmentId: '00000000-0000-4000-8000-000000000001',
  date: '2026-12-01',
  startTime: '09:00',
  endTime: '12:00',
  tentative: true,
  participant: { id: '00000000-0000-4000-8000-000000000002', name: 'Saïdjah Peeters' },
  client: { id: '00000000-0000-4000-8000-000000000003', name: 'Marleen Vandamme' },
  activityCode: 'garden.light',
  place: { street: 'Noordstraat 4', postcode: '8630', city: 'Veurne' },
  roundTripMetres: 5400,
};

describe('session card', () => {
  it('says in words when, where, for whom and how far, and that a proposal is not yet sure', () => {
    render(
      <I18nextProvider i18n={i18n}>
        <SessionCard session={session} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading', { level: 3 }).textContent).toContain('1 december');
    expect(screen.getByRole('heading', { level: 3 }).textContent).toContain('09:00–12:00');
    expect(screen.getByText('Voorstel, nog niet zeker')).toBeDefined();
    expect(screen.getByText(/Marleen Vandamme/)).toBeDefined();
    expect(screen.getByText(/Noordstraat 4, 8630 Veurne/)).toBeDefined();
    expect(screen.getByText(/5,4 km/)).toBeDefined();
  });
});

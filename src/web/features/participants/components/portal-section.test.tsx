import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Invitation } from '../../../../contracts/invitations';
import type { ParticipantDetail } from '../../../../contracts/participants';
import { i18n } from '../../../i18n/i18n';
import { queryClient } from '../../../lib/api';
import { jsonResponse, stubApiForEachTest } from '../../../testing/stubbed-api';
import { PortalSection } from './portal-section';

const participantId = '3d6f0a52-8c1b-4e7a-9f3d-2b5c8e1a7d40';

// Only what the section reads of the record.
const participant = { id: participantId, email: 'koen@example.test' } as ParticipantDetail;

const invitation: Invitation = {
  accountId: '3a0e9b4c-2d1f-4c5b-9a8e-7f6d5c4b3a21',
  email: 'koen.lannoo@example.test',
  displayName: 'Koen Lannoo',
  role: 'participant',
  participantId,
  clientContactId: null,
  status: 'invited',
  linkExpiresAt: '2099-12-01T09:00:00.000Z',
};

const fetchMock = stubApiForEachTest();

const renderSection = (mayInvite: boolean) =>
  render(
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <PortalSection participant={participant} mayInvite={mayInvite} />
      </I18nextProvider>
    </QueryClientProvider>,
  );

describe('the portal section of a wijk-werker’s page', () => {
  it('invites at the record’s address (changeable) and then shows until when the link works', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(200, { portalAccount: null })).mockResolvedValueOnce(jsonResponse(201, invitation));
    renderSection(true);
    expect(await screen.findByText('Deze wijk-werker heeft nog geen account voor het portaal.')).toBeTruthy();
    const email = screen.getByRole('textbox', { name: 'E-mailadres van de wijk-werker' });
    expect((email as HTMLInputElement).value).toBe('koen@example.test');
    fireEvent.change(email, { target: { value: ' koen.lannoo@example.test ' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Uitnodigen voor het portaal' }));
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    const sent = fetchMock.mock.calls[1]?.[1]?.body;
    const body: unknown = typeof sent === 'string' ? JSON.parse(sent) : undefined;
    expect(body).toEqual({ role: 'participant', participantId, email: 'koen.lannoo@example.test' });
    expect(await screen.findByText(/^Uitgenodigd op koen\.lannoo@example\.test\. De link werkt tot /)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Opnieuw uitnodigen' })).toBeTruthy();
  });

  it('shows an account in use without a form, and no form for roles that only read', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(200, { portalAccount: { ...invitation, status: 'active', linkExpiresAt: null } }));
    renderSection(true);
    expect(await screen.findByText('Deze wijk-werker meldt zich aan met koen.lannoo@example.test.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

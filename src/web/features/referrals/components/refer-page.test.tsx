import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { ReferralAdmissionContext } from '../../../../contracts/referrals';
import type { SessionResponse } from '../../../../contracts/sessions';
import { i18n } from '../../../i18n/i18n';
import { queryClient } from '../../../lib/api';
import { admissionContextQueryOptions } from '../api/referrals';
import { ReferPage } from './refer-page';
import { stubApiForEachTest } from '../../../testing/stubbed-api';

const session: SessionResponse = {
  account: { id: '7f1c1c1e-4a57-4a8e-9d2c-8f0b0c1d2e3f', email: 'counsellor@westhoek.demo', displayName: 'Ornella Declercq', locale: 'nl-BE' },
  organiser: { id: '0b9a1d3e-5c2f-4e6a-8b7d-1a2b3c4d5e6f', slug: 'westhoek', name: 'Wijk-werken Westhoek' },
  role: 'counsellor',
  stage: 'complete',
  twoFactorEnabled: false,
  csrfToken: 'csrf-1',
};

const context: ReferralAdmissionContext = {
  agency: 'vdab',
  outsideAreaPolicy: 'warn',
  area: [{ id: '5a1e2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b', name: 'Ieper', postcodes: ['8900'] }],
};
const fetchMock = stubApiForEachTest(() => {
  queryClient.setQueryData(admissionContextQueryOptions.queryKey, context);
  render(
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <MemoryRouter>
          <ReferPage session={session} />
        </MemoryRouter>
      </I18nextProvider>
    </QueryClientProvider>,
  );
});

const typeInto = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const fillCandidate = (postcode: string) => {
  typeInto('Voornaam', 'Adinda');
  typeInto('Familienaam', 'Peeters');
  typeInto('Postcode', postcode);
  typeInto('Afspraken (afsprakenblad)', 'Tuinwerk, twee voormiddagen per week.');
};
const submit = async () => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Doorverwijzing versturen' }));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
};

describe("the counsellor's referral form says what the rules refuse before sending", () => {
  it('R1: Brussels (1000) is called outside Flanders as soon as the postcode is complete, and nothing is sent', async () => {
    fillCandidate('1000');
    const postcode = screen.getByLabelText('Postcode');
    expect(postcode.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText(/De woonplaats ligt niet in het Vlaams Gewest \(postcode 1000\)/).length).toBeGreaterThan(0);
    await submit();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('Volgens de regels van wijk-werken kan deze doorverwijzing niet.');
  });

  it('R1: a Flemish postcode outside the area (Gent) gets a note, not a refusal', () => {
    fillCandidate('9000');
    expect(screen.getByLabelText('Postcode').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByText(/Postcode 9000 ligt buiten het werkingsgebied/)).toBeTruthy();
  });

  it('R2: a VDAB counsellor is told that a leefloon recipient is referred by the OCMW, and nothing is sent', async () => {
    fillCandidate('8900');
    expect(screen.getByText('Wie een leefloon krijgt, wordt doorverwezen door het OCMW. Wie geen leefloon krijgt, door de VDAB.')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Leefloon' }));
    expect(screen.getByText(/Vraag de maatschappelijk werker van het OCMW om de doorverwijzing te doen/)).toBeTruthy();
    await submit();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

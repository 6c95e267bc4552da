import { QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Referral, ReferralAdmissionContext } from '../../../../contracts/referrals';
import { i18n, initI18n } from '../../../i18n/i18n';
import { queryClient } from '../../../lib/api';
import { admissionContextQueryOptions, referralQueryOptions } from '../api/referrals';
import { IntakeWizardPage } from './intake-wizard-page';

const referralId = '6b0c1f5e-4d7e-4b4a-9a57-2a8d6d8f3b11';
const ieperId = '5a1e2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b';

const referral: Referral = {
  id: referralId,
  status: 'intake_planned',
  agency: 'vdab',
  channel: 'portal',
  counsellor: { accountId: 'c4f1e0b2-1a6e-4f3b-8f0a-5d2c9e7b6a41', name: 'Ornella Declercq', email: 'counsellor@westhoek.demo' },
  candidate: { firstName: 'Adinda', lastName: 'Peeters', phone: null, email: null, postcode: '8900' },
  benefitStatus: 'unemployment_benefit',
  agreements: 'Tuinwerk',
  intake: null,
  declineReason: null,
  refusalReasons: null,
  participantId: null,
  receivedAt: '2026-11-20T09:00:00.000Z',
  version: 2,
};

const westhoek = (outsideAreaPolicy: ReferralAdmissionContext['outsideAreaPolicy']): ReferralAdmissionContext => ({
  agency: null,
  outsideAreaPolicy,
  area: [{ id: ieperId, name: 'Ieper', postcodes: ['8900'] }],
});

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const fetchMock = vi.fn<typeof fetch>();

beforeAll(() => {
  initI18n('nl-BE');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const renderWizard = (context: ReferralAdmissionContext, shown: Referral = referral) => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  queryClient.clear();
  queryClient.setQueryData(referralQueryOptions(referralId).queryKey, shown);
  queryClient.setQueryData(admissionContextQueryOptions.queryKey, context);
  render(
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <MemoryRouter initialEntries={[`/doorverwijzingen/${referralId}/intake`]}>
          <Routes>
            <Route path="/doorverwijzingen/:referralId/intake" element={<IntakeWizardPage />} />
          </Routes>
        </MemoryRouter>
      </I18nextProvider>
    </QueryClientProvider>,
  );
};

const typeInto = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const flush = () =>
  act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
const nextStep = async () => {
  fireEvent.click(screen.getByRole('button', { name: 'Volgende stap' }));
  await flush();
};
const fillPersonalStep = (postcode: string) => {
  typeInto('Rijksregisternummer', '85.07.30-033.28');
  typeInto('Straat en huisnummer', 'Noordstraat 12');
  typeInto('Gemeente', 'Ergens');
  fireEvent.click(screen.getByRole('radio', { name: 'Telefoon' }));
  typeInto('Postcode', postcode);
};
const stepHeading = () => screen.getByRole('heading', { level: 2 }).textContent;

describe('the intake wizard checks the address at once (R1)', () => {
  it('R1: a postcode outside Flanders is refused on the address step as soon as it is complete, and blocks the next step', async () => {
    renderWizard(westhoek('warn'));
    typeInto('Postcode', '10');
    expect(screen.queryByRole('alert')).toBeNull();
    fillPersonalStep('1000');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Regel R1');
    expect(alert.textContent).toContain('De woonplaats ligt niet in het Vlaams Gewest (postcode 1000).');
    expect(screen.getByLabelText('Postcode').getAttribute('aria-invalid')).toBe('true');
    await nextStep();
    expect(stepHeading()).toBe('Stap 1 van 4: Persoonsgegevens');
    expect(fetchMock).not.toHaveBeenCalled();
    typeInto('Postcode', '8900');
    expect(screen.queryByText(/Vlaams Gewest/)).toBeNull();
  });

  it('R1: closing the refused referral sends the postcode to the server and then shows it closed as not admissible, with the rule', async () => {
    renderWizard(westhoek('warn'));
    fillPersonalStep('1000');
    const refusalReasons = [{ code: 'DOMICILE_OUTSIDE_FLANDERS', rule: 'R1', details: { postcode: '1000' } }];
    fetchMock.mockResolvedValueOnce(json(200, { ...referral, status: 'refused', refusalReasons, version: 3 }));
    fireEvent.click(screen.getByRole('button', { name: 'Doorverwijzing afsluiten: niet toegelaten' }));
    await screen.findByText(/niet toegelaten volgens de regels van wijk-werken/);
    expect(fetchMock.mock.calls[0]?.[0]).toBe(`/api/referrals/${referralId}/refuse`);
    const body = fetchMock.mock.calls[0]?.[1]?.body;
    expect(typeof body === 'string' ? JSON.parse(body) : null).toEqual({ version: 2, postcode: '1000' });
    expect(screen.getByRole('alert').textContent).toContain('Regel R1');
    expect(screen.queryByRole('button', { name: 'Volgende stap' })).toBeNull();
  });

  it('R1: Gent (9000) under "warn" warns and asks which municipality of the area applies before the next step', async () => {
    renderWizard(westhoek('warn'));
    fillPersonalStep('9000');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('De woonplaats (postcode 9000) ligt buiten het werkingsgebied van deze organisator.')).toBeTruthy();
    await nextStep();
    expect(stepHeading()).toBe('Stap 1 van 4: Persoonsgegevens');
    const municipality = screen.getByLabelText('Gemeente van het werkingsgebied die geldt');
    expect(municipality.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Kies een gemeente van het werkingsgebied.')).toBeTruthy();
    fireEvent.change(municipality, { target: { value: ieperId } });
    await nextStep();
    expect(stepHeading()).toBe('Stap 2 van 4: Situatie');
  });

  it('R1: Gent (9000) under "refuse" is refused like a domicile outside Flanders', () => {
    renderWizard(westhoek('refuse'));
    fillPersonalStep('9000');
    expect(screen.getByRole('alert').textContent).toContain('ligt buiten het werkingsgebied van deze organisator');
    expect(screen.queryByLabelText('Gemeente van het werkingsgebied die geldt')).toBeNull();
  });

  it('R2: on the situation step a VDAB referral of a leefloon recipient is refused at once, in plain Dutch', async () => {
    renderWizard(westhoek('warn'), { ...referral, benefitStatus: 'leefloon' });
    fillPersonalStep('8900');
    await nextStep();
    expect(stepHeading()).toBe('Stap 2 van 4: Situatie');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Regel R2');
    expect(alert.textContent).toContain('wordt doorverwezen door het OCMW, niet door de VDAB');
  });
});

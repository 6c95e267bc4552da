import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { participantFieldsSchema, type ParticipantDetail } from '../../../../contracts/participants';
import type { SessionResponse } from '../../../../contracts/sessions';
import { i18n } from '../../../i18n/i18n';
import { queryClient, sessionQueryKey } from '../../../lib/api';
import { draftFromParticipant, participantFieldsInputOf } from '../../../lib/participant-draft';
import { participantQueryOptions } from '../api/participants';
import { ParticipantEditPage } from './participant-edit-page';
import { jsonResponse, stubApiForEachTest } from '../../../testing/stubbed-api';

const participantId = '3d6f0a52-8c1b-4e7a-9f3d-2b5c8e1a7d40';

const participant: ParticipantDetail = {
  id: participantId,
  firstName: 'Koen',
  lastName: 'Lannoo',
  insz: '96060912345',
  birthDate: '1996-06-09',
  address: { street: 'Gasthuisstraat 8', postcode: '8970', city: 'Poperinge' },
  municipality: { id: '5a1e2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b', name: 'Poperinge' },
  phone: '0470 11 22 33',
  email: null,
  preferredChannel: 'phone',
  preferredLanguage: 'nl',
  iban: 'BE68539007547034',
  transportModes: ['bicycle'],
  activityCodes: [],
  availability: [{ weekday: 2, from: '09:00', until: '12:00' }],
  maxTravelKm: 10,
  benefitStatus: 'sickness_benefit',
  vdabRegistered: true,
  availableForLabourMarket: true,
  hadPwaContractOn20170930: false,
  pwaLastWorkedOn: null,
  referralAgency: 'vdab',
  status: 'intake',
  counsellor: null,
  coach: null,
  trajectories: [],
  consents: [],
  documents: [],
  notes: [],
  agreements: [],
  version: 3,
};

const session: SessionResponse = {
  account: { id: '7f1c1c1e-4a57-4a8e-9d2c-8f0b0c1d2e3f', email: 'coordinator@westhoek.demo', displayName: 'Cora Coördinator', locale: 'nl-BE' },
  organiser: { id: '0b9a1d3e-5c2f-4e6a-8b7d-1a2b3c4d5e6f', slug: 'westhoek', name: 'Wijk-werken Westhoek' },
  role: 'coordinator',
  stage: 'complete',
  twoFactorEnabled: false,
  csrfToken: 'csrf-3',
};

const fetchMock = stubApiForEachTest(() => {
  queryClient.setQueryData(sessionQueryKey, session);
  queryClient.setQueryData(participantQueryOptions(participantId).queryKey, participant);
});

const ParticipantStub = () => {
  const location = useLocation();
  return <p>Wijk-werkerpagina {JSON.stringify(location.state)}</p>;
};

const renderPage = () =>
  render(
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <MemoryRouter initialEntries={[`/wijk-werkers/${participantId}/bewerken`]}>
          <Routes>
            <Route path="/wijk-werkers/:participantId/bewerken" element={<ParticipantEditPage />} />
            <Route path="/wijk-werkers/:participantId" element={<ParticipantStub />} />
          </Routes>
        </MemoryRouter>
      </I18nextProvider>
    </QueryClientProvider>,
  );

const save = async () => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Wijzigingen bewaren' }));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
};

const sentBody = (call = 0): Record<string, unknown> => {
  const body = fetchMock.mock.calls[call]?.[1]?.body;
  return typeof body === 'string' ? (JSON.parse(body) as Record<string, unknown>) : {};
};

describe('draftFromParticipant', () => {
  it('fills the form from the record, one slot per ticked weekday, and reads back to the same fields', () => {
    const draft = draftFromParticipant(participant);
    expect(draft).toMatchObject({
      firstName: 'Koen',
      street: 'Gasthuisstraat 8',
      postcode: '8970',
      phone: '0470 11 22 33',
      email: '',
      maxTravelKm: '10',
      iban: 'BE68 5390 0754 7034',
    });
    expect(draft.availability.filter((day) => day.available)).toEqual([{ weekday: 2, available: true, from: '09:00', until: '12:00' }]);
    const parsed = participantFieldsSchema.parse(participantFieldsInputOf(draft));
    expect(parsed).not.toHaveProperty('insz');
    expect(parsed).toMatchObject({ iban: 'BE68539007547034', availability: participant.availability, benefitStatus: 'sickness_benefit', pwaLastWorkedOn: null });
  });
});

describe('editing a participant', () => {
  it('leaves the INSZ out and sends every editable field with the version, then returns to the participant page', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(200, { ...participant, phone: '0471 99 88 77', version: 4 }));
    renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Gegevens van Koen Lannoo wijzigen' })).toBeTruthy();
    expect(screen.queryByLabelText('Rijksregisternummer')).toBeNull();
    fireEvent.change(screen.getByLabelText('Telefoonnummer (niet verplicht)'), { target: { value: '0471 99 88 77' } });
    await save();
    expect(fetchMock.mock.calls[0]?.[0]).toBe(`/api/participants/${participantId}`);
    expect(fetchMock.mock.calls[0]?.[1]?.method).toBe('PATCH');
    const body = sentBody();
    expect(body).toMatchObject({ version: 3, phone: '0471 99 88 77', address: participant.address, iban: 'BE68539007547034' });
    expect(body).not.toHaveProperty('insz');
    expect(screen.getByText(/Wijk-werkerpagina/).textContent).toContain('"saved":true');
  });

  it('checks the form with the contract first: a wrong IBAN is not sent and is shown next to its field', async () => {
    renderPage();
    fireEvent.change(screen.getByLabelText('Rekeningnummer (IBAN, niet verplicht)'), { target: { value: 'BE00 1234' } });
    await save();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('Nog niet alles is juist ingevuld');
    expect(screen.getByLabelText('Rekeningnummer (IBAN, niet verplicht)').getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the R1 refusal with its rule and marks the postcode', async () => {
    fetchMock.mockResolvedValueOnce(
      jsonResponse(422, {
        error: {
          code: 'DOMICILE_OUTSIDE_FLANDERS',
          message: 'Refused',
          details: { reasons: [{ code: 'DOMICILE_OUTSIDE_FLANDERS', rule: 'R1', details: { postcode: '1000' } }] },
        },
      }),
    );
    renderPage();
    fireEvent.change(screen.getByLabelText('Postcode'), { target: { value: '1000' } });
    await save();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Regel R1');
    expect(alert.textContent).toContain('De woonplaats ligt niet in het Vlaams Gewest (postcode 1000).');
    expect(screen.getByText('Deze woonplaats ligt niet in Vlaanderen.')).toBeTruthy();
  });

  it('on a version conflict says so and reloads the record into the form', async () => {
    fetchMock
      .mockResolvedValueOnce(jsonResponse(409, { error: { code: 'VERSION_CONFLICT', message: 'Stale' } }))
      .mockResolvedValueOnce(jsonResponse(200, { ...participant, phone: '0472 00 00 00', version: 5 }));
    renderPage();
    fireEvent.change(screen.getByLabelText('Telefoonnummer (niet verplicht)'), { target: { value: '0471 99 88 77' } });
    await save();
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(screen.getByRole('alert').textContent).toContain('Iemand anders heeft deze gegevens intussen gewijzigd');
    expect(fetchMock.mock.calls[1]?.[1]?.method ?? 'GET').toBe('GET');
    expect(screen.getByLabelText<HTMLInputElement>('Telefoonnummer (niet verplicht)').value).toBe('0472 00 00 00');
  });
});

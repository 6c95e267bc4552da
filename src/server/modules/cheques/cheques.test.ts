import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chequeLedgerSchema } from '../../../contracts/cheques';
import { registerClientThroughApi } from '../../testing/client-fixtures';
import { outboxLink } from '../../testing/invitation-fixtures';
import { buildAssignment, buildJobRequest, tuesdayMowing } from '../../testing/matching-fixtures';
import { buildParticipantRecord } from '../../testing/message-fixtures';
import { buildMunicipality } from '../../testing/participant-fixtures';
import { logIn, setUpOrganiser, useTestApp, type Session } from '../../testing/test-app';

const password = 'een wachtwoord voor de gebruiker';

describe('cheque purchases and ledgers: staff, the client portal, and refusals', () => {
  const t = useTestApp();
  const db = () => t.app.database.db;

  const setUp = async () => {
    const own = await setUpOrganiser(t.app, ['admin', 'coordinator', 'finance', 'participant', 'coach']);
    const other = await setUpOrganiser(t.app, ['coordinator']);
    await buildMunicipality(db(), own.organiser.id, 'Veurne', ['8630']);
    await buildMunicipality(db(), other.organiser.id, 'Veurne', ['8630']);
    await own.sessions.admin.request({ method: 'POST', url: '/api/cheque-price/decisions', payload: { priceCents: 745, decidedOn: '2025-05-01' } });
    const email = `contact-${randomUUID().slice(0, 8)}@example.test`;
    const client = await registerClientThroughApi(own.sessions.coordinator, {
      name: 'Gezin Debruyne',
      contacts: [{ name: 'Els Debruyne', email, phone: null, role: null }],
    });
    const elsewhere = await registerClientThroughApi(other.sessions.coordinator, { name: 'Gezin Elders' });
    const purchases = (clientId: string) => `/api/clients/${clientId}/cheque-purchases`;
    return { own, other, client, elsewhere, email, purchases };
  };

  const contactSession = async (coordinator: Session, clientContactId: string, email: string): Promise<Session> => {
    expect((await coordinator.request({ method: 'POST', url: '/api/invitations', payload: { role: 'client', clientContactId, email } })).statusCode).toBe(201);
    const { token } = await outboxLink(db(), email, 'account-invitation');
    expect((await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, password } })).statusCode).toBe(200);
    return logIn(t.app, email, password);
  };

  it('records paper and electronic purchases with R13 expiry and the R9 price; overlapping serials are refused; a reversal keeps the original', async () => {
    const { own, other, client, purchases } = await setUp();
    const finance = own.sessions.finance;
    const paper = await finance.request({
      method: 'POST',
      url: purchases(client.id),
      payload: { kind: 'paper', purchasedOn: '2026-02-15', serialFrom: 5001, serialTo: 5020 },
    });
    expect(paper.statusCode, paper.body).toBe(201);
    const ledger = chequeLedgerSchema.parse(paper.json());
    expect(ledger.lots).toEqual([
      expect.objectContaining({ kind: 'paper', serialFrom: 5001, serialTo: 5020, chequeCount: 20, lastValidDate: '2027-02-14', priceCents: 745, amountCents: 14_900 }),
    ]);
    // Another client of the organiser cannot hold the same cheques; another organiser's series is apart.
    const second = await registerClientThroughApi(own.sessions.coordinator, { name: 'Gezin Tweede' });
    const overlap = await finance.request({
      method: 'POST',
      url: purchases(second.id),
      payload: { kind: 'paper', purchasedOn: '2026-03-01', serialFrom: 5020, serialTo: 5030 },
    });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json()).toMatchObject({ error: { code: 'CHEQUE_SERIALS_OVERLAP' } });
    await other.sessions.coordinator.request({ method: 'POST', url: '/api/cheque-price/decisions', payload: { priceCents: 695, decidedOn: '2025-01-01' } });

    const electronic = await own.sessions.coordinator.request({
      method: 'POST',
      url: purchases(client.id),
      payload: { kind: 'electronic', purchasedOn: '2026-11-01', chequeCount: 10 },
    });
    expect(chequeLedgerSchema.parse(electronic.json())).toMatchObject({ balance: 30, expiringWithin60Days: 0 });

    const paperId = ledger.lots[0]?.id ?? '';
    const corrected = await finance.request({ method: 'POST', url: `${purchases(client.id)}/${paperId}/correct`, payload: { reason: 'Verkeerde reeks ingevoerd' } });
    expect(corrected.statusCode, corrected.body).toBe(200);
    const after = chequeLedgerSchema.parse(corrected.json());
    expect(after.balance).toBe(10);
    expect(after.lots[0]).toMatchObject({ id: paperId, status: 'reversed', remaining: 0, chequeCount: 20, reversal: { reason: 'Verkeerde reeks ingevoerd' } });
    expect((await finance.request({ method: 'POST', url: `${purchases(client.id)}/${paperId}/correct`, payload: { reason: 'Nog eens' } })).json()).toMatchObject({
      error: { code: 'INVALID_STATE' },
    });
    // The reversed range is free again.
    expect(
      (await finance.request({ method: 'POST', url: purchases(second.id), payload: { kind: 'paper', purchasedOn: '2026-03-01', serialFrom: 5001, serialTo: 5010 } }))
        .statusCode,
    ).toBe(201);
  });

  it('refuses without a session (401), other roles (403), another organiser’s client (404), bad input (400), no price (422)', async () => {
    const { own, other, client, elsewhere, purchases } = await setUp();
    const body = { kind: 'electronic', purchasedOn: '2026-11-01', chequeCount: 5 };
    expect((await t.app.inject({ method: 'GET', url: `/api/clients/${client.id}/cheques` })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/client-portal/cheques' })).statusCode).toBe(401);
    expect((await own.sessions.participant.request({ method: 'GET', url: `/api/clients/${client.id}/cheques` })).statusCode).toBe(403);
    expect((await own.sessions.coach.request({ method: 'POST', url: purchases(client.id), payload: body })).statusCode).toBe(403);
    expect((await own.sessions.admin.request({ method: 'POST', url: purchases(client.id), payload: body })).statusCode).toBe(403);
    expect((await own.sessions.coordinator.request({ method: 'GET', url: '/api/client-portal/cheques' })).statusCode).toBe(403);
    expect((await own.sessions.coordinator.request({ method: 'GET', url: `/api/clients/${elsewhere.id}/cheques` })).statusCode).toBe(404);
    expect((await own.sessions.coordinator.request({ method: 'POST', url: purchases(elsewhere.id), payload: body })).statusCode).toBe(404);
    expect(
      (await own.sessions.coordinator.request({ method: 'POST', url: `${purchases(client.id)}/${randomUUID()}/correct`, payload: { reason: 'Fout' } })).statusCode,
    ).toBe(404);
    const bad = [
      { kind: 'paper', purchasedOn: '2026-11-01', serialFrom: 20, serialTo: 10 },
      { kind: 'electronic', purchasedOn: '2026-11-01', chequeCount: 0 },
      { kind: 'electronic', purchasedOn: '2026-11-01', chequeCount: 5, serialFrom: 1 },
      { kind: 'coins', purchasedOn: '2026-11-01', chequeCount: 5 },
      { kind: 'electronic', purchasedOn: '2026-12-24', chequeCount: 5 },
    ];
    for (const payload of bad) {
      expect((await own.sessions.coordinator.request({ method: 'POST', url: purchases(client.id), payload })).statusCode, JSON.stringify(payload)).toBe(400);
    }
    // The other organiser never decided a price.
    const noPrice = await other.sessions.coordinator.request({ method: 'POST', url: purchases(elsewhere.id), payload: body });
    expect(noPrice.statusCode).toBe(422);
    expect(noPrice.json()).toMatchObject({ error: { code: 'CHEQUE_PRICE_NOT_DECIDED', details: { rule: 'R9' } } });
  });

  it('the contact sees the own client’s balance in the portal; a warning when the coming 4 weeks’ planned hours exceed it', async () => {
    const { own, client, email, purchases } = await setUp();
    const coordinator = own.sessions.coordinator;
    const participantId = await buildParticipantRecord(db(), own.organiser.id);
    const jobRequestId = await buildJobRequest(db(), { organiserId: own.organiser.id, clientId: client.id, schedule: tuesdayMowing });
    await buildAssignment(db(), {
      organiserId: own.organiser.id,
      jobRequestId,
      participantId,
      clientId: client.id,
      proposedByAccountId: coordinator.accountId,
      status: 'planned',
      schedule: tuesdayMowing,
    });
    const bought = await coordinator.request({ method: 'POST', url: purchases(client.id), payload: { kind: 'electronic', purchasedOn: '2026-01-15', chequeCount: 5 } });
    expect(bought.statusCode, bought.body).toBe(201);
    const contact = await contactSession(coordinator, client.contacts[0]?.id ?? '', email);
    const portal = await contact.request({ method: 'GET', url: '/api/client-portal/cheques' });
    expect(portal.statusCode, portal.body).toBe(200);
    // Tuesdays 1, 8 and 15 December, 3 hours each, within 4 weeks of 24 November 2026; the lot expires 14 January 2027.
    expect(chequeLedgerSchema.parse(portal.json())).toMatchObject({
      clientId: client.id,
      balance: 5,
      expiringWithin60Days: 5,
      plannedChequesNext4Weeks: 9,
      shortfallWarning: true,
    });
    await coordinator.request({ method: 'POST', url: purchases(client.id), payload: { kind: 'electronic', purchasedOn: '2026-11-20', chequeCount: 10 } });
    expect(chequeLedgerSchema.parse((await contact.request({ method: 'GET', url: '/api/client-portal/cheques' })).json())).toMatchObject({
      balance: 15,
      shortfallWarning: false,
    });
    expect((await contact.request({ method: 'GET', url: `/api/clients/${client.id}/cheques` })).statusCode).toBe(403);
  });
});

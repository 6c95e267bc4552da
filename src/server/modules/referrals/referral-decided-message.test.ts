import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { referralSchema } from '../../../contracts/referrals';
import { participantFields } from '../../testing/participant-fixtures';
import { setUpOrganiser, useTestApp, type Session } from '../../testing/test-app';
import { messages } from '../messages/schema';

const referralBody = {
  candidate: { firstName: 'Adinda', lastName: 'Vermeersch', phone: '0470 11 22 33', postcode: '8630' },
  benefitStatus: 'unemployment_benefit',
  agreements: 'Start met wijk-werken in de kinderopvang.',
};

describe('referrals: the counsellor is told the decision by e-mail, in the decision’s transaction', () => {
  const t = useTestApp();

  const refer = async (session: Session, body: Record<string, unknown> = referralBody) => {
    const response = await session.request({ method: 'POST', url: '/api/referrals', payload: body });
    expect(response.statusCode).toBe(201);
    return referralSchema.parse(response.json());
  };

  const messageAbout = async (organiserId: string) =>
    t.app.database.db
      .select()
      .from(messages)
      .where(and(eq(messages.organiserId, organiserId), eq(messages.template, 'referral-decided')));

  it('accepted, declined with its reason, refused under its rules: one message each to the counsellor’s account', async () => {
    const { organiser, sessions } = await setUpOrganiser(t.app, ['counsellor', 'coordinator']);
    const accepted = await refer(sessions.counsellor);
    await sessions.coordinator.request({ method: 'POST', url: `/api/referrals/${accepted.id}/accept`, payload: { version: 1, participant: participantFields() } });
    const declined = await refer(sessions.counsellor);
    await sessions.coordinator.request({ method: 'POST', url: `/api/referrals/${declined.id}/decline`, payload: { version: 1, reason: 'Koos voor een opleiding' } });
    const refused = await refer(sessions.counsellor);
    await sessions.coordinator.request({ method: 'POST', url: `/api/referrals/${refused.id}/refuse`, payload: { version: 1, postcode: '1000' } });

    const rows = await messageAbout(organiser.id);
    expect(rows.map((row) => row.data).sort((a, b) => String(a.decision).localeCompare(String(b.decision)))).toEqual([
      { candidateName: 'Adinda Vermeersch', referredOn: '2026-11-24', decision: 'accepted' },
      { candidateName: 'Adinda Vermeersch', referredOn: '2026-11-24', decision: 'declined', reason: 'Koos voor een opleiding' },
      { candidateName: 'Adinda Vermeersch', referredOn: '2026-11-24', decision: 'refused', rules: ['R1'] },
    ]);
    for (const row of rows) expect(row).toMatchObject({ recipientAccountId: sessions.counsellor.accountId, channel: 'email', status: 'queued' });
  });

  it('a phoned-in referral: its counsellor’s e-mail if noted, nobody without one; a stale decision queues nothing', async () => {
    const { organiser, sessions } = await setUpOrganiser(t.app, ['coordinator']);
    const recordedFor = { agency: 'vdab', channel: 'phone', counsellorName: 'Els VDAB' };
    const withEmail = await refer(sessions.coordinator, { ...referralBody, recordedFor: { ...recordedFor, counsellorEmail: 'els@vdab.example' } });
    const without = await refer(sessions.coordinator, { ...referralBody, recordedFor });
    const stale = await sessions.coordinator.request({ method: 'POST', url: `/api/referrals/${withEmail.id}/decline`, payload: { version: 7, reason: 'Geen plaats' } });
    expect(stale.statusCode).toBe(409);
    expect(await messageAbout(organiser.id)).toEqual([]);

    await sessions.coordinator.request({ method: 'POST', url: `/api/referrals/${withEmail.id}/decline`, payload: { version: 1, reason: 'Geen plaats' } });
    await sessions.coordinator.request({ method: 'POST', url: `/api/referrals/${without.id}/decline`, payload: { version: 1, reason: 'Geen plaats' } });
    const rows = await messageAbout(organiser.id);
    expect(rows.map((row) => [row.recipientName, row.recipientEmail, row.recipientAccountId])).toEqual([['Els VDAB', 'els@vdab.example', null]]);
  });
});

import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../audit/schema';
import { referrals } from '../../modules/referrals/schema';
import { buildAccount } from '../../testing/factories';
import { logIn, setUpOrganiser, useTestApp } from '../../testing/test-app';

const body = (lastName: string) => ({
  candidate: { firstName: 'Nora', lastName, postcode: '8900' },
  agreements: 'Logistieke taken in de school.',
});

describe('Idempotency-Key on creates', () => {
  const t = useTestApp();

  const countReferrals = async (organiserId: string) =>
    (await t.app.database.db.select({ id: referrals.id }).from(referrals).where(eq(referrals.organiserId, organiserId))).length;

  it('the same key and body replay the first answer with one side effect; another body is 422', async () => {
    const { organiser, sessions } = await setUpOrganiser(t.app, ['counsellor']);
    const send = (payload: object, key = 'refer-nora-1') =>
      sessions.counsellor.request({ method: 'POST', url: '/api/referrals', payload, headers: { 'idempotency-key': key } });
    const first = await send(body('Bakker'));
    const second = await send(body('Bakker'));
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json()).toEqual(first.json());
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(await countReferrals(organiser.id)).toBe(1);
    const audit = await t.app.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'referral.create'));
    expect(audit.filter((event) => event.organiserId === organiser.id)).toHaveLength(1);

    const other = await send(body('Smit'));
    expect(other.statusCode).toBe(422);
    expect(other.json()).toMatchObject({ error: { code: 'IDEMPOTENCY_KEY_REUSED' } });
    expect((await send(body('Smit'), 'x'.repeat(256))).statusCode).toBe(400);
  });

  it('a burst of 20 identical requests creates exactly one referral', async () => {
    const { organiser, sessions } = await setUpOrganiser(t.app, ['counsellor']);
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        sessions.counsellor.request({ method: 'POST', url: '/api/referrals', payload: body('Burst'), headers: { 'idempotency-key': 'burst-1' } }),
      ),
    );
    expect(responses.every((response) => response.statusCode === 201 || response.statusCode === 409)).toBe(true);
    expect(responses.filter((response) => response.statusCode === 201).length).toBeGreaterThanOrEqual(1);
    expect(await countReferrals(organiser.id)).toBe(1);
  });

  it('without a key every request counts; after 24 hours a key is new again; keys belong to one account', async () => {
    const { organiser, sessions } = await setUpOrganiser(t.app, ['counsellor']);
    await sessions.counsellor.request({ method: 'POST', url: '/api/referrals', payload: body('Zonder') });
    await sessions.counsellor.request({ method: 'POST', url: '/api/referrals', payload: body('Zonder') });
    expect(await countReferrals(organiser.id)).toBe(2);

    const colleague = await logIn(t.app, (await buildAccount(t.app.database.db, organiser.id, 'counsellor')).email);
    await sessions.counsellor.request({ method: 'POST', url: '/api/referrals', payload: body('Sleutel'), headers: { 'idempotency-key': 'shared-key' } });
    const fromColleague = await colleague.request({ method: 'POST', url: '/api/referrals', payload: body('Sleutel'), headers: { 'idempotency-key': 'shared-key' } });
    expect(fromColleague.headers['idempotent-replayed']).toBeUndefined();
    expect(await countReferrals(organiser.id)).toBe(4);

    const member = await buildAccount(t.app.database.db, organiser.id, 'counsellor');
    const today = await logIn(t.app, member.email);
    expect((await today.request({ method: 'POST', url: '/api/referrals', payload: body('Dag 1'), headers: { 'idempotency-key': 'day-key' } })).statusCode).toBe(201);
    t.clock.advance(25 * 60 * 60 * 1000);
    const tomorrow = await logIn(t.app, member.email);
    const reused = await tomorrow.request({ method: 'POST', url: '/api/referrals', payload: body('Dag 2'), headers: { 'idempotency-key': 'day-key' } });
    expect(reused.statusCode).toBe(201);
    expect(reused.headers['idempotent-replayed']).toBeUndefined();
    t.clock.set(new Date('2026-11-24T09:00:00Z'));
  });
});

import { describe, expect, it } from 'vitest';
import { chequePriceDecisionsSchema, chequePriceOnSchema } from '../../../contracts/cheque-prices';
import { setUpOrganiser, useTestApp } from '../../testing/test-app';

describe('cheque price per organiser (R9)', () => {
  const t = useTestApp();

  it('the admin records decisions in the band; a later decision replaces; staff read the price of a date; other organisers are apart', async () => {
    const own = await setUpOrganiser(t.app, ['admin', 'coordinator', 'participant']);
    const other = await setUpOrganiser(t.app, ['admin']);
    const decide = (priceCents: number, decidedOn: string, session = own.sessions.admin) =>
      session.request({ method: 'POST', url: '/api/cheque-price/decisions', payload: { priceCents, decidedOn } });
    expect((await decide(695, '2024-10-01')).statusCode).toBe(201);
    expect((await decide(645, '2025-03-01')).statusCode).toBe(201);
    const later = await decide(745, '2025-09-15');
    expect(chequePriceDecisionsSchema.parse(later.json()).decisions).toEqual([
      expect.objectContaining({ priceCents: 695, effectiveFrom: '2025-01-01', replaced: false }),
      expect.objectContaining({ priceCents: 645, effectiveFrom: '2026-01-01', replaced: true }),
      expect.objectContaining({ priceCents: 745, effectiveFrom: '2026-01-01', replaced: false }),
    ]);
    const refused = await decide(700, '2026-02-01');
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ error: { code: 'CHEQUE_PRICE_NOT_ON_STEP', details: { rule: 'R9' } } });
    expect((await decide(800, '2026-02-01')).json()).toMatchObject({ error: { code: 'CHEQUE_PRICE_ABOVE_MAXIMUM' } });
    expect((await decide(695, '2025-09-15')).json()).toMatchObject({ error: { code: 'CHEQUE_PRICE_DECISIONS_CONFLICT' } });

    const on = async (date: string, session = own.sessions.coordinator) =>
      chequePriceOnSchema.parse((await session.request({ method: 'GET', url: `/api/cheque-price?date=${date}` })).json());
    expect(await on('2024-12-31')).toEqual({ date: '2024-12-31', priceCents: null, decidedOn: null });
    expect(await on('2025-06-01')).toEqual({ date: '2025-06-01', priceCents: 695, decidedOn: '2024-10-01' });
    expect(await on('2026-11-24')).toEqual({ date: '2026-11-24', priceCents: 745, decidedOn: '2025-09-15' });
    expect((await on('2026-11-24', other.sessions.admin)).priceCents).toBeNull();

    expect((await t.app.inject({ method: 'GET', url: '/api/cheque-price?date=2026-01-01' })).statusCode).toBe(401);
    expect((await own.sessions.participant.request({ method: 'GET', url: '/api/cheque-price?date=2026-01-01' })).statusCode).toBe(403);
    expect((await decide(695, '2026-01-01', own.sessions.coordinator)).statusCode).toBe(403);
    expect((await own.sessions.coordinator.request({ method: 'GET', url: '/api/cheque-price?date=2026-13-01' })).statusCode).toBe(400);
    expect((await decide(695.5, '2026-01-01')).statusCode).toBe(400);
  });
});

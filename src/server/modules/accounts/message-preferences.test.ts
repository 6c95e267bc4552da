import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/schema';
import { setUpOrganiser, useTestApp } from '../../testing/test-app';

describe('own message preferences: channel, phone for SMS, the morning digest', () => {
  const t = useTestApp();

  it('starts at e-mail with the digest on; the holder chooses SMS with a phone and turns the digest off (audited, no number in the trail)', async () => {
    const { sessions } = await setUpOrganiser(t.app, ['counsellor', 'participant']);
    const url = '/api/account/message-preferences';
    expect((await sessions.counsellor.request({ method: 'GET', url })).json()).toEqual({ channel: 'email', phone: null, staffDigest: true });

    const updated = await sessions.counsellor.request({ method: 'PUT', url, payload: { channel: 'sms', phone: '0470 12 34 56', staffDigest: false } });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toEqual({ channel: 'sms', phone: '0470 12 34 56', staffDigest: false });
    expect((await sessions.counsellor.request({ method: 'GET', url })).json()).toEqual({ channel: 'sms', phone: '0470 12 34 56', staffDigest: false });
    const [audit] = await t.app.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, sessions.counsellor.accountId), eq(auditEvents.action, 'account.messagePreferences.update')));
    expect(audit?.changedFields).toEqual({ channel: 'sms', staffDigest: false, phone: 'set' });

    // Everyone's own: another account's settings are untouched.
    expect((await sessions.participant.request({ method: 'GET', url })).json()).toEqual({ channel: 'email', phone: null, staffDigest: true });
  });

  it('refuses an SMS without a phone, a letter (an account has no postal address) and a malformed number (400)', async () => {
    const { sessions } = await setUpOrganiser(t.app, ['coordinator']);
    for (const payload of [
      { channel: 'sms', phone: null, staffDigest: true },
      { channel: 'letter', phone: null, staffDigest: true },
      { channel: 'email', phone: 'call me', staffDigest: true },
    ]) {
      const response = await sessions.coordinator.request({ method: 'PUT', url: '/api/account/message-preferences', payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    }
  });
});

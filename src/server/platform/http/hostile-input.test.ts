import { describe, expect, it } from 'vitest';
import { participantFields } from '../../testing/participant-fixtures';
import { setUpOrganiser, useTestApp, type Session } from '../../testing/test-app';

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const pdfBase64 = Buffer.from('%PDF-1.4\n% toelating\n').toString('base64');

/** The classes of input an outside probe (issue 7) got a 500 for: each is a 400 at the contract now. */
describe('hostile input is refused at the contract with 400, never a 500', () => {
  const t = useTestApp();

  const setUp = async () => {
    const { sessions } = await setUpOrganiser(t.app, ['counsellor', 'coordinator', 'admin']);
    const referral = await sessions.counsellor.request({
      method: 'POST',
      url: '/api/referrals',
      payload: { candidate: { firstName: 'Jan', lastName: 'Claeys', postcode: '8630' }, agreements: 'Administratieve taken.' },
    });
    const referralId = referral.json<{ id: string }>().id;
    const accepted = await sessions.coordinator.request({
      method: 'POST',
      url: `/api/referrals/${referralId}/accept`,
      payload: { version: 1, participant: participantFields() },
    });
    expect(accepted.statusCode).toBe(201);
    return { sessions, participantId: accepted.json<{ participantId: string }>().participantId };
  };

  const expectRefused = async (session: Session, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) => {
    const response = await session.request({
      method,
      url,
      payload: payload === undefined ? undefined : JSON.stringify(payload),
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode, `${method} ${url} ${JSON.stringify(payload)}`).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
  };

  it('a NUL byte in a text field or in q', async () => {
    const { sessions, participantId } = await setUp();
    await expectRefused(sessions.coordinator, 'POST', `/api/participants/${participantId}/notes`, { body: 'Gesprek\u0000', visibility: 'staff' });
    await expectRefused(sessions.coordinator, 'PATCH', `/api/participants/${participantId}`, { version: 1, firstName: 'Jan\u0000' });
    await expectRefused(sessions.coordinator, 'GET', '/api/participants?q=Jan%00');
    await expectRefused(sessions.admin, 'GET', '/api/accounts?q=%00');
  });

  it('a lone UTF-16 surrogate in a field that goes into the audit record', async () => {
    const { sessions, participantId } = await setUp();
    await expectRefused(sessions.counsellor, 'POST', '/api/referrals', {
      candidate: { firstName: 'Jan\ud800', lastName: 'Claeys', postcode: '8630' },
      agreements: 'Taken',
    });
    await expectRefused(sessions.coordinator, 'PATCH', `/api/participants/${participantId}`, { version: 1, lastName: '\udfffClaeys' });
    const emoji = await sessions.coordinator.request({
      method: 'POST',
      url: `/api/participants/${participantId}/notes`,
      payload: { body: 'Goed gesprek 👍', visibility: 'staff' },
    });
    expect(emoji.statusCode).toBe(201);
  });

  it('a version above the int32 column (2,147,483,647)', async () => {
    const { sessions, participantId } = await setUp();
    await expectRefused(sessions.coordinator, 'PATCH', `/api/participants/${participantId}`, { version: 2 ** 31, firstName: 'Jan' });
    await expectRefused(sessions.coordinator, 'PATCH', `/api/participants/${participantId}`, { version: 2 ** 53 - 1, firstName: 'Jan' });
    const atMaximum = await sessions.coordinator.request({
      method: 'PATCH',
      url: `/api/participants/${participantId}`,
      payload: { version: 2 ** 31 - 1, firstName: 'Jan' },
    });
    expect(atMaximum.statusCode).toBe(409);
  });

  it('a well-formed cursor carrying values of the wrong type', async () => {
    const { sessions } = await setUp();
    const someId = '00000000-0000-4000-8000-000000000000';
    await expectRefused(sessions.coordinator, 'GET', `/api/referrals?cursor=${cursorOf(['not-a-time', someId])}`);
    await expectRefused(sessions.coordinator, 'GET', `/api/referrals?cursor=${cursorOf(['2026-01-01T00:00:00.000Z', 'not-a-uuid'])}`);
    await expectRefused(sessions.coordinator, 'GET', `/api/participants?cursor=${cursorOf([1, 2, 3])}`);
    await expectRefused(sessions.coordinator, 'GET', `/api/participants?cursor=${cursorOf(['Claeys\u0000', 'Jan', someId])}`);
    await expectRefused(sessions.admin, 'GET', `/api/accounts?cursor=${cursorOf(['a@example.test', 'x'])}`);
    const page = await sessions.admin.request({ method: 'GET', url: '/api/accounts?limit=1' });
    const next = await sessions.admin.request({ method: 'GET', url: `/api/accounts?limit=1&cursor=${page.json<{ nextCursor: string }>().nextCursor}` });
    expect(next.statusCode).toBe(200);
  });

  it('civil dates outside 1900-01-01 .. 2199-12-31, and a refused document leaves eligibility working', async () => {
    const { sessions, participantId } = await setUp();
    const document = { type: 'medical_permission', fileName: 'toelating.pdf', mimeType: 'application/pdf', contentBase64: pdfBase64 };
    await expectRefused(sessions.coordinator, 'POST', `/api/participants/${participantId}/documents`, { ...document, validFrom: '0001-01-01', validTo: '2027-01-01' });
    await expectRefused(sessions.coordinator, 'POST', `/api/participants/${participantId}/documents`, { ...document, validFrom: '2026-01-01', validTo: '9999-12-31' });
    await expectRefused(sessions.coordinator, 'GET', `/api/participants/${participantId}/eligibility?date=0001-01-01`);
    await expectRefused(sessions.coordinator, 'POST', `/api/participants/${participantId}/agreements`, { plannedStartDate: '2200-01-01' });
    const eligibility = await sessions.coordinator.request({ method: 'GET', url: `/api/participants/${participantId}/eligibility?date=2026-12-01` });
    expect(eligibility.statusCode).toBe(200);
    const edges = await sessions.coordinator.request({
      method: 'POST',
      url: `/api/participants/${participantId}/documents`,
      payload: { ...document, validFrom: '1900-01-01', validTo: '2199-12-31' },
    });
    expect(edges.statusCode).toBe(201);
    expect((await sessions.coordinator.request({ method: 'GET', url: `/api/participants/${participantId}/eligibility?date=2199-12-31` })).statusCode).toBe(200);
  });

  it('a date the contract allows but no rule applies to (a trajectory starting in 1970, before the scheme) is 400', async () => {
    const { sessions, participantId } = await setUp();
    const drafted = await sessions.coordinator.request({
      method: 'POST',
      url: `/api/participants/${participantId}/agreements`,
      payload: { plannedStartDate: '2026-12-01' },
    });
    const agreementId = drafted.json<{ agreements: Array<{ id: string }> }>().agreements[0]?.id ?? '';
    const signed = await sessions.coordinator.request({
      method: 'POST',
      url: `/api/participants/${participantId}/agreements/${agreementId}/sign`,
      payload: { signedOn: '2026-11-24', signedHow: 'paper' },
    });
    expect(signed.statusCode).toBe(200);
    await expectRefused(sessions.coordinator, 'POST', `/api/participants/${participantId}/trajectories`, { startDate: '1970-01-01' });
  });

  it('a body over the limit is 413 PAYLOAD_TOO_LARGE with the limit, not 400 VALIDATION_FAILED', async () => {
    const { sessions, participantId } = await setUp();
    const note = await sessions.coordinator.request({
      method: 'POST',
      url: `/api/participants/${participantId}/notes`,
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ body: 'x'.repeat(1_100_000), visibility: 'staff' }),
    });
    expect(note.statusCode).toBe(413);
    expect(note.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE', details: { limitBytes: 1_048_576 }, requestId: expect.any(String) } });
    // The document route takes up to 8 MiB (a 5 MB file in base64); past that it is a 413 too.
    const document = await sessions.coordinator.request({
      method: 'POST',
      url: `/api/participants/${participantId}/documents`,
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ type: 'other', fileName: 'groot.pdf', mimeType: 'application/pdf', contentBase64: 'A'.repeat(9 * 1024 * 1024) }),
    });
    expect(document.statusCode).toBe(413);
    expect(document.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE', details: { limitBytes: 8 * 1024 * 1024 } } });
  });
});

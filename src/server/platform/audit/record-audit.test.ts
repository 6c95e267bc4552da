import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildAccount, buildOffice, buildOrganiser } from '../../testing/factories';
import { useTestApp } from '../../testing/test-app';
import { offices } from '../../modules/offices/schema';
import { recordAudit } from './record-audit';
import { auditEvents } from './schema';

describe('audit trail', () => {
  const t = useTestApp();

  it('a failed transaction leaves neither the change nor its audit row', async () => {
    const db = t.app.database.db;
    const organiser = await buildOrganiser(db);
    const account = await buildAccount(db, organiser.id, 'admin');
    const office = await buildOffice(db, organiser.id);
    const context = {
      actor: {
        accountId: account.id,
        organiserId: organiser.id,
        role: 'admin' as const,
        agency: null,
        sessionTokenHash: 'x',
        sessionStage: 'complete' as const,
        csrfToken: 'y',
      },
      requestId: 'req-1',
      ip: '127.0.0.1',
      now: new Date(),
    };
    await expect(
      db.transaction(async (tx) => {
        await tx.update(offices).set({ name: 'Half geschreven' }).where(eq(offices.id, office.id));
        await recordAudit(tx, context, { action: 'office.update', entityType: 'office', entityId: office.id });
        throw new Error('boom after the audit row');
      }),
    ).rejects.toThrow('boom');
    const [row] = await db.select().from(offices).where(eq(offices.id, office.id));
    expect(row?.name).toBe('Kantoor Ieper');
    expect(await db.select().from(auditEvents).where(eq(auditEvents.requestId, 'req-1'))).toEqual([]);
  });

  it('audit rows cannot be changed or deleted, not even by the application', async () => {
    const db = t.app.database.db;
    const organiser = await buildOrganiser(db);
    const account = await buildAccount(db, organiser.id, 'admin');
    const context = {
      actor: {
        accountId: account.id,
        organiserId: organiser.id,
        role: 'admin' as const,
        agency: null,
        sessionTokenHash: 'x',
        sessionStage: 'complete' as const,
        csrfToken: 'y',
      },
      requestId: 'req-2',
      ip: '127.0.0.1',
      now: new Date(),
    };
    await db.transaction((tx) => recordAudit(tx, context, { action: 'office.update', entityType: 'office', entityId: 'o-1' }));
    await expect(db.update(auditEvents).set({ action: 'nothing.happened' }).where(eq(auditEvents.requestId, 'req-2'))).rejects.toThrow();
    await expect(db.delete(auditEvents).where(eq(auditEvents.requestId, 'req-2'))).rejects.toThrow();
    await expect(db.execute(sql`truncate audit_events`)).rejects.toThrow();
    expect(await db.select().from(auditEvents).where(eq(auditEvents.requestId, 'req-2'))).toHaveLength(1);
  });
});
